// Markdown blocks, line by line: front matter, headings, fences, rules, lists, quotes, tables and
// paragraphs. Each block becomes one line of text and a blank line in the source stays a blank
// line, so split_paragraphs sees the blocks the writer made (and never joins a heading to a
// paragraph). Inline syntax is markdown_inline.cpp's.
#include <algorithm>

#include "markdown_inline.hpp"
#include "placeline/text/markdown.hpp"

namespace placeline {

using markdown_detail::inline_text;
using markdown_detail::Labels;
using markdown_detail::lower_label;

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    return out;
}

// Calls f(line) for each line of s (without its '\n').
template <class F>
void for_each_line(std::string_view s, F f) {
    for (size_t pos = 0; pos < s.size();) {
        size_t nl = s.find('\n', pos);
        size_t end = nl == std::string_view::npos ? s.size() : nl;
        f(s.substr(pos, end - pos));
        pos = end + 1;
    }
}

std::string unquote(std::string_view v) {
    v = trim(v);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) v = v.substr(1, v.size() - 2);
    return std::string(v);
}

// YAML front matter between "---" lines at the very start: returns where the body begins.
size_t front_matter(std::string_view s, MarkdownText& out) {
    if (!s.starts_with("---\n")) return 0;
    size_t end = std::string_view::npos, body = 0;
    for (std::string_view close : {"\n---\n", "\n...\n"}) {
        size_t at = s.find(close, 3);
        if (at != std::string_view::npos && at < end) end = at, body = at + close.size();
    }
    for (std::string_view close : {"\n---", "\n..."})
        if (end == std::string_view::npos && s.ends_with(close)) end = s.size() - close.size(), body = s.size();
    if (end == std::string_view::npos) return 0;  // no closing line: a rule, not front matter
    std::string* list_target = nullptr;  // "author:" followed by "- Name" lines
    for_each_line(s.substr(4, end - 3), [&](std::string_view line) {
        std::string_view t = trim(line);
        if (list_target && t.starts_with("- ")) {
            if (list_target->empty()) *list_target = unquote(t.substr(2));
            return;
        }
        list_target = nullptr;
        size_t colon = line.find(':');
        if (colon == std::string_view::npos || is_space(line.front())) return;
        std::string key = lower(trim(line.substr(0, colon)));
        std::string value = unquote(line.substr(colon + 1));
        if (value.starts_with("[") && value.ends_with("]")) {  // a flow list: its first item
            value = unquote(std::string_view(value).substr(1, value.size() - 2));
            value = unquote(value.substr(0, value.find(',')));
        }
        std::string* target = key == "title" ? &out.title
                              : key == "author" || key == "authors" || key == "byline" ? &out.author
                              : key == "source" || key == "site" || key == "site_name" || key == "publisher" ? &out.site_name
                              : key == "date" || key == "published" || key == "pubdate" || key == "published_at" ? &out.published
                                                                                                                : nullptr;
        if (!target || !target->empty()) return;
        *target = value;
        if (value.empty()) list_target = target;
    });
    return body;
}

// "[label]: destination": the label, else empty.
std::string reference_label(std::string_view t) {
    if (!t.starts_with("[")) return {};
    size_t close = t.find("]:");
    if (close == std::string_view::npos || close < 2) return {};
    return lower_label(t.substr(1, close - 1));
}

// A rule: three or more of one of * - _ and nothing else but spaces.
bool is_rule(std::string_view t) {
    if (t.empty() || (t[0] != '*' && t[0] != '-' && t[0] != '_')) return false;
    size_t n = 0;
    for (char c : t) {
        if (c == t[0]) ++n;
        else if (!is_space(c)) return false;
    }
    return n >= 3;
}

int heading_level(std::string_view t) {
    int n = 0;
    while (n < int(t.size()) && t[size_t(n)] == '#') ++n;
    if (n == 0 || n > 6) return 0;
    return size_t(n) == t.size() || is_space(t[size_t(n)]) ? n : 0;
}

// Length of a list marker with its space ("- ", "12. "), or 0.
size_t list_marker(std::string_view t, bool& ordered) {
    ordered = false;
    if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && is_space(t[1])) return 2;
    size_t d = 0;
    while (d < t.size() && d < 9 && t[d] >= '0' && t[d] <= '9') ++d;
    if (d == 0 || d + 1 >= t.size() || (t[d] != '.' && t[d] != ')') || !is_space(t[d + 1])) return 0;
    ordered = true;
    return d + 2;
}

bool only_of(std::string_view t, std::string_view chars) {
    return !t.empty() && t.find_first_not_of(chars) == std::string_view::npos;
}

class Blocks {
public:
    Blocks(MarkdownText& out, const Labels& labels) : out_(out), labels_(labels), title_from_heading_(out.title.empty()) {}

