#pragma once
// One article: its decoded text and what we know about it.
#include <optional>
#include <string>
#include <vector>

#include "placeline/boilerplate.hpp"
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
    std::string author;  // from a byline or the page's metadata; empty when the text names none
    std::string source;  // the site or publisher (copyright line, site name, domain); may be empty
    // Page noise found in `text` (navigation, forms, link lists...): the corpus makes no passages
    // of these paragraphs, but the text keeps them so that every offset stays as in the file.
    std::vector<Boilerplate> boilerplate;
};

// Reads and decodes one file. Returns nothing (and reports why) when the file cannot be read
// or is not text.
std::optional<Article> read_article(const std::string& path, Diagnostics& diags);

// Builds an article from text already in memory (tests, drag-and-drop of text).
Article make_article(std::string path, std::string_view bytes, Diagnostics& diags, Day fallback_day);

// The publication date written in the article's own text, if any: a full date in a short line
// near the top (a byline or dateline), else one after "Published", "Updated" or "modified".
std::optional<Day> find_publication_date(std::string_view text);
std::optional<Day> find_publication_date(std::string_view text, const std::vector<Boilerplate>& boilerplate);

// A title: the first line that reads like a headline, before the body starts.
std::string find_title(std::string_view text);
std::string find_title(std::string_view text, const std::vector<Boilerplate>& boilerplate);

// The author named in a byline ("By Leila Alieva") or in the page's JSON metadata.
std::string find_author(std::string_view text, const std::vector<Boilerplate>& boilerplate);

// The site or publisher: a copyright holder ("(c) 2026 Carnegie Endowment...") or a site's domain
// in the page furniture ("GlobalSecurity.org").
std::string find_source(std::string_view text, const std::vector<Boilerplate>& boilerplate);

}  // namespace placeline
