#pragma once
// HTML to text through gumbo: the same output rules as html_to_text, on an HTML5 tree; measured
// against it in bench_markdown.cpp (see html_gumbo.cpp for why the program does not use it).
#include <string_view>

#include "placeline/text/html.hpp"

namespace placeline {
HtmlText html_to_text_gumbo(std::string_view html);
}  // namespace placeline
