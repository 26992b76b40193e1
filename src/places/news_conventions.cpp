// Datelines and party affiliations (see news_conventions.hpp).
#include "news_conventions.hpp"

#include <algorithm>

namespace placeline::resolution {

namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }

// A dash that ends a dateline, at `at` after optional spaces: the length read, or 0.
size_t dash_at(std::string_view text, size_t at) {
    while (at < text.size() && text[at] == ' ') ++at;
    for (std::string_view d : {"\u2014", "\u2013", "--"})
        if (text.substr(at, d.size()) == d) return at + d.size();
    return 0;
}

}  // namespace

namespace detail {

bool dateline_after_line_start(std::string_view text, size_t start, size_t end) {
    if (end <= start || end > text.size()) return false;
    // First on its line, or after the title: "Title text. CHARLESTON -- ". Asked first: most
    // names stand in mid-sentence, and need no letter counted.
    size_t b = start;
    while (b > 0 && text[b - 1] == ' ') --b;
    bool first = b == 0 || text[b - 1] == '\n' || (b < start && text[b - 1] == '.');
    if (!first) return false;
    // In capitals: at least two letters and no lower-case one ("DeKALB" is allowed one).
    size_t letters = 0, lowers = 0;
    for (size_t i = start; i < end; ++i) {
        letters += upper(text[i]) || lower(text[i]);
        lowers += lower(text[i]);
    }
    if (letters < 2 || lowers > 1) return false;
    // A qualifier or an agency may come before the dash: "CHARLESTON, W.Va. --", "MOSCOW (AP) —",
    // within 26 bytes on the same line.
    if (dash_at(text, end)) return true;
    if (end >= text.size() || (text[end] != ',' && text[end] != ' ')) return false;
    size_t limit = std::min(text.size(), end + 26);
    for (size_t i = end + 1; i < limit && text[i] != '\n'; ++i)
        if (text[i] == ' ' && dash_at(text, i)) return true;
    return false;
}

bool after_party_hyphen(std::string_view text, size_t start) {
    for (std::string_view party : {"D-", "R-", "I-", "DFL-"}) {
        if (start < party.size() || text.substr(start - party.size(), party.size()) != party) continue;
        size_t before = start - party.size();
        if (before == 0) return false;
        char c = text[before - 1];
        return c == ' ' || c == ',' || c == '(';
    }
    return false;
}

bool after_address_comma(std::string_view text, size_t start) {
    size_t e = start - 2;
    if (text[e - 1] == '.') --e;  // "St.", "Rd.", "Ave."
    size_t b = e;
    while (b > 0 && (lower(text[b - 1]) || upper(text[b - 1]))) --b;
    if (b == e || !upper(text[b]) || (b > 0 && text[b - 1] != ' ')) return false;
    std::string_view w = text.substr(b, e - b);
    for (std::string_view street : {"Street", "St", "Road", "Rd", "Avenue", "Ave", "Drive", "Dr", "Lane", "Ln",
                                    "Boulevard", "Blvd", "Way", "Place", "Terrace", "Crescent", "Highway"})
        if (w == street) return true;
    return false;
}

}  // namespace detail

}  // namespace placeline::resolution
