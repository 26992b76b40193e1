// Markdown to text through md4c, a CommonMark parser (with GitHub's tables, strikethrough and task
// lists): it decides what is a paragraph, a list, a link or emphasis, and this file writes what a
// reader of the rendered page sees. Each block is one line; a blank line in the source between two
// blocks stays one blank line, so split_paragraphs sees the blocks the writer made. Raw HTML
// blocks are read as HTML; the YAML front matter (no Markdown at all) is read here.
#include <md4c.h>

#include <algorithm>
#include <vector>

#include "placeline/text/html.hpp"
#include "placeline/text/markdown.hpp"

namespace placeline {

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
    std::string* list_target = nullptr;           // "author:" followed by "- Name" lines
    std::string_view fm = s.substr(4, end - 3);
    for (size_t pos = 0; pos < fm.size();) {
        size_t nl = fm.find('\n', pos);
        if (nl == std::string_view::npos) nl = fm.size();
        std::string_view line = fm.substr(pos, nl - pos);
        pos = nl + 1;
        std::string_view t = trim(line);
        if (list_target && t.starts_with("- ")) {
            if (list_target->empty()) *list_target = unquote(t.substr(2));
            continue;
        }
        list_target = nullptr;
        size_t colon = line.find(':');
        if (colon == std::string_view::npos || is_space(line.front())) continue;
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
        if (!target || !target->empty()) continue;
        *target = value;
        if (value.empty()) list_target = target;
    }
    return body;
}

// The text md4c reports, turned into lines.
class Writer {
public:
    Writer(MarkdownText& out, std::string_view body) : out_(out), body_(body), title_from_heading_(out.title.empty()) {}

    void enter_block(MD_BLOCKTYPE type, void* detail) {
        end_line();
        check_gap_ = true;
        switch (type) {
            case MD_BLOCK_OL:
                ordered_.push_back(static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start);
                delimiter_.push_back(static_cast<MD_BLOCK_OL_DETAIL*>(detail)->mark_delimiter);
                break;
            case MD_BLOCK_UL:
                ordered_.push_back(0);
                delimiter_.push_back(0);
                break;
            case MD_BLOCK_LI:
                // Bullets go (a reader sees a dot, not a word); numbers are read, they stay.
                if (!ordered_.empty() && delimiter_.back())
                    prefix_ = std::to_string(ordered_.back()++) + delimiter_.back() + ' ';
                break;
            case MD_BLOCK_CODE: verbatim_ = true; break;
            case MD_BLOCK_HTML: verbatim_ = true; break;
            case MD_BLOCK_TR: row_.clear(); break;
            case MD_BLOCK_TH: case MD_BLOCK_TD: in_cell_ = true; break;
            default: break;
        }
    }

    void leave_block(MD_BLOCKTYPE type, void* detail) {
        switch (type) {
            case MD_BLOCK_H: {
                if (static_cast<MD_BLOCK_H_DETAIL*>(detail)->level == 1 && title_from_heading_ && out_.title.empty())
                    out_.title = line_;
                break;
            }
            case MD_BLOCK_OL: case MD_BLOCK_UL:
                ordered_.pop_back();
                delimiter_.pop_back();
                break;
            case MD_BLOCK_CODE:
                // Code is kept as written, line by line.
                for (size_t pos = 0; pos < raw_.size();) {
                    size_t nl = raw_.find('\n', pos);
                    if (nl == std::string::npos) nl = raw_.size();
                    emit(raw_.substr(pos, nl - pos), true);
                    pos = nl + 1;
                }
                raw_.clear();
                verbatim_ = false;
                break;
            case MD_BLOCK_HTML: {
                // A block of raw HTML is rendered as HTML by a Markdown viewer: read it so.
                HtmlText html = html_to_text(raw_);
                raw_.clear();
                verbatim_ = false;
                std::string_view t = html.text;
                for (size_t pos = 0; pos < t.size();) {
                    size_t nl = t.find('\n', pos);
                    if (nl == std::string_view::npos) nl = t.size();
                    emit(std::string(t.substr(pos, nl - pos)), false);
                    pos = nl + 1;
                }
                break;
            }
            case MD_BLOCK_TH: case MD_BLOCK_TD:
                if (!line_.empty()) row_ += (row_.empty() ? "" : " \xC2\xB7 ") + line_;
                reset_line();
                in_cell_ = false;
                break;
            case MD_BLOCK_TR:
                emit(std::move(row_), false);
                row_.clear();
                break;
            default: break;
        }
        end_line();
        check_gap_ = true;
    }

    void enter_span(MD_SPANTYPE type, void* detail) {
        if (type == MD_SPAN_IMG) ++hidden_;  // a reader sees the picture, not its alt text
        if (type == MD_SPAN_A) {
            const MD_ATTRIBUTE& href = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
            link_href_.assign(href.text, href.size);
            link_starts_ = true;
            links_.push_back(false);
        }
    }

