#pragma once
// Inline Markdown (inside one paragraph or heading) to plain text; used by markdown.cpp only.
#include <set>
#include <string>
#include <string_view>

namespace placeline::markdown_detail {

// Link labels defined by reference definitions ("[label]: url"), lower case: a shortcut "[label]"
// is a link only when its label is defined, otherwise "[sic]" stays as written.
using Labels = std::set<std::string>;

std::string lower_label(std::string_view label);

// Emphasis, code, link and image syntax, entities, escapes, inline HTML: what a reader of the
// rendered paragraph sees, with runs of spaces collapsed.
std::string inline_text(std::string_view s, const Labels& labels);

}  // namespace placeline::markdown_detail
