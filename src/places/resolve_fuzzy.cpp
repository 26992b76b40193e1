// Near spellings: a capitalised word that no name matches, right after a cue that says a
// settlement follows ("the Azerbaijani city of Yevlash"), is matched to the nearest spelling of a
// settlement in the country the cue's demonym names. Such a mention
// is flagged fuzzy and scored low: it is most likely a misspelling, which the variant checker
// reports, and the user can correct.
#include <algorithm>
#include <cmath>

#include "placeline/base/on_cores.hpp"
#include "placeline/places/names.hpp"
#include "placeline/places/resolution.hpp"
#include "resolve_weights.hpp"

namespace placeline::resolution {

namespace {

// Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), giving
// up above `limit`.
int edit_distance(std::string_view a, std::string_view b, int limit) {
    if (std::abs(int(a.size()) - int(b.size())) > limit) return limit + 1;
    std::vector<int> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = int(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        int row_min = cur[0];
        for (size_t j = 1; j <= b.size(); ++j) {
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

bool settlement(PlaceKind k) {
    return k == PlaceKind::capital || k == PlaceKind::admin_seat || k == PlaceKind::city || k == PlaceKind::village;
}

// The fuzzy mentions of the words after the "of "s that start in [from, to) of the text.
// `next_match` starts at most at the first match that does not end by `from` (0 will do): the
// scan below moves it to the first match not ending by each word's start, whatever it started
// from, as long as that was no further.
void fuzzy_mentions_in(const Gazetteer& g, std::string_view text, const std::vector<NameMatch>& matches, size_t from,
                       size_t to, size_t next_match, std::vector<Mention>& out) {
    Token t;
    std::string word;
    // Only words right after "of " can follow such a cue: find those, do not read every word.
    for (size_t of = text.find("of ", from); of != std::string_view::npos && of < to; of = text.find("of ", of + 3)) {
        if (!next_token(text, of + 3, t) || t.start != of + 3) continue;
        while (next_match < matches.size() && matches[next_match].span.end <= t.start) ++next_match;
        if (!t.capitalised || !t.ascii) continue;
        if (next_match < matches.size() && matches[next_match].span.start <= t.start) continue;  // inside a match
        auto before = words_before(text, t.start, 3);
        if (before.size() < 2 || before.back() != "of") continue;
        const std::string& cue = before[before.size() - 2];
        if (cue != "city" && cue != "town" && cue != "village") continue;
        std::vector<std::string> countries;
        if (before.size() >= 3)
            if (const std::string* cc = lexicon().demonym(before[before.size() - 3]); cc && !cc->empty())
                countries.push_back(*cc);
        // Without a demonym the word is no misspelling we can tell: cities500 lacks most small
        // towns, so "the town of Kalam" (a real town in Swat) is more likely one of those than a
        // slip for Kalat, 900 km away in the same country. A name that is itself a place is never
        // "corrected".
        if (countries.empty()) continue;
        fold_token(text.substr(t.start, t.end - t.start), true, word);
        if (word.size() < 5) continue;
        const int limit = word.size() <= 7 ? 1 : 2;
        PlaceIndex best = no_place;
        int best_distance = limit + 1;
        uint32_t best_spelling = 0;
        for (const std::string& cc : countries)
          for (PlaceIndex p : g.in_country(cc)) {
            const PlaceFacts& f = g.facts(p);
            if (!settlement(f.kind)) continue;
            for (size_t k = 0; k < g.spelling_count(p); ++k) {
                // The word is ASCII, and every GeoNames place has an ASCII spelling: other scripts
                // cannot be one letter away, and skipping them keeps ICU out of this loop.
                std::string_view spelling = g.spelling(p, k);
                if (std::any_of(spelling.begin(), spelling.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
                    continue;
                std::string folded = fold_name(spelling);
                if (folded.empty() || folded[0] != word[0]) continue;
                int d = edit_distance(word, folded, limit);
                if (d < best_distance || (d == best_distance && best != no_place && f.population > g.facts(best).population)) {
                    best = p;
                    best_distance = d;
                    best_spelling = static_cast<uint32_t>(k);
                }
            }
        }
        if (best == no_place || best_distance == 0) continue;
        const PlaceFacts& f = g.facts(best);
        Mention m;
        m.span = {t.start, t.end};
        m.place = best;
        m.flags = mention_fuzzy;
        m.why.add(Signal::cue, weights().fuzzy_cue);
        if (countries.size() == 1 && before.size() >= 3) m.why.add(Signal::demonym_cue, weights().fuzzy_demonym_cue);
        if (f.population > 0) m.why.add(Signal::population, std::clamp(weights().population_per_decade * (std::log10(float(f.population) + 1) - weights().population_from_log10), weights().population_min, weights().population_max));
        m.why.add(Signal::fuzzy, weights().fuzzy_per_edit * float(best_distance));
        m.why.candidates = 1;
        std::string nearest = fold_name(g.spelling(best, best_spelling));
        if (const KeyEntry* e = g.find_key(key_hash(nearest), nearest)) m.why.name_key = static_cast<uint32_t>(e - g.keys().data());
        // Low on purpose: a guess from a near spelling, to be confirmed by a person.
        m.score = std::clamp(0.45f - 0.1f * float(best_distance - 1), 0.1f, 0.45f);
        out.push_back(m);
    }
}

}  // namespace

std::vector<Mention> fuzzy_mentions(const Gazetteer& g, std::string_view text, const std::vector<NameMatch>& matches) {
    // A long document in stretches of text on both cores, their mentions then taken in the
    // stretches' order: the same mentions in the same order as one pass ("of " cannot overlap
    // itself, so every one starts in exactly one stretch). An article is one stretch.
    constexpr size_t stretch = size_t(1) << 16;
    std::vector<std::vector<Mention>> found((text.size() + stretch - 1) / stretch);
    // Each stretch's first match not ending by the stretch's start (see fuzzy_mentions_in).
    std::vector<size_t> first_match(found.size(), 0);
    for (size_t r = 0, m = 0; r < found.size(); ++r) {
        while (m < matches.size() && matches[m].span.end <= r * stretch) ++m;
        first_match[r] = m;
    }
    for_each_run_on_cores(found.size(), 1, [&](size_t r) {
        fuzzy_mentions_in(g, text, matches, r * stretch, std::min(text.size(), (r + 1) * stretch), first_match[r], found[r]);
    });
    std::vector<Mention> out;
    for (const std::vector<Mention>& f : found) out.insert(out.end(), f.begin(), f.end());
    return out;
}

}  // namespace placeline::resolution
