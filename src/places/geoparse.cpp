// Geoparsing a corpus: match and resolve each article on a pool of threads (results land in the
// article's own slot, so the order never depends on scheduling), then the user's corrections.
#include <algorithm>
#include <atomic>

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

}  // namespace

std::vector<Mention> geoparse(const Gazetteer& gazetteer, const Corpus& corpus, const Overrides* overrides,
                              const Progress* progress) {
    return geoparse(gazetteer, corpus, {}, overrides, progress);
}

std::vector<Mention> geoparse(const Gazetteer& gazetteer, const Corpus& corpus,
                              std::vector<WordPieces> words_read, const Overrides* overrides,
                              const Progress* progress) {
    std::vector<std::vector<Mention>> per_article(corpus.articles.size());
    std::atomic<size_t> next{0};
    auto worker = [&] {
        std::vector<NameMatch> matches;
        for (size_t a; (a = next.fetch_add(1)) < corpus.articles.size();) {
            if (progress && progress->cancelled()) return;
            const Article& article = corpus.articles[a];
            // The words of the article, read once for the matcher and the resolver's passes
            // (perhaps already, while the gazetteer loaded); a long one is read in pieces on
            // every core.
            std::vector<Token> words;
            if (a < words_read.size() && !words_read[a].empty()) {
                match_words(gazetteer, article.text, std::move(words_read[a]), words, matches);
            } else {
                tokenize_and_match(gazetteer, article.text, words, matches);
            }
            per_article[a] = resolve(gazetteer, article.text, words, matches);
            if (overrides && !overrides->empty()) apply_overrides(gazetteer, *overrides, article, matches, per_article[a]);
        }
    };
    run_on_cores(corpus.articles.size(), worker);

    // Each mention's passage: passages of an article are contiguous and sorted by offset.
    std::vector<Mention> all;
    size_t found = 0;
    for (const auto& mentions : per_article) found += mentions.size();
    all.reserve(found);  // each mention copied once, not again at every growth (a long document has 10,000s)
    const auto& passages = corpus.passages;
    for (uint32_t a = 0; a < per_article.size(); ++a) {
        auto first = std::lower_bound(passages.begin(), passages.end(), a,
                                      [](const Passage& p, uint32_t art) { return p.article < art; });
        auto last = std::upper_bound(first, passages.end(), a, [](uint32_t art, const Passage& p) { return art < p.article; });
        for (Mention& m : per_article[a]) {
            auto it = std::upper_bound(first, last, m.span.start,
                                       [](uint32_t off, const Passage& p) { return off < p.span.start; });
            if (it == first) continue;
            --it;
            if (m.span.end > it->span.end) continue;  // across a paragraph break: not a mention
            m.article = a;
            m.passage = static_cast<uint32_t>(it - passages.begin());
            all.push_back(m);
        }
    }
    return all;
}

}  // namespace placeline
