// Suspected misspellings. A slip in a place's name leaves a capitalised word that no gazetteer
// name matches; if it is close to a spelling of a place the same article (or the corpus) names,
// it is probably that place misspelt. Everything else that is capitalised and unknown is a
// person, an organisation or an English word at the start of a sentence, so the filters below
// are what keeps the list short:
//   - runs of two or more capitalised words are names of people or organisations, unless the
//     whole run is close to a multi-word place name ("Nagorno Karabak"); a function word that
//     starts a sentence ("In", "The") starts no run;
//   - all-capital words (acronyms), words under five letters, demonyms, and words the corpus also
//     writes in lower case (English words) are skipped;
//   - a place name with an adjective or plural ending (Karabakhi, Armenias) is no slip.
// Index:
//   1. targets: the folded spellings of the corpus's places, bucketed by first letter and length
//   2. the scan: candidate words and phrases per article (in parallel over articles)
//   3. nearest target per distinct candidate (cached), then the per-article choice and confidence
#include <algorithm>
#include <atomic>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "placeline/places/names.hpp"
#include "placeline/base/on_cores.hpp"
#include "placeline/text/text.hpp"
#include "placeline/places/resolution.hpp"
#include "variants_internal.hpp"

namespace placeline::variants {

float distance_limit(size_t n) { return n <= 6 ? 1.0f : n <= 9 ? 1.5f : 2.0f; }

namespace {

// --- 1. Targets -------------------------------------------------------------------------------

struct Target {
    std::string folded;
    PlaceIndex place;
    uint32_t spelling;  // index into the place's spellings
    int words;
};

bool foldable_script(std::string_view s) {
    // Latin, Greek, Cyrillic, Armenian, Georgian fold to Latin (see fold_name); others cannot be
    // near a Latin word, and folding them through ICU is the slow part.
    for (size_t i = 0; i < s.size();) {
        char32_t c = next_codepoint(s, i);
        if (c < 0x0250 || (c >= 0x0370 && c < 0x0590) || (c >= 0x10A0 && c < 0x1100) || (c >= 0x1E00 && c < 0x2000))
            continue;
        return false;
    }
    return true;
}

class Targets {
public:
    explicit Targets(const Atlas& atlas) {
        const Gazetteer& g = atlas.gazetteer();
        std::unordered_set<std::string> seen;
        for (const PlaceCount& pc : atlas.places()) {
            seen.clear();
            for (size_t k = 0; k < g.spelling_count(pc.place); ++k) {
                std::string_view s = g.spelling(pc.place, k);
                if (!foldable_script(s)) continue;
                std::string f = fold_name(s);
                if (f.size() < 4 || !seen.insert(f).second) continue;
                if (std::any_of(f.begin(), f.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) continue;
                int words = 1 + int(std::count(f.begin(), f.end(), ' '));
                all_.push_back({std::move(f), pc.place, uint32_t(k), words});
            }
        }
        for (uint32_t i = 0; i < all_.size(); ++i) buckets_[bucket(all_[i].folded[0], all_[i].folded.size())].push_back(i);
    }
    // Targets within the limit of a folded candidate, nearest first.
    std::vector<std::pair<float, uint32_t>> near(const std::string& c, int words) const {
        std::vector<std::pair<float, uint32_t>> out;
        const float limit = distance_limit(c.size());
        for (size_t len = c.size() > 3 ? c.size() - 3 : 1; len <= c.size() + 3; ++len) {
            auto it = buckets_.find(bucket(c[0], len));
            if (it == buckets_.end()) continue;
            for (uint32_t i : it->second) {
                const Target& t = all_[i];
                if (t.words != words) continue;
                float d = variant_distance(c, t.folded, limit);
                if (d <= limit && d > 0) out.push_back({d, i});
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }
    const Target& operator[](uint32_t i) const { return all_[i]; }

private:
    static uint32_t bucket(char first, size_t len) { return uint32_t(static_cast<unsigned char>(first)) << 16 | uint32_t(len); }
    std::vector<Target> all_;
    std::unordered_map<uint32_t, std::vector<uint32_t>> buckets_;
};

// --- 2. The scan ------------------------------------------------------------------------------

struct Candidate {
    uint32_t article;
    ByteSpan span;
    std::string folded;
    int words;
    bool cue;  // after a word that introduces places ("in", "near", "city of")
};

bool all_caps(std::string_view w) {
    int upper = 0;
    for (char c : w) {
        if (c >= 'a' && c <= 'z') return false;
        upper += c >= 'A' && c <= 'Z';
    }
    return upper > 1;
}

// Whether the next word (at `next`) continues a capitalised run that ends at `end`.
bool joined(std::string_view text, uint32_t end, uint32_t next) {
    if (next <= end || next - end > 2) return false;
    for (uint32_t i = end; i < next; ++i)
        if (text[i] != ' ' && text[i] != '-') return false;
    return true;
}

bool function_word(std::string_view w) {
    static const std::unordered_set<std::string> words = {
        "a", "an", "the", "in", "at", "on", "of", "to", "from", "for", "by", "with", "and", "but", "or", "as",
        "after", "before", "near", "when", "while", "since", "during", "this", "that", "these", "those", "its",
        "his", "her", "their", "our", "some", "many", "both", "all", "if", "into", "over", "under", "between",
        "across", "against", "outside", "inside", "towards", "toward", "via", "then", "there", "here", "so"};
    std::string lower(w);
    for (char& c : lower) c = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return words.count(lower) != 0;
}

bool place_cue(std::string_view text, uint32_t start) {
    static const std::unordered_set<std::string> cues = {"in", "near", "of", "from", "to", "at", "outside", "towards"};
    auto before = resolution::words_before(text, start, 1);
    return !before.empty() && cues.count(before.back()) != 0;
}

// Candidates of one article, and the lower-case words it uses (English words, for the filter).
void scan_article(const Atlas& atlas, uint32_t a, std::span<const Mention> mentions, std::vector<Candidate>& out,
                  std::vector<std::string_view>& lower_words) {
    const std::string_view text = atlas.corpus().articles[a].text;
    const Gazetteer& g = atlas.gazetteer();
    size_t next_mention = 0;
    auto inside_mention = [&](const Token& t) {
        while (next_mention < mentions.size() && mentions[next_mention].span.end <= t.start) ++next_mention;
        return next_mention < mentions.size() && mentions[next_mention].span.start < t.end;
    };
    Token t, u;
    std::string folded;
    for (size_t at = 0; next_token(text, at, t);) {
        at = t.end;
        if (!t.capitalised) {
            if (t.ascii && t.end - t.start >= 5) lower_words.push_back(text.substr(t.start, t.end - t.start));
            continue;
        }
        if (inside_mention(t)) continue;
        // "In Stepanakret": a capitalised function word at the start of a sentence is no part of
        // a name.
        if (t.ascii && t.end - t.start <= 7 && function_word(text.substr(t.start, t.end - t.start))) continue;
        // The run of capitalised words starting here.
        std::vector<Token> run{t};
        while (run.size() < 4 && next_token(text, run.back().end, u) && u.capitalised &&
               joined(text, run.back().end, u.start) && !inside_mention(u))
            run.push_back(u);
        at = run.back().end;
        if (run.size() > 3) continue;  // a long proper name (an organisation, a title)
        ByteSpan span{run.front().start, run.back().end};
        std::string_view form = text.substr(span.start, span.end - span.start);
        if (all_caps(form)) continue;
        if (std::isdigit(static_cast<unsigned char>(form[0]))) continue;
        folded = fold_name(form);
        if (folded.size() < 5 || !g.lookup(folded).empty()) continue;
        if (run.size() == 1 && resolution::lexicon().demonym(folded)) continue;
        out.push_back({a, span, folded, int(run.size()), place_cue(text, span.start)});
    }
}

// "Karabakhi", "Armenias", "Azerbaijanis": a place's name with an ending, not a slip.
bool derived_form(std::string_view candidate, std::string_view target) {
    static const std::string_view endings[] = {"s", "i", "n", "an", "ian", "ans", "ians", "is", "ese", "ish", "ic", "ns", "es"};
    if (candidate.size() > target.size() && candidate.substr(0, target.size()) == target) {
        std::string_view rest = candidate.substr(target.size());
        for (std::string_view e : endings)
            if (rest == e) return true;
    }
    // "Armenia" -> "Armeni" + "an": the name without its last vowel, plus an ending.
    if (target.size() > 4 && (target.back() == 'a' || target.back() == 'e') &&
        candidate.substr(0, target.size() - 1) == target.substr(0, target.size() - 1)) {
        std::string_view rest = candidate.substr(target.size() - 1);
        for (std::string_view e : endings)
            if (rest == e) return true;
    }
    return false;
}

float confidence(float d, size_t length, bool same_article, bool cue, size_t uses) {
    float closeness = 1.0f - d / (distance_limit(length) + 0.5f);
    float c = 0.25f + 0.45f * closeness + (same_article ? 0.15f : 0.0f) + (cue ? 0.1f : 0.0f) + (length >= 8 ? 0.05f : 0.0f);
    if (uses >= 3) c -= 0.1f;  // written the same way again and again: more likely a real name
    return std::clamp(c, 0.05f, 0.95f);
}

}  // namespace

std::vector<std::pair<PlaceIndex, Suspect>> find_suspects(const Atlas& atlas) {
    const Gazetteer& g = atlas.gazetteer();
    const auto& articles = atlas.corpus().articles;
    const auto& mentions = atlas.mentions();
    std::vector<std::pair<PlaceIndex, Suspect>> out;

    // Mentions per article (the atlas sorts them by passage, and passages follow articles).
    std::vector<uint32_t> first(articles.size() + 1, 0);
    for (const Mention& m : mentions) ++first[m.article + 1];
    for (size_t a = 0; a < articles.size(); ++a) first[a + 1] += first[a];

    // The resolver's near spellings are suspects already: report them as they are.
    for (const Mention& m : mentions) {
        if (!(m.flags & mention_fuzzy)) continue;
        const std::string_view text = articles[m.article].text;
        std::string form(text.substr(m.span.start, m.span.end - m.span.start));
        std::string folded = fold_name(form);
        std::string nearest(g.name(m.place));
        float d = variant_distance(folded, fold_name(nearest), 4.0f);
        for (size_t k = 0; k < g.spelling_count(m.place); ++k) {
            float dk = variant_distance(folded, fold_name(g.spelling(m.place, k)), 4.0f);
            if (dk < d && dk > 0) d = dk, nearest = std::string(g.spelling(m.place, k));
        }
        CodepointMap cps(text);
        Suspect s;
        s.article = m.article;
        s.span = m.span;
        s.start = uint32_t(cps.to_codepoint(m.span.start));
        s.end = uint32_t(cps.to_codepoint(m.span.end));
        s.form = form;
        s.nearest = nearest;
        s.distance = d;
        s.confidence = confidence(d, folded.size(), false, true, 1);
        s.evidence = "the geoparser read it as " + nearest + " after a settlement cue (" +
                     std::to_string(int(std::lround(m.score * 100))) + "% sure); no gazetteer name matches '" + form + "'";
        out.push_back({m.place, std::move(s)});
    }

    // --- 2. Candidates, in parallel over articles
    const Targets targets(atlas);
    std::vector<std::vector<Candidate>> per_article(articles.size());
    std::vector<std::vector<std::string_view>> lower(articles.size());
    std::atomic<size_t> next{0};
    auto worker = [&] {
        for (size_t a; (a = next.fetch_add(1)) < articles.size();) {
            std::span<const Mention> ms(mentions.data() + first[a], first[a + 1] - first[a]);
            scan_article(atlas, uint32_t(a), ms, per_article[a], lower[a]);
        }
    };
    run_on_cores(articles.size(), worker);

    // --- 3. The nearest target of each distinct candidate, once
    std::unordered_map<std::string, std::vector<std::pair<float, uint32_t>>> near;
    std::unordered_map<std::string, size_t> uses;
    for (const auto& cs : per_article)
        for (const Candidate& c : cs) {
            ++uses[c.folded];
            if (!near.count(c.folded)) near[c.folded] = targets.near(c.folded, c.words);
        }
    // Words the corpus also writes in lower case are English words ("Against", "Military").
    std::unordered_set<std::string> english;
    {
        std::unordered_set<std::string_view> wanted;
        for (const auto& [folded, hits] : near)
            if (!hits.empty() && folded.find(' ') == std::string::npos) wanted.insert(folded);
        std::string w;
        for (const auto& words : lower)
            for (std::string_view v : words) {
                if (v.size() > 40) continue;
                fold_token(v, true, w);
                if (wanted.count(w)) english.insert(w);
            }
    }

    std::vector<PlaceIndex> article_places;
    for (uint32_t a = 0; a < articles.size(); ++a) {
        if (per_article[a].empty()) continue;
        article_places.clear();
        for (uint32_t k = first[a]; k < first[a + 1]; ++k) article_places.push_back(mentions[k].place);
        std::sort(article_places.begin(), article_places.end());
        std::unique_ptr<CodepointMap> cps;
        for (const Candidate& c : per_article[a]) {
            const auto& hits = near[c.folded];
            if (hits.empty() || english.count(c.folded)) continue;
            // The nearest spelling of a place this article names; else the nearest of the corpus,
            // only when it is clearly close.
            const std::pair<float, uint32_t>* best = nullptr;
            bool same_article = false;
            for (const auto& h : hits) {
                if (std::binary_search(article_places.begin(), article_places.end(), targets[h.second].place)) {
                    best = &h;
                    same_article = true;
                    break;
                }
            }
            if (!best && hits.front().first <= distance_limit(c.folded.size()) - 0.5f) best = &hits.front();
            if (!best) continue;
            const Target& t = targets[best->second];
            if (derived_form(c.folded, t.folded)) continue;
            if (!cps) cps = std::make_unique<CodepointMap>(articles[a].text);
            Suspect s;
            s.article = a;
            s.span = c.span;
            s.start = uint32_t(cps->to_codepoint(c.span.start));
            s.end = uint32_t(cps->to_codepoint(c.span.end));
            s.form = std::string(std::string_view(articles[a].text).substr(c.span.start, c.span.end - c.span.start));
            s.nearest = std::string(g.spelling(t.place, t.spelling));
            s.distance = best->first;
            size_t n = uses[c.folded];
            s.confidence = confidence(best->first, c.folded.size(), same_article, c.cue, n);
            char d[16];
            std::snprintf(d, sizeof d, "%.1f", double(best->first));
            s.evidence = std::string("no gazetteer name matches '") + s.form + "'; " + d + " edits from '" + s.nearest + "' (" +
                         std::string(g.name(t.place)) + ")" +
                         (same_article ? ", which this article names" : ", which the corpus names") +
                         (c.cue ? "; after a word that introduces places" : "") +
                         (n > 1 ? "; written so " + std::to_string(n) + " times in the corpus" : "");
            out.push_back({t.place, std::move(s)});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
        return std::pair(x.second.article, x.second.span.start) < std::pair(y.second.article, y.second.span.start);
    });
    return out;
}

}  // namespace placeline::variants
