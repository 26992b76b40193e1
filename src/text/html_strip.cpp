// HTML to text in one pass. Malformed markup never stops it: an unclosed tag or comment runs to
// the end of the input, a '<' that starts no tag is text, an unknown entity stays as written.
// Hand-written rather than gumbo's HTML5 tree: that reads about 15 times slower on the same pages
// (bench/README.md, BM_HtmlToText against BM_HtmlToText_gumbo). Entity names come from gumbo.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "placeline/text/html.hpp"
#include "placeline/text/text.hpp"

namespace placeline {

namespace {

struct Entity {
    std::string_view name;
    char32_t cp;
};
constexpr std::array<Entity, 58> named_entities{{
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '},
    {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"sbquo", 0x201A}, {"bdquo", 0x201E}, {"laquo", 0xAB},
    {"raquo", 0xBB}, {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122}, {"deg", 0xB0}, {"middot", 0xB7},
    {"bull", 0x2022}, {"times", 0xD7}, {"divide", 0xF7}, {"euro", 0x20AC}, {"pound", 0xA3}, {"yen", 0xA5},
    {"cent", 0xA2}, {"sect", 0xA7}, {"para", 0xB6}, {"shy", 0xAD}, {"thinsp", 0x2009}, {"ensp", 0x2002},
    {"emsp", 0x2003}, {"eacute", 0xE9}, {"egrave", 0xE8}, {"ecirc", 0xEA}, {"euml", 0xEB}, {"aacute", 0xE1},
    {"agrave", 0xE0}, {"acirc", 0xE2}, {"auml", 0xE4}, {"ouml", 0xF6}, {"uuml", 0xFC}, {"Auml", 0xC4},
    {"Ouml", 0xD6}, {"Uuml", 0xDC}, {"szlig", 0xDF}, {"ccedil", 0xE7}, {"ntilde", 0xF1}, {"oacute", 0xF3},
    {"uacute", 0xFA}, {"iacute", 0xED}, {"scedil", 0x15F}, {"Scedil", 0x15E}, {"Eacute", 0xC9}, {"prime", 0x2032},
}};

// HTML5: numeric references 0x80-0x9F mean the Windows-1252 characters.
constexpr std::array<char32_t, 32> c1_as_1252{{
    0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
}};

// An entity name beyond the common ones above (HTML5 names over 2,000): gumbo, which knows them
// all, reads the reference alone. Such names are rare in articles, so one small parse each is
// cheap. False when gumbo leaves the reference as it is, or reads only a prefix of the name
// ("&notit;" is "&not" and "it;"), since then it is no entity of that name. Answers are kept per
// thread (up to a few thousand names), so a page repeating one odd reference parses it once.
bool html5_entity(std::string_view ref, std::string& out) {
    thread_local std::unordered_map<std::string, std::string> known;  // "" when no entity
    if (auto it = known.find(std::string(ref)); it != known.end()) {
        out += it->second;
        return !it->second.empty();
    }
    GumboOutput* tree = gumbo_parse_with_options(&kGumboDefaultOptions, ref.data(), ref.size());
    std::string text;
    const GumboNode* node = tree->root;
    while (node && node->type == GUMBO_NODE_ELEMENT && node->v.element.children.length > 0)
        node = static_cast<const GumboNode*>(node->v.element.children.data[node->v.element.children.length - 1]);
    if (node && node->type == GUMBO_NODE_TEXT) text = node->v.text.text;
    gumbo_destroy_output(&kGumboDefaultOptions, tree);
    if (text.find_first_of("&;") != std::string::npos) text.clear();
    if (known.size() < 4096) known.emplace(ref, text);
    out += text;
    return !text.empty();
}

bool html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool alnum(char c) { return alpha(c) || (c >= '0' && c <= '9'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

// Position of "</name" (any case) at or after `from`, or npos.
size_t find_close(std::string_view s, size_t from, std::string_view name) {
    for (size_t i = s.find("</", from); i != std::string_view::npos; i = s.find("</", i + 2)) {
        if (i + 2 + name.size() <= s.size() && iequals(s.substr(i + 2, name.size()), name) &&
            (i + 2 + name.size() == s.size() || !alnum(s[i + 2 + name.size()])))
            return i;
    }
    return std::string_view::npos;
}

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

struct Tag {
    std::string name;  // lower case
    bool closing = false;
    bool self_closing = false;
    std::string_view attributes;
    size_t end = 0;  // index after '>'
};

// Parses a tag at s[i] == '<'; false when what follows is no tag (then '<' is text).
bool parse_tag(std::string_view s, size_t i, Tag& tag) {
    size_t k = i + 1;
    tag.closing = k < s.size() && s[k] == '/';
    if (tag.closing) ++k;
    if (k >= s.size() || !alpha(s[k])) return false;
    size_t name_start = k;
    while (k < s.size() && (alnum(s[k]) || s[k] == '-' || s[k] == ':')) ++k;
    tag.name.clear();
    for (size_t n = name_start; n < k; ++n) tag.name += lower(s[n]);
    size_t attr_start = k;
    char quote = 0;
    while (k < s.size()) {
        char c = s[k];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            break;
        }
        ++k;
    }
    tag.attributes = s.substr(attr_start, k - attr_start);
    tag.self_closing = !tag.attributes.empty() && tag.attributes.back() == '/';
    tag.end = std::min(k + 1, s.size());
    return true;
}

// The value of attribute `name` in a tag's attribute text ("" when absent).
std::string attribute(std::string_view attrs, std::string_view name) {
    size_t i = 0;
    while (i < attrs.size()) {
        while (i < attrs.size() && (html_space(attrs[i]) || attrs[i] == '/')) ++i;
        size_t n = i;
        while (i < attrs.size() && !html_space(attrs[i]) && attrs[i] != '=' && attrs[i] != '/') ++i;
        std::string_view key = attrs.substr(n, i - n);
        while (i < attrs.size() && html_space(attrs[i])) ++i;
        std::string value;
        if (i < attrs.size() && attrs[i] == '=') {
            ++i;
            while (i < attrs.size() && html_space(attrs[i])) ++i;
            char q = i < attrs.size() && (attrs[i] == '"' || attrs[i] == '\'') ? attrs[i] : 0;
            if (q) ++i;
            size_t v = i;
            while (i < attrs.size() && (q ? attrs[i] != q : !html_space(attrs[i]))) ++i;
            for (size_t k = v; k < i;) {
                if (attrs[k] == '&')
                    if (size_t used = decode_entity(attrs, k, value)) {
                        k += used;
                        continue;
                    }
                value += attrs[k++];
            }
            if (q && i < attrs.size()) ++i;
        }
        if (key.empty() && i < attrs.size()) ++i;  // stray character: step over it
        if (iequals(key, name)) return value;
    }
    return {};
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (html_space(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// Builds the text: runs of spaces collapse, block boundaries become one line break.
class TextOut {
public:
    std::string text;
    void chars(std::string_view s) {
        for (char c : s) {
            if (html_space(c) && !pre_) {
                pending_space_ = true;
                continue;
            }
            if (pending_space_ && !text.empty() && text.back() != '\n') text += ' ';
            pending_space_ = false;
            text += c;
        }
    }
    void line_break() {
        while (!text.empty() && text.back() == ' ') text.pop_back();
        pending_space_ = false;
        if (!text.empty() && text.back() != '\n') text += '\n';
    }
    void set_pre(bool on) { pre_ = on; }

private:
    bool pending_space_ = false;
    bool pre_ = false;
};

}  // namespace

size_t decode_entity(std::string_view s, size_t i, std::string& out) {
    if (i >= s.size() || s[i] != '&') return 0;
    size_t k = i + 1;
    if (k < s.size() && s[k] == '#') {
        ++k;
        bool hex = k < s.size() && (s[k] == 'x' || s[k] == 'X');
        if (hex) ++k;
        size_t digits_start = k;
        uint32_t v = 0;
        while (k < s.size() && k - digits_start < 8) {
            char c = s[k];
            int d = (c >= '0' && c <= '9') ? c - '0'
                    : hex && (c >= 'a' && c <= 'f') ? c - 'a' + 10
                    : hex && (c >= 'A' && c <= 'F') ? c - 'A' + 10
                    : -1;
            if (d < 0) break;
            v = v * (hex ? 16 : 10) + uint32_t(d);
            ++k;
        }
        if (k == digits_start) return 0;
        if (k < s.size() && s[k] == ';') ++k;
        char32_t cp = v;
        if (v >= 0x80 && v <= 0x9F) cp = c1_as_1252[v - 0x80];
        else if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) cp = 0xFFFD;
        append_utf8(out, cp);
        return k - i;
    }
    size_t name_start = k;
    while (k < s.size() && alnum(s[k]) && k - name_start < 32) ++k;  // the longest name has 31
    if (k >= s.size() || s[k] != ';' || k == name_start || !alpha(s[name_start])) return 0;
    std::string_view name = s.substr(name_start, k - name_start);
    for (const Entity& e : named_entities) {
        if (e.name != name) continue;
        if (e.cp != 0xAD) append_utf8(out, e.cp);  // a soft hyphen shows nothing
        return k + 1 - i;
    }
    return html5_entity(s.substr(i, k + 1 - i), out) ? k + 1 - i : 0;
}

bool looks_like_html(std::string_view bytes) {
    // The first KB in lower case, written in place (one append per byte cost more than the search).
    const std::string_view first = bytes.substr(0, 1024);
    // Every sign below opens with '<': a plain text with none in its first KB is done in one search.
    if (first.find('<') == std::string_view::npos) return false;
    std::string head(first.size(), '\0');
    std::transform(first.begin(), first.end(), head.begin(), lower);
    if (head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos) return true;
    size_t tags = 0;
    for (std::string_view t : {"<p>", "<p ", "<div", "<br", "</a>", "<span", "<li"})
        for (size_t at = head.find(t); at != std::string::npos; at = head.find(t, at + 1)) ++tags;
    return tags >= 3;
}

std::string declared_charset(std::string_view bytes) {
    std::string_view head = bytes.substr(0, 4096);
    for (size_t i = head.find('<'); i != std::string_view::npos; i = head.find('<', i + 1)) {
        Tag tag;
        if (head.substr(i, 4) == "<!--") {  // a commented-out <meta> declares nothing
            size_t end = head.find("-->", i + 4);
            if (end == std::string_view::npos) break;
            i = end;
            continue;
        }
        if (!parse_tag(head, i, tag) || tag.closing || tag.name != "meta") continue;
        std::string charset = attribute(tag.attributes, "charset");
        if (charset.empty() && iequals(attribute(tag.attributes, "http-equiv"), "content-type")) {
            std::string content = attribute(tag.attributes, "content");
            std::string lowered = content;
            for (char& ch : lowered) ch = lower(ch);
            size_t at = lowered.find("charset=");
            if (at != std::string::npos) charset = content.substr(at + 8);
        }
        // Quotes and parameters that may follow the name (charset="x"; ...).
        size_t end = charset.find_first_of(" \t;,\"'");
        if (end == 0) charset = charset.substr(1), end = charset.find_first_of(" \t;,\"'");
        charset = charset.substr(0, end);
        if (!charset.empty()) return charset;
    }
    return {};
}

HtmlText html_to_text(std::string_view s) {
    HtmlText result;
    TextOut out;
    size_t h1_start = std::string::npos;
    std::string h1;  // the page's headline, preferred to its <title> (which often adds the site)
    size_t i = 0;
    while (i < s.size()) {
        char c = s[i];
        if (c == '&') {
            std::string decoded;
            if (size_t used = decode_entity(s, i, decoded)) {
                out.chars(decoded);
                i += used;
                continue;
            }
            out.chars("&");
            ++i;
            continue;
        }
        if (c != '<') {
            size_t next = i;
            while (next < s.size() && s[next] != '<' && s[next] != '&') ++next;
            out.chars(s.substr(i, next - i));
            i = next;
            continue;
        }
        if (s.substr(i, 4) == "<!--") {
            size_t end = s.find("-->", i + 4);
            i = end == std::string_view::npos ? s.size() : end + 3;
            continue;
        }
        if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '?')) {  // doctype, CDATA, processing
            size_t end = s.find('>', i);
            i = end == std::string_view::npos ? s.size() : end + 1;
            continue;
        }
        Tag tag;
        if (!parse_tag(s, i, tag)) {
            out.chars("<");
            ++i;
            continue;
        }
        i = tag.end;
        const std::string& name = tag.name;
        if (!tag.closing && !tag.self_closing &&
            one_of(name, {"script", "style", "noscript", "template", "svg", "nav", "iframe", "select", "button",
                          "title", "textarea", "object"})) {
            // Raw or hidden content: skip to the matching close (or to the end of the page).
            size_t close = find_close(s, i, name);
            size_t content_end = close == std::string_view::npos ? s.size() : close;
            if (name == "title") {
                if (result.title.empty()) {
                    std::string t;
                    std::string_view raw = s.substr(i, content_end - i);
                    for (size_t k = 0; k < raw.size();) {
                        if (raw[k] == '&')
                            if (size_t used = decode_entity(raw, k, t)) {
                                k += used;
                                continue;
                            }
                        t += raw[k++];
                    }
                    result.title = collapse_spaces(t);
                }
            } else {
                ++result.dropped_elements;
            }
            if (close == std::string_view::npos) {
                i = s.size();
            } else {
                size_t gt = s.find('>', close);
                i = gt == std::string_view::npos ? s.size() : gt + 1;
            }
            continue;
        }
        if (name == "meta") {
            std::string key = attribute(tag.attributes, "name");
            if (key.empty()) key = attribute(tag.attributes, "property");
            for (char& ch : key) ch = lower(ch);
            std::string content = collapse_spaces(attribute(tag.attributes, "content"));
            if (key == "author" && result.author.empty()) result.author = content;
            else if (key == "og:site_name" && result.site_name.empty()) result.site_name = content;
            else if ((key == "article:published_time" || key == "date" || key == "pubdate") && result.published.empty())
                result.published = content;
            continue;
        }
        if (name == "pre") {
            out.line_break();
            out.set_pre(!tag.closing);
            continue;
        }
        if (name == "h1") {
            out.line_break();
            if (!tag.closing) {
                h1_start = out.text.size();
            } else if (h1_start != std::string::npos && h1_start <= out.text.size()) {
                std::string heading = collapse_spaces(std::string_view(out.text).substr(h1_start));
                if (h1.empty()) h1 = heading;
                h1_start = std::string::npos;
            }
            continue;
        }
        if (name == "li" && !tag.closing) {
            out.line_break();
            out.chars("\xE2\x80\xA2 ");
            continue;
        }
        if (one_of(name, {"p", "div", "br", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section",
                          "article", "header", "footer", "aside", "main", "blockquote", "figure", "figcaption", "hr",
                          "dl", "dt", "dd", "form", "address", "body", "html", "head"}))
            out.line_break();
        // Inline tags (a, span, em, strong...) leave their text as it is.
    }
    out.line_break();
    if (!h1.empty()) result.title = h1;
    result.text = std::move(out.text);
    return result;
}

}  // namespace placeline
