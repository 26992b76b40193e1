// Weighted edit distance for the variant checker. Plain Levenshtein treats every slip alike; a
// reader of place names knows better: "Yevlakh" and "Yevlax" are one transliteration apart,
// "Stepanakwrt" is a finger's slip from "Stepanakert", "Gyumri" and "Goris" are two places.
// So a substitution costs less between keys that touch on a QWERTY keyboard, and less still
// between letters transliteration systems swap; a digraph for one letter (kh/x, sh/s, zh/j)
// costs less than a letter dropped; a doubled letter costs half.
// The strings are folded names (fold_name): lower case, transliterated to Latin, no diacritics.
#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <vector>

#include "placeline/variants/variants.hpp"

namespace placeline {

namespace {

constexpr float cost_confusable = 0.4f;  // a transliteration swap (k/q, i/y, e/a, v/w...)
constexpr float cost_adjacent = 0.6f;    // neighbouring keys
constexpr float cost_digraph = 0.3f;     // kh for x, sh for s
constexpr float cost_soft_gap = 0.5f;    // a doubled letter, a silent h
constexpr float cost_transpose = 0.7f;

struct Key {
    float x = -10, y = -10;
};

constexpr std::array<Key, 26> make_keys() {
    std::array<Key, 26> k{};
    const char* rows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    const float offset[] = {0.0f, 0.25f, 0.75f};
    for (int r = 0; r < 3; ++r)
        for (int c = 0; rows[r][c]; ++c) k[static_cast<size_t>(rows[r][c] - 'a')] = {float(c) + offset[r], float(r)};
    return k;
}
constexpr std::array<Key, 26> keys = make_keys();

bool adjacent_keys(char a, char b) {
    if (a < 'a' || a > 'z' || b < 'a' || b > 'z') return false;
    Key p = keys[static_cast<size_t>(a - 'a')], q = keys[static_cast<size_t>(b - 'a')];
    float dx = std::abs(p.x - q.x), dy = std::abs(p.y - q.y);
    return (dy == 0 && dx == 1) || (dy == 1 && dx <= 0.75f);
}

bool confusable(char a, char b) {
    static constexpr const char* pairs[] = {"kq", "kc", "qg", "gk", "iy", "jy", "ea", "ei", "ou", "vw",
                                            "zs", "jc", "xh", "td", "yu"};
    for (const char* p : pairs)
        if ((a == p[0] && b == p[1]) || (a == p[1] && b == p[0])) return true;
    return false;
}

float substitution(char a, char b) {
    if (a == b) return 0;
    if (confusable(a, b)) return cost_confusable;
    if (adjacent_keys(a, b)) return cost_adjacent;
    return 1;
}

// Spellings of one sound: the longer one on the left. Both directions are tried.
struct Digraph {
    std::string_view longer, shorter;
};
constexpr Digraph digraphs[] = {{"kh", "x"}, {"kh", "h"}, {"kh", "q"}, {"gh", "g"}, {"gh", "q"}, {"sh", "s"},
                                {"ch", "c"}, {"zh", "j"}, {"zh", "z"}, {"dzh", "j"}, {"dz", "j"}, {"ts", "c"},
                                {"ou", "u"}, {"ks", "x"}, {"ye", "e"}, {"yu", "u"}, {"ya", "a"}, {"ts", "z"}};

bool ends_with_at(std::string_view s, size_t end, std::string_view part) {
    return end >= part.size() && s.substr(end - part.size(), part.size()) == part;
}

// Cost of dropping s[i-1] (so that the other string lacks it): a doubled letter or an h after a
// consonant is a soft gap.
float gap(std::string_view s, size_t i) {
    char c = s[i - 1];
    if (i >= 2 && s[i - 2] == c) return cost_soft_gap;
    if (i < s.size() && s[i] == c) return cost_soft_gap;
    if (c == 'h' && i >= 2 && std::string_view("kscgztd").find(s[i - 2]) != std::string_view::npos) return cost_soft_gap;
    return 1;
}

}  // namespace

float variant_distance(std::string_view a, std::string_view b, float limit) {
    const size_t n = a.size(), m = b.size();
    if (std::abs(float(n) - float(m)) * cost_soft_gap > limit + 1.0f) return limit + 1;
    // Full matrix: the names are short and the digraph steps look back up to three rows.
    thread_local std::vector<float> d;
    d.assign((n + 1) * (m + 1), 0.0f);
    auto at = [&](size_t i, size_t j) -> float& { return d[i * (m + 1) + j]; };
    for (size_t j = 1; j <= m; ++j) at(0, j) = at(0, j - 1) + gap(b, j);
    float recent_min[3] = {0, 0, 0};  // the last rows' minima: digraph steps reach three rows back
    for (size_t i = 1; i <= n; ++i) {
        at(i, 0) = at(i - 1, 0) + gap(a, i);
        float row_min = at(i, 0);
        for (size_t j = 1; j <= m; ++j) {
            float v = std::min({at(i - 1, j) + gap(a, i), at(i, j - 1) + gap(b, j),
                                at(i - 1, j - 1) + substitution(a[i - 1], b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, at(i - 2, j - 2) + cost_transpose);
            for (const Digraph& g : digraphs) {
                if (ends_with_at(a, i, g.longer) && ends_with_at(b, j, g.shorter))
                    v = std::min(v, at(i - g.longer.size(), j - g.shorter.size()) + cost_digraph);
                if (ends_with_at(b, j, g.longer) && ends_with_at(a, i, g.shorter))
                    v = std::min(v, at(i - g.shorter.size(), j - g.longer.size()) + cost_digraph);
            }
            at(i, j) = v;
            row_min = std::min(row_min, v);
        }
        recent_min[i % 3] = row_min;
        if (i >= 3 && std::min({recent_min[0], recent_min[1], recent_min[2]}) > limit) return limit + 1;
    }
    return at(n, m);
}

}  // namespace placeline
