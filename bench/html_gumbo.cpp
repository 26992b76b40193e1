// The candidate the program does not use: HTML to text through gumbo, an HTML5 parser, with the
// rules of src/text/html_strip.cpp applied to gumbo's tree (what a reader sees, where lines
// break). The tree is the one a browser builds, but gumbo reads about 15 times slower than the
// hand-written reader (bench/README.md, BM_HtmlToText_gumbo), so it stays here as that figure's
// measure.
#include <gumbo.h>

#include <algorithm>
#include <vector>

#include "html_gumbo.hpp"
#include "placeline/text/html.hpp"

namespace placeline {

namespace {

bool html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

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

// Builds the text: runs of spaces collapse, block boundaries become one line break. A no-break
// space reads as a space and a soft hyphen shows nothing, as on the rendered page.
class TextOut {
public:
    std::string text;
    void chars(std::string_view s) {
        for (size_t i = 0; i < s.size(); ++i) {
            char c = s[i];
            if (c == '\xC2' && i + 1 < s.size() && (s[i + 1] == '\xA0' || s[i + 1] == '\xAD')) {
                ++i;
                if (s[i] == '\xAD') continue;
                c = ' ';
            }
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

// Elements whose content a reader never sees or skips: dropped with their content, and counted.
bool dropped(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_SVG: case GUMBO_TAG_NAV: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SELECT:
        case GUMBO_TAG_BUTTON: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT:
            return true;
        default:
            return false;
    }
}

// Elements that start and end a line of their own.
bool block(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
        case GUMBO_TAG_OL: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_MAIN:
        case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HR:
        case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_FORM: case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_PRE: case GUMBO_TAG_H1:
            return true;
        default:
            return false;
    }
}

std::string attribute(const GumboElement& e, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
    return a ? std::string(a->value) : std::string();
}

std::string lower(std::string s) {
    for (char& c : s) c = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    return s;
}

// The text of a node's subtree (for <title>).
std::string subtree_text(const GumboNode* node) {
    std::string out;
    std::vector<const GumboNode*> stack{node};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            out += n->v.text.text;
        } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
            const GumboVector& c = n->v.element.children;
            for (unsigned i = c.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(c.data[i]));
        }
    }
    return out;
}

struct Walker {
    HtmlText& result;
    TextOut out;
    size_t h1_start = std::string::npos;
    std::string h1;  // the page's headline, preferred to its <title> (which often adds the site)

    void meta(const GumboElement& e) {
        std::string key = attribute(e, "name");
        if (key.empty()) key = attribute(e, "property");
        key = lower(std::move(key));
        std::string content = collapse_spaces(attribute(e, "content"));
        if (key == "author" && result.author.empty()) result.author = content;
        else if (key == "og:site_name" && result.site_name.empty()) result.site_name = content;
        else if ((key == "article:published_time" || key == "date" || key == "pubdate") && result.published.empty())
            result.published = content;
    }

    // Returns false when the element's children are to be skipped.
    bool open(const GumboNode* node) {
        const GumboElement& e = node->v.element;
        GumboTag t = e.tag;
        if (t == GUMBO_TAG_TITLE) {
            if (result.title.empty()) result.title = collapse_spaces(subtree_text(node));
            return false;
        }
        if (dropped(t)) {
            ++result.dropped_elements;
            return false;
        }
        if (t == GUMBO_TAG_META) meta(e);
        if (block(t)) out.line_break();
        if (t == GUMBO_TAG_PRE) out.set_pre(true);
        if (t == GUMBO_TAG_H1) h1_start = out.text.size();
        if (t == GUMBO_TAG_LI) out.chars("\xE2\x80\xA2 ");
        return true;
    }

    void close(const GumboElement& e) {
        GumboTag t = e.tag;
        if (block(t)) out.line_break();
        if (t == GUMBO_TAG_PRE) out.set_pre(false);
        if (t == GUMBO_TAG_H1 && h1_start != std::string::npos && h1_start <= out.text.size()) {
            if (h1.empty()) h1 = collapse_spaces(std::string_view(out.text).substr(h1_start));
            h1_start = std::string::npos;
        }
    }

    // Depth first without recursion: a page of a hundred thousand nested tags must not overflow
    // the stack.
    void walk(const GumboNode* document) {
        struct Frame {
            const GumboNode* node;
            unsigned next;
        };
        std::vector<Frame> stack{{document, 0}};
        while (!stack.empty()) {
            Frame& f = stack.back();
            const GumboVector& children = f.node->type == GUMBO_NODE_DOCUMENT ? f.node->v.document.children
                                                                              : f.node->v.element.children;
            if (f.next == children.length) {
                if (f.node->type != GUMBO_NODE_DOCUMENT) close(f.node->v.element);
                stack.pop_back();
                continue;
            }
            const GumboNode* child = static_cast<const GumboNode*>(children.data[f.next++]);
            switch (child->type) {
                case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA:
                    out.chars(child->v.text.text);
                    break;
                case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE:
                    if (open(child)) stack.push_back({child, 0});
                    break;
                default:  // comments
                    break;
            }
        }
    }
};

}  // namespace

HtmlText html_to_text_gumbo(std::string_view html) {
    HtmlText result;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // the errors are not read: do not collect them
    GumboOutput* tree = gumbo_parse_with_options(&options, html.data(), html.size());
    Walker w{result, {}, std::string::npos, {}};
    w.walk(tree->document);
    gumbo_destroy_output(&options, tree);
    w.out.line_break();
    if (!w.h1.empty()) result.title = w.h1;
    result.text = std::move(w.out.text);
    return result;
}

}  // namespace placeline
