#pragma once
// One article: its decoded text and what we know about it.
#include <optional>
#include <string>
#include <vector>

#include "placeline/date.hpp"
#include "placeline/diagnostics.hpp"
#include "placeline/text.hpp"

namespace placeline {

struct Article {
    std::string path;    // as given by the user (or found in a folder they gave)
    std::string title;
    std::string text;    // decoded UTF-8, '\n' line ends
    Encoding source_encoding = Encoding::utf8;
    Day published = 0;
    bool published_from_file_time = false;  // no date in the text: the file's time stands in
};

// Reads and decodes one file. Returns nothing (and reports why) when the file cannot be read
// or is not text.
std::optional<Article> read_article(const std::string& path, Diagnostics& diags);

// Builds an article from text already in memory (tests, drag-and-drop of text).
Article make_article(std::string path, std::string_view bytes, Diagnostics& diags, Day fallback_day);

// The publication date written in the article's own text, if any.
std::optional<Day> find_publication_date(std::string_view text);

// A title: the first line that reads like a headline.
std::string find_title(std::string_view text);

}  // namespace placeline