    void leave_span(MD_SPANTYPE type) {
        if (type == MD_SPAN_IMG) {
            --hidden_;
            after_gap_ = true;
        }
        if (type == MD_SPAN_A) {
            if (links_.back()) {
                --hidden_;
                after_gap_ = true;
            }
            links_.pop_back();
        }
    }

    void text(MD_TEXTTYPE type, std::string_view s) {
        if (s.data() >= body_.data() && s.data() + s.size() <= body_.data() + body_.size()) {
            size_t at = size_t(s.data() - body_.data());
            if (check_gap_ && at >= seen_) blank_ |= blank_line_between(seen_, at);
            check_gap_ = false;
            if (link_starts_ && autolink(at, s)) {
                links_.back() = true;
                ++hidden_;
            }
            seen_ = std::max(seen_, at + s.size());
        }
        link_starts_ = false;
        if (verbatim_) {
            raw_ += s;
            return;
        }
        switch (type) {
            case MD_TEXT_HTML: after_gap_ = true; return;  // inline tags and comments: never shown
            case MD_TEXT_SOFTBR: add(" "); return;
            case MD_TEXT_BR: end_line(); return;
            case MD_TEXT_NULLCHAR: add("\xEF\xBF\xBD"); return;
            case MD_TEXT_ENTITY: {
                std::string decoded;
                add(decode_entity(s, 0, decoded) ? std::string_view(decoded) : s);
                return;
            }
            default: add(s); return;
        }
    }

    void finish() { end_line(); }

private:
    // "<https://example.org>": the link's text is its destination, which must not be geoparsed.
    bool autolink(size_t at, std::string_view s) const {
        if (at == 0 || body_[at - 1] != '<') return false;
        return link_href_ == s || link_href_ == "mailto:" + std::string(s);
    }

    // Whether the source between two texts holds a line with nothing but spaces and quote marks.
    bool blank_line_between(size_t from, size_t to) const {
        bool line_start = from == 0 || body_[from - 1] == '\n';
        bool blank = line_start;
        for (size_t i = from; i < to; ++i) {
            char c = body_[i];
            if (c == '\n') {
                if (blank) return true;
                blank = true;
            } else if (!is_space(c) && c != '>') {
                blank = false;
            }
        }
        return false;
    }

    // Spaces collapse; after something dropped (an image, a tag) no space comes before punctuation:
    // "and ![x](y)," reads "and,".
    void add(std::string_view s) {
        if (hidden_) return;
        for (char c : s) {
            if (is_space(c) || c == '\n') {
                space_ = !line_.empty();
                continue;
            }
            if (space_ && !(after_gap_ && std::string_view(",.;:!?)").find(c) != std::string_view::npos)) line_ += ' ';
            space_ = after_gap_ = false;
            line_ += c;
        }
    }

    void reset_line() {
        line_.clear();
        space_ = after_gap_ = false;
    }

    void end_line() {
        if (in_cell_) return;  // a cell ends with its block
        if (!line_.empty()) emit(prefix_ + line_, false);
        if (!line_.empty()) prefix_.clear();
        reset_line();
    }

    void emit(std::string s, bool keep_empty) {
        if (s.empty() && !keep_empty) return;
        if (blank_ && !out_.text.empty() && !out_.text.ends_with("\n\n")) out_.text += '\n';
        blank_ = false;
        out_.text += s;
        out_.text += '\n';
    }

    MarkdownText& out_;
    std::string_view body_;
    bool title_from_heading_;
    std::string line_, prefix_, raw_, row_, link_href_;
    bool space_ = false, after_gap_ = false;
    bool verbatim_ = false, in_cell_ = false;
    bool check_gap_ = true, blank_ = false, link_starts_ = false;
    size_t seen_ = 0;    // end of the last source text reported
    int hidden_ = 0;     // inside an image or an autolink
    std::vector<unsigned> ordered_;
    std::vector<char> delimiter_;
    std::vector<bool> links_;  // per open link: is it an autolink (hidden)
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
    Writer w(result, body);
    MD_PARSER parser{};
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
    parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) { return static_cast<Writer*>(u)->enter_block(t, d), 0; };
    parser.leave_block = [](MD_BLOCKTYPE t, void* d, void* u) { return static_cast<Writer*>(u)->leave_block(t, d), 0; };
    parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) { return static_cast<Writer*>(u)->enter_span(t, d), 0; };
    parser.leave_span = [](MD_SPANTYPE t, void*, void* u) { return static_cast<Writer*>(u)->leave_span(t), 0; };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) {
        return static_cast<Writer*>(u)->text(t, std::string_view(s, n)), 0;
    };
    md_parse(body.data(), MD_SIZE(body.size()), &parser, &w);
    w.finish();
    return result;
}

}  // namespace placeline
