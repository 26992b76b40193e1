// Counties named in a list before the plural type word: "Hitchcock and Hayes counties",
// "Douglas, Sarpy and Lancaster counties", "Orleans and Jefferson parishes". Each listed name is
// the county "<name> County" (the gazetteer names counties with their type word, and a bare name
// stays the town's), so its candidates are those counties: the article's other places choose
// among them as for any name.
#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <utility>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "placeline/places/names.hpp"
#include "placeline/places/resolution.hpp"
#include "byte_scan.hpp"
#include "merge_matches.hpp"

namespace placeline::resolution {

namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool word_char(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '.' || c == '\''; }

// The word that ends at `end` (exclusive), or an empty view.
std::string_view word_ending(std::string_view text, size_t end, size_t& start) {
    start = end;
    while (start > 0 && word_char(text[start - 1])) --start;
    return text.substr(start, end - start);
}

// The separator of list items that ends at `end`: ", ", " and ", ", and ", " & "; where it
// starts, or npos.
size_t separator_before(std::string_view text, size_t end) {
    for (std::string_view sep : {", and ", ", ", " and ", " & "})
        if (end >= sep.size() && text.compare(end - sep.size(), sep.size(), sep) == 0) return end - sep.size();
    return std::string_view::npos;
}

constexpr std::string_view plurals[] = {" counties", " Counties", " parishes", " Parishes"};

// Each plural's places (where its space is) in [from, to), in text order, from one pass: a sieve
// lets through the places with a space, an s eight bytes on and the u of "counties" or the a of
// "parishes" between (bytes 3 and 2 after the space), and those are compared with the four
// plurals. (Before: memchr for the u, the p and the P, every u stopping it: three passes and
// 40 % more instructions on a 2 MiB document. The commas of the postal abbreviations, one memchr
// pass, are found more cheaply by memchr than by such a sieve.)
using Places = std::array<std::vector<size_t>, std::size(plurals)>;
void plural_places(std::string_view text, size_t from, size_t to, Places& places_of) {
    auto plural_at = [&](size_t i) {
        if (text[i] != ' ') return;
        for (size_t k = 0; k < std::size(plurals); ++k)
            if (text.compare(i, plurals[k].size(), plurals[k]) == 0) {
                places_of[k].push_back(i);
                return;
            }
    };
#if defined(__SSE2__)
    auto lanes = [](const char* p) {
        auto at = [&](int d, char c) {
            return _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + d)), _mm_set1_epi8(c));
        };
        const __m128i u_or_a = _mm_or_si128(at(3, 'u'), at(2, 'a'));
        return unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_and_si128(at(0, ' '), at(8, 's')), u_or_a)));
    };
    each_candidate(text, from, to, 8, lanes, plural_at);
#else
    for (size_t i = from; i < to; ++i) plural_at(i);
#endif
}

}  // namespace

std::vector<NameMatch> with_listed_counties(const Gazetteer& g, std::string_view text,
                                            std::vector<NameMatch> matches) {
    std::vector<NameMatch> found;
    // A long document's ranges on every core, their places joined in text order.
    Places places_of;
    scan_in_pieces(
        text.size(), places_of, [&](size_t from, size_t to, Places& places) { plural_places(text, from, to, places); },
        [](Places& all, const Places& part) {
            for (size_t k = 0; k < all.size(); ++k) all[k].insert(all[k].end(), part[k].begin(), part[k].end());
        });
    // Plural by plural, each from the start of the text, as the lists are kept in that order.
    for (int which = 0; which < 4; ++which) {
        const std::string_view plural = plurals[which];
        const std::string_view type = plural[1] == 'c' || plural[1] == 'C' ? " county" : " parish";
        for (const size_t at : places_of[which]) {
            size_t after = at + plural.size();
            if (after < text.size() && std::isalpha(static_cast<unsigned char>(text[after]))) continue;
            std::vector<NameMatch> list;  // right to left
            size_t end = at;
            for (int item = 0; item < 12; ++item) {
                // The longest run of up to three capitalised words before `end` that names a county.
                size_t starts[3];
                int words = 0;
                for (size_t e = end; words < 3;) {
                    size_t s = 0;
                    std::string_view w = word_ending(text, e, s);
                    if (w.empty() || !upper(w[0])) break;
                    starts[words++] = s;
                    if (s == 0 || text[s - 1] != ' ') break;
                    e = s - 1;
                }
                bool named = false;
                for (int k = words; k-- > 0 && !named;) {
                    std::string key = fold_name(text.substr(starts[k], end - starts[k])) + std::string(type);
                    const KeyEntry* entry = g.find_key(key_hash(key), key);
                    if (!entry || entry->postings_count == 0) continue;
                    list.push_back({{uint32_t(starts[k]), uint32_t(end)}, g.postings(*entry), entry});
                    end = starts[k];
                    named = true;
                }
                if (!named) break;
                // One "and" in a list, before its last item: "Texas, and Harris and Dallas counties"
                // lists two counties after a state.
                size_t sep = separator_before(text, end);
                if (sep == std::string_view::npos) break;
                bool conjunction = text.substr(sep, end - sep).find_first_of("a&") != std::string_view::npos;
                if (conjunction && item > 0) break;
                end = sep;
            }
            // "Jackson and Barrow counties": two names or more make a list; one name alone before
            // the plural ("neighbouring Marion counties") is no such list.
            if (list.size() >= 2) found.insert(found.end(), list.rbegin(), list.rend());
        }
    }
    std::sort(found.begin(), found.end(), [](const NameMatch& a, const NameMatch& b) { return a.span.start < b.span.start; });
    return merged_matches(std::move(matches), found);
}

}  // namespace placeline::resolution
