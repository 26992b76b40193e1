// Inline Markdown to text. A reduced CommonMark: emphasis delimiters are removed only when they
// pair up (so "5 * 3" and snake_case stay), a link keeps its text and loses its target, an image
// goes altogether (a reader sees the picture, not its alt text; its caption is a line of its own).
#include <vector>

#include "markdown_inline.hpp"
#include "placeline/text/html.hpp"

namespace placeline::markdown_detail {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }
bool is_punct(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Link texts, destinations and tags are short: searching for their end no further than this keeps a
// paragraph of a million '[' or '<' linear.
constexpr size_t max_construct = 2048;

// Literal text, or a run of emphasis delimiters waiting to be paired.
struct Piece {
    std::string text;
    char delim = 0;
    bool can_open = false, can_close = false, removed = false;
    bool gap = false;  // something dropped here (an image, a comment): "and ![x](y)," reads "and,"
};

void gap(std::vector<Piece>& out) {
    out.emplace_back();
    out.back().gap = true;
}

void literal(std::vector<Piece>& out, std::string_view s) {
    if (out.empty() || out.back().delim) out.emplace_back();
    out.back().text += s;
}

// Index of the ']' closing the '[' at s[i], or npos.
size_t bracket_close(std::string_view s, size_t i) {
    int depth = 0;
    for (size_t j = i; j < s.size() && j < i + max_construct; ++j) {
        if (s[j] == '\\') {
            ++j;
        } else if (s[j] == '[') {
            ++depth;
        } else if (s[j] == ']' && --depth == 0) {
            return j;
        }
    }
    return std::string_view::npos;
}

// Index of the ')' ending the link destination and title that start at s[i] == '(', or npos.
size_t destination_close(std::string_view s, size_t i) {
    int depth = 0;
    char quote = 0;
    for (size_t j = i; j < s.size() && j < i + max_construct; ++j) {
        char c = s[j];
        if (c == '\\') {
            ++j;
        } else if (quote) {
            if (c == quote) quote = 0;
        } else if ((c == '"' || c == '\'') && j > i && is_space(s[j - 1])) {
            quote = c;  // a link title
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return j;
        }
    }
    return std::string_view::npos;
}

// End of an autolink, an inline HTML tag or a comment starting at s[i] == '<', or npos.
size_t markup_end(std::string_view s, size_t i) {
    if (s.substr(i, 4) == "<!--") {
        size_t end = s.find("-->", i + 4);
        return end == std::string_view::npos ? s.size() : end + 3;
    }
    size_t k = i + 1;
    if (k < s.size() && s[k] == '/') ++k;
    if (k >= s.size() || !is_alpha(s[k])) return std::string_view::npos;
    size_t gt = s.substr(0, i + max_construct).find('>', k);
    if (gt == std::string_view::npos) return gt;
    std::string_view inside = s.substr(i + 1, gt - i - 1);
    // An autolink (<https://...>, <name@host>) has no spaces; a tag is a name, then spaces or '/'.
    bool autolink = inside.find(' ') == std::string_view::npos &&
                    (inside.find(':') != std::string_view::npos || inside.find('@') != std::string_view::npos);
    size_t name_end = k;
    while (name_end < gt && (is_alpha(s[name_end]) || (s[name_end] >= '0' && s[name_end] <= '9') || s[name_end] == '-'))
        ++name_end;
    bool tag = name_end == gt || is_space(s[name_end]) || s[name_end] == '/';
    return autolink || tag ? gt + 1 : std::string_view::npos;
}

void scan(std::string_view s, const Labels& labels, std::vector<Piece>& out);

// A link or image at s[i] == '['; returns the index after it (npos when it is no link) and
// appends its text when `keep_text`.
size_t link(std::string_view s, size_t i, const Labels& labels, bool keep_text, std::vector<Piece>& out) {
    size_t close = bracket_close(s, i);
    if (close == std::string_view::npos) return close;
    std::string_view inner = s.substr(i + 1, close - i - 1);
    size_t after = std::string_view::npos;
    if (close + 1 < s.size() && s[close + 1] == '(') {
        size_t end = destination_close(s, close + 1);
        if (end != std::string_view::npos) after = end + 1;
    } else if (close + 1 < s.size() && s[close + 1] == '[') {
        size_t end = s.substr(0, close + max_construct).find(']', close + 1);
        if (end != std::string_view::npos) after = end + 1;
    } else if (labels.count(lower_label(inner))) {
        after = close + 1;
    }
    if (after != std::string_view::npos && keep_text) scan(inner, labels, out);
    return after;
}

void delimiter_run(std::string_view s, size_t i, size_t n, std::vector<Piece>& out) {
    char c = s[i];
    char before = i == 0 ? ' ' : s[i - 1];
    char after = i + n >= s.size() ? ' ' : s[i + n];
    bool left = !is_space(after) && (!is_punct(after) || is_space(before) || is_punct(before));
    bool right = !is_space(before) && (!is_punct(before) || is_space(after) || is_punct(after));
    Piece p;
    p.text.assign(n, c);
    p.delim = c;
    if (c == '_') {  // intraword underscores (snake_case) are no emphasis
        p.can_open = left && (!right || is_punct(before));
        p.can_close = right && (!left || is_punct(after));
    } else {
        p.can_open = left;
        p.can_close = right;
    }
    if (c == '~' && n != 2) p.can_open = p.can_close = false;
    out.push_back(std::move(p));
}

void scan(std::string_view s, const Labels& labels, std::vector<Piece>& out) {
    // Once a run of n backticks finds no closing run, no later run of n will: remember it, so a
    // paragraph of many unmatched backticks stays linear.
    std::vector<bool> unclosed;
    size_t i = 0;
    while (i < s.size()) {
        char c = s[i];
        if (c == '\\' && i + 1 < s.size() && is_punct(s[i + 1])) {
            literal(out, s.substr(i + 1, 1));
            i += 2;
        } else if (c == '`') {
            size_t n = 0;
            while (i + n < s.size() && s[i + n] == '`') ++n;
            // The closing run has exactly as many backticks.
            size_t j = i + n;
            size_t close = std::string_view::npos;
            if (n < unclosed.size() && unclosed[n]) j = std::string_view::npos;
            while (j != std::string_view::npos && (j = s.find('`', j)) != std::string_view::npos) {
                size_t m = 0;
                while (j + m < s.size() && s[j + m] == '`') ++m;
                if (m == n) {
                    close = j;
                    break;
                }
                j += m;
            }
            if (close == std::string_view::npos) {
                if (unclosed.size() <= n) unclosed.resize(n + 1);
                unclosed[n] = true;
                literal(out, s.substr(i, n));
                i += n;
                continue;
            }
            std::string_view code = s.substr(i + n, close - i - n);
            if (code.size() >= 2 && code.front() == ' ' && code.back() == ' ') code = code.substr(1, code.size() - 2);
            literal(out, code);
            i = close + n;
        } else if (c == '<') {
            size_t end = markup_end(s, i);
            if (end == std::string_view::npos) {
                literal(out, "<");
                ++i;
            } else {
                gap(out);
                i = end;
            }
        } else if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {
            size_t end = link(s, i + 1, labels, false, out);
            if (end == std::string_view::npos) {
                literal(out, "!");
                ++i;
            } else {
                gap(out);
                i = end;
            }
        } else if (c == '[') {
            size_t end = link(s, i, labels, true, out);
            if (end == std::string_view::npos) {
                literal(out, "[");
                ++i;
            } else {
                i = end;
            }
        } else if (c == '&') {
            std::string decoded;
            size_t used = decode_entity(s, i, decoded);
            literal(out, used ? std::string_view(decoded) : std::string_view("&"));
            i += used ? used : 1;
        } else if (c == '*' || c == '_' || c == '~') {
            size_t n = 0;
            while (i + n < s.size() && s[i + n] == c) ++n;
            delimiter_run(s, i, n, out);
            i += n;
        } else {
            size_t j = i + 1;
            while (j < s.size() && std::string_view("\\`<![&*_~").find(s[j]) == std::string_view::npos) ++j;
            literal(out, s.substr(i, j - i));
            i = j;
        }
    }
}

// Pairs each closing run with the nearest open run of the same character; both disappear.
void pair_delimiters(std::vector<Piece>& pieces) {
    std::vector<size_t> openers[3];  // '*', '_', '~'
    for (size_t k = 0; k < pieces.size(); ++k) {
        Piece& p = pieces[k];
        if (!p.delim) continue;
        std::vector<size_t>& open = openers[p.delim == '*' ? 0 : p.delim == '_' ? 1 : 2];
        if (p.can_close && !open.empty()) {
            pieces[open.back()].removed = p.removed = true;
            open.pop_back();
        } else if (p.can_open) {
            open.push_back(k);
        }
    }
}

}  // namespace

std::string lower_label(std::string_view label) {
    std::string out;
    bool space = false;
    for (char c : label) {
        if (is_space(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    }
    return out;
}

std::string inline_text(std::string_view s, const Labels& labels) {
    std::vector<Piece> pieces;
    scan(s, labels, pieces);
    pair_delimiters(pieces);
    std::string out;
    bool space = false, after_gap = false;
    for (const Piece& p : pieces) {
        if (p.removed) continue;
        after_gap |= p.gap;
        for (char c : p.text) {
            if (is_space(c)) {
                space = !out.empty();
                continue;
            }
            if (space && !(after_gap && std::string_view(",.;:!?)").find(c) != std::string_view::npos)) out += ' ';
            space = after_gap = false;
            out += c;
        }
    }
    return out;
}

}  // namespace placeline::markdown_detail
