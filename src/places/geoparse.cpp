// Geoparsing a corpus: match and resolve each article on a pool of threads (results land in the
// article's own slot, so the order never depends on scheduling), then the user's corrections.
#include <algorithm>
#include <atomic>
#include <mutex>

#include "placeline/places/article_words.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/places/names.hpp"
#include "placeline/base/on_cores.hpp"
#include "placeline/places/overrides.hpp"
#include "placeline/text/text.hpp"

namespace placeline {

namespace {

// Applies the overrides to one article's mentions; matches the resolver dropped can come back
// when the user said what place they are.
void apply_overrides(const Gazetteer& g, const Overrides& overrides, const Article& article,
                     const std::vector<NameMatch>& matches, std::vector<Mention>& mentions) {
    const std::string file = overrides.relative(article.path);
    CodepointMap cps(article.text);
    auto decide = [&](ByteSpan span) -> const Override* {
        std::string form = fold_name(std::string_view(article.text).substr(span.start, span.end - span.start));
        return overrides.find(file, uint32_t(cps.to_codepoint(span.start)), uint32_t(cps.to_codepoint(span.end)), form);
    };
    auto mark = [](Mention& m, PlaceIndex place) {
        m.place = place;
        m.flags |= mention_overridden;
        m.score = 1.0f;
        m.why.add(Signal::override_, 10.0f);
    };
    std::vector<Mention> kept;
    for (Mention& m : mentions) {
        const Override* o = decide(m.span);
        if (!o) {
            kept.push_back(m);
            continue;
        }
        if (o->place_id.empty()) continue;  // not a place
        PlaceIndex p = g.find_id(o->place_id);
        if (p == no_place) {
            kept.push_back(m);  // the place is not in this gazetteer (another one was used): keep the resolver's
            continue;
        }
        mark(m, p);
        kept.push_back(m);
    }
    for (const NameMatch& nm : matches) {
        bool present = std::any_of(kept.begin(), kept.end(), [&](const Mention& m) { return m.span == nm.span; }) ||
                       std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.span == nm.span; });
        if (present) continue;
        const Override* o = decide(nm.span);
        if (!o || o->place_id.empty()) continue;
        PlaceIndex p = g.find_id(o->place_id);
        if (p == no_place) continue;
        Mention m;
        m.span = nm.span;
        m.why.candidates = uint32_t(nm.candidates.size());
        m.why.name_key = uint32_t(nm.key - g.keys().data());
        mark(m, p);
        kept.push_back(m);
    }
    std::sort(kept.begin(), kept.end(), [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
    mentions = std::move(kept);
}

// Each mention's passage (passages of an article are contiguous and sorted by offset), in place:
// a mention across a paragraph break, or before the first passage, is no mention.
void place_in_passages(const std::vector<Passage>& passages, uint32_t a, std::vector<Mention>& mentions) {
    auto first = std::lower_bound(passages.begin(), passages.end(), a,
                                  [](const Passage& p, uint32_t art) { return p.article < art; });
    auto last = std::upper_bound(first, passages.end(), a, [](uint32_t art, const Passage& p) { return art < p.article; });
    size_t kept = 0;
    for (Mention& m : mentions) {
        auto it = std::upper_bound(first, last, m.span.start,
                                   [](uint32_t off, const Passage& p) { return off < p.span.start; });
        if (it == first) continue;
        --it;
        if (m.span.end > it->span.end) continue;  // across a paragraph break: not a mention
        m.article = a;
        m.passage = static_cast<uint32_t>(it - passages.begin());
        if (&mentions[kept] != &m) mentions[kept] = m;  // closed up over the dropped ones
        ++kept;
    }
    mentions.resize(kept);
}

}  // namespace

std::vector<Mention> geoparse(const Gazetteer& gazetteer, const Corpus& corpus, const Overrides* overrides,
                              const Progress* progress) {
    return geoparse(gazetteer, corpus, {}, overrides, progress);
}

std::vector<Mention> geoparse(const Gazetteer& gazetteer, const Corpus& corpus,
                              std::vector<std::vector<Token>> words_read, const Overrides* overrides,
                              const Progress* progress) {
    const size_t count = corpus.articles.size();
    std::vector<std::vector<Mention>> per_article(count);
    // The mentions, in article order, are copied into `all` as soon as every article before them
    // is done, and their article's own array freed: the arrays of all articles were alive at
    // once beside `all` (two copies of every mention at the peak), where the freed ones are now
    // the pages of the next articles' work.
    // One article (a long document): its array becomes `all` (flush), nothing copied. Several:
    // room for about a mention every 128 bytes of text (LGL runs one every 245, the 2 MiB
    // document one every 190): only the pages written are touched, and fewer than this many
    // mentions are never copied into a grown array.
    std::vector<Mention> all;
    if (count > 1) {
        size_t bytes = 0;
        for (const Article& article : corpus.articles) bytes += article.text.size();
        all.reserve(bytes / 128 + 64);
    }
    std::mutex flushing;
    std::vector<char> done(count, 0);
    size_t flushed = 0;  // the articles before this one are in `all`
    auto flush = [&] {
        for (; flushed < count && done[flushed]; ++flushed) {
            std::vector<Mention>& mentions = per_article[flushed];
            if (count == 1) all = std::move(mentions);
            else all.insert(all.end(), mentions.begin(), mentions.end());
            std::vector<Mention>().swap(mentions);
        }
    };
    std::atomic<size_t> next{0};
    auto worker = [&] {
        std::vector<NameMatch> matches;
        for (size_t a; (a = next.fetch_add(1)) < count;) {
            if (progress && progress->cancelled()) return;
            const Article& article = corpus.articles[a];
            std::vector<Mention> mentions;
            {
                // The words of the article, read once for the matcher and the resolver's passes
                // (perhaps already, while the gazetteer loaded); a long one is read in pieces on
                // every core. Handed to the resolver, which frees them once it reads them no more,
                // before the arrays of its later passes are made.
                std::vector<Token> words;
                if (a < words_read.size() && !words_read[a].empty()) {
                    match_words(gazetteer, article.text, std::move(words_read[a]), words, matches);
                } else {
                    tokenize_and_match(gazetteer, article.text, words, matches);
                }
                mentions = resolve(gazetteer, article.text, std::move(words), matches);
            }
            if (overrides && !overrides->empty()) apply_overrides(gazetteer, *overrides, article, matches, mentions);
            place_in_passages(corpus.passages, uint32_t(a), mentions);
            std::lock_guard<std::mutex> lock(flushing);
            per_article[a] = std::move(mentions);
            done[a] = 1;
            flush();
        }
    };
    run_on_cores(count, worker);
    // After a cancel, the articles done beyond one not done, in order, as before.
    while (flushed < count) {
        done[flushed] = 1;
        flush();
    }
    return all;
}

}  // namespace placeline