    void line(std::string_view raw) {
        if (fence_) {
            std::string_view t = trim(raw);
            if (t.size() >= fence_len_ && only_of(t, std::string(1, fence_))) fence_ = 0;
            else emit(std::string(raw));  // code is kept as written
            return;
        }
        std::string_view line = raw;
        if (in_comment_) {
            size_t end = line.find("-->");
            if (end == std::string_view::npos) return;
            in_comment_ = false;
            line = line.substr(end + 3);
            if (trim(line).empty()) return;
        }
        size_t open_comment = line.rfind("<!--");
        if (open_comment != std::string_view::npos && line.find("-->", open_comment + 4) == std::string_view::npos) {
            in_comment_ = true;
            line = line.substr(0, open_comment);
            if (trim(line).empty()) return;
        }
        bool hard_break = line.ends_with("  ") || line.ends_with("\\");
        std::string_view t = trim(line);
        while (t.starts_with(">")) t = trim(t.substr(1));  // blockquote marks, nested too
        if (t.empty()) {
            flush();
            if (!out_.text.empty() && !out_.text.ends_with("\n\n")) out_.text += '\n';
            return;
        }
        if (t.starts_with("```") || t.starts_with("~~~")) {
            flush();
            fence_ = t[0];
            fence_len_ = t.find_first_not_of(t[0]);
            if (fence_len_ == std::string_view::npos) fence_len_ = t.size();
            return;
        }
        if (open_ && !list_item_ && (only_of(t, "=") || only_of(t, "-"))) {  // setext heading underline
            std::string text = std::move(para_);
            para_.clear();
            open_ = false;
            heading(text, t[0] == '=' ? 1 : 2);
            return;
        }
        if (is_rule(t)) {
            flush();
            return;
        }
        if (int level = heading_level(t)) {
            std::string_view h = trim(t.substr(size_t(level)));
            size_t closing = h.find_last_not_of('#');  // "## Title ##"
            if (closing == std::string_view::npos) h = {};
            else if (closing + 1 < h.size() && is_space(h[closing])) h = trim(h.substr(0, closing));
            heading(h, level);
            return;
        }
        if (!reference_label(t).empty()) return;  // its URL is no text
        if (t.starts_with("|")) {
            table_row(t);
            return;
        }
        bool ordered = false;
        if (size_t m = list_marker(t, ordered)) {
            flush();
            open_ = list_item_ = true;
            // Bullets go (a reader of the page sees a dot, not a word); numbers are read, they stay.
            prefix_ = ordered ? std::string(t.substr(0, m - 1)) + " " : "";
            std::string_view rest = trim(t.substr(m));
            for (std::string_view box : {"[ ] ", "[x] ", "[X] "})
                if (rest.starts_with(box)) rest.remove_prefix(box.size());
            para_ = rest;
        } else if (open_) {
            para_ += ' ';
            para_ += t;
        } else {
            open_ = true;
            para_ = t;
        }
        if (hard_break) {
            if (para_.ends_with("\\")) para_.pop_back();
            flush();
        }
    }

    void flush() {
        if (!open_) return;
        std::string text = inline_text(para_, labels_);
        if (!text.empty()) emit(prefix_ + text);
        open_ = list_item_ = false;
        para_.clear();
        prefix_.clear();
    }

private:
    void emit(std::string s) {
        out_.text += s;
        out_.text += '\n';
    }

    void heading(std::string_view raw, int level) {
        flush();
        std::string text = inline_text(raw, labels_);
        if (text.empty()) return;
        if (level == 1 && title_from_heading_ && out_.title.empty()) out_.title = text;
        emit(std::move(text));
    }

    // A table row becomes a line of its cells; the |---|:--:| line under the header goes.
    void table_row(std::string_view t) {
        flush();
        if (only_of(t, "|-: \t")) return;
        std::string row;
        t.remove_prefix(1);
        if (t.ends_with("|")) t.remove_suffix(1);
        for (size_t pos = 0; pos <= t.size();) {
            size_t bar = t.find('|', pos);
            size_t end = bar == std::string_view::npos ? t.size() : bar;
            std::string cell = inline_text(t.substr(pos, end - pos), labels_);
            if (!cell.empty()) row += (row.empty() ? "" : " \xC2\xB7 ") + cell;
            pos = end + 1;
        }
        if (!row.empty()) emit(std::move(row));
    }

    MarkdownText& out_;
    const Labels& labels_;
    bool title_from_heading_;
    std::string para_, prefix_;
    bool open_ = false;
    bool list_item_ = false;  // the open paragraph is a list item (no setext heading then)
    char fence_ = 0;
    size_t fence_len_ = 0;
    bool in_comment_ = false;
};

}  // namespace

bool has_markdown_extension(std::string_view path) {
    size_t dot = path.find_last_of('.');
    if (dot == std::string_view::npos) return false;
    std::string ext = lower(path.substr(dot + 1));
    return ext == "md" || ext == "markdown";
}

MarkdownText markdown_to_text(std::string_view md) {
    MarkdownText result;
    std::string_view body = md.substr(front_matter(md, result));
    Labels labels;
    for_each_line(body, [&](std::string_view line) {
        std::string_view t = trim(line);
        while (t.starts_with(">")) t = trim(t.substr(1));
        if (std::string label = reference_label(t); !label.empty()) labels.insert(label);
    });
    Blocks blocks(result, labels);
    for_each_line(body, [&](std::string_view line) { blocks.line(line); });
    blocks.flush();
    while (result.text.ends_with("\n\n")) result.text.pop_back();
    return result;
}

}  // namespace placeline
