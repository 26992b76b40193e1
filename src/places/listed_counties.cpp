// Counties named in a list before the plural type word: "Hitchcock and Hayes counties",
// "Douglas, Sarpy and Lancaster counties", "Orleans and Jefferson parishes". Each listed name is
// the county "<name> County" (the gazetteer names counties with their type word, and a bare name
// stays the town's), so its candidates are those counties: the article's other places choose
// among them as for any name.
#include <algorithm>
#include <utility>
#include <array>
#include <cctype>

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

}  // namespace

std::vector<NameMatch> with_listed_counties(const Gazetteer& g, std::string_view text,
                                            std::vector<NameMatch> matches) {
    std::vector<NameMatch> found;
    // Each plural's places (where its space is), in text order, found by a byte of it that is
    // rare in text, searched for with memchr (many bytes at a time), and the words around each
    // such byte compared: the u of "ounties" for both "counties" and "Counties", the p and the P
    // of the parishes. (Two whole Boyer-Moore-Horspool searches, for "ounties" and "arishes", cost
    // three times as many instructions: every letter of those is frequent.)
    constexpr std::string_view plurals[] = {" counties", " Counties", " parishes", " Parishes"};
    std::array<std::vector<size_t>, 4> places_of;
    // The plural whose byte `k` (of its nine) is at `i`: its place, if it is written there. The
    // byte after is compared first, in line: most hits end there.
    auto written = [&](size_t i, size_t k, std::string_view plural) {
        return i >= k && i + 1 < text.size() && text[i + 1] == plural[k + 1] &&
               text.compare(i - k, plural.size(), plural) == 0;
    };
    each_byte(text, 0, text.size(), 'u', [&](size_t i) {
        if (written(i, 3, plurals[0])) places_of[0].push_back(i - 3);
        else if (written(i, 3, plurals[1])) places_of[1].push_back(i - 3);
    });
    each_byte(text, 0, text.size(), 'p', [&](size_t i) {
        if (written(i, 1, plurals[2])) places_of[2].push_back(i - 1);
    });
    each_byte(text, 0, text.size(), 'P', [&](size_t i) {
        if (written(i, 1, plurals[3])) places_of[3].push_back(i - 1);
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
