#pragma once
// Transitional: the gumbo-based HTML and md4c-based Markdown readers beside the hand-written ones,
// so that bench/bench_markdown.cpp can measure both on the same input.
#include "placeline/text/html.hpp"
#include "placeline/text/markdown.hpp"

namespace placeline {
HtmlText html_to_text_gumbo(std::string_view html);
MarkdownText markdown_to_text_md4c(std::string_view markdown);
}  // namespace placeline
