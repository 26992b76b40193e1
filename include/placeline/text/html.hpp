#pragma once
// HTML to plain text: a careful tag stripper, not a browser. Block elements become line breaks
// (one paragraph per line, as in text dumps of web pages), list items become "• " lines, entities
// are decoded, and what a reader never sees (scripts, styles, templates, comments) or skips
// (<nav>) is dropped and counted. The page's own metadata (<title>, <h1>, <meta> author, site
// name and publication time) is kept aside.
#include <string>
#include <string_view>

namespace placeline {

struct HtmlText {
    std::string text;
    std::string title;      // the first <h1>, else <title>
    std::string author;     // <meta name="author">
    std::string site_name;  // <meta property="og:site_name">
    std::string published;  // <meta property="article:published_time"> (ISO 8601 as written)
    size_t dropped_elements = 0;  // scripts, styles, navigation... removed with their content
};

// True when the bytes look like an HTML document rather than text (a doctype or <html> near the
// start, or several tags in the first kilobyte).
bool looks_like_html(std::string_view bytes);

HtmlText html_to_text(std::string_view html);

// The charset a page declares in its first 4 KB (before decoding, so on raw bytes):
// <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">.
// Empty when there is none.
std::string declared_charset(std::string_view bytes);

// Decodes one entity at s[i] == '&' (any HTML5 name with its ';', &#NNN; or &#xHH;), appending
// UTF-8 to out; returns the number of bytes used, or 0 when it is no entity (the '&' is then kept
// as it is).
size_t decode_entity(std::string_view s, size_t i, std::string& out);

}  // namespace placeline
