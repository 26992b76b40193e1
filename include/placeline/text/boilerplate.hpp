#pragma once
// Page noise in saved web articles: what a reader skips. Found paragraph by paragraph (the
// paragraphs of split_paragraphs), so an article's text keeps every byte and every offset, and the
// corpus simply makes no passage of a boilerplate paragraph.
#include <string>
#include <string_view>
#include <vector>

#include "placeline/text/segments.hpp"

namespace placeline {

enum class BoilerplateKind : uint8_t {
    navigation,      // "Skip to content", menu bullets, logos, donation banners
    subscription,    // "Subscribe", "* indicates required", newsletter and comment forms
    link_list,       // "More work from ...", "Editors' Picks" and the list of links after it
    metadata_json,   // a JSON blob of page metadata
    other_language,  // teaser lists and language switchers in other languages or scripts
    byline,          // "By ...", "Published on ...", a date alone on its line
    footer,          // copyright lines
};
const char* to_string(BoilerplateKind k);

struct Boilerplate {
    ByteSpan span;  // one whole paragraph
    BoilerplateKind kind;
};

std::vector<Boilerplate> find_boilerplate(std::string_view text);

// "site navigation: 4 paragraphs; JSON metadata: 34 paragraphs" (empty when there is none).
std::string describe_boilerplate(const std::vector<Boilerplate>& found);

// Is this passage span one of the boilerplate paragraphs (or inside one)?
bool is_boilerplate(const std::vector<Boilerplate>& found, ByteSpan span);

}  // namespace placeline
