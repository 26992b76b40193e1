#pragma once
// What an article says about itself: its title, author, site and publication date, read from
// the text's first lines, bylines, datelines and page furniture.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "placeline/text/boilerplate.hpp"
#include "placeline/time/date.hpp"

namespace placeline {

// The publication date written in the article's own text, if any: a full date in a short line
// near the top (a byline or a dateline on its own line), in the dateline that opens the lead
// paragraph ("KHARKIV, Ukraine, March 2, 2022 -- ..."), in page metadata kept as text (JSON-LD
// "datePublished"), else one after "Published", "Updated", "Posted" or "modified".
std::optional<Day> find_publication_date(std::string_view text);
std::optional<Day> find_publication_date(std::string_view text, const std::vector<Boilerplate>& bp);

// "datePublished" in JSON-LD anywhere in raw page source (HTML drops its scripts from the text).
std::optional<Day> find_json_ld_date(std::string_view raw);

// A date the article was published no earlier than, when it states none: the start of the latest
// time it names with a year (outside page furniture). Nothing when it names none.
std::optional<Day> infer_publication_date(std::string_view text, const std::vector<Boilerplate>& bp);
// Whether infer_publication_date finds a date, answered at the first paragraph that names one:
// that paragraph's latest date, not necessarily the article's. For callers that ask only whether
// the text names a date (a long document's other paragraphs are not read).
std::optional<Day> infer_publication_date_first(std::string_view text, const std::vector<Boilerplate>& bp);

// A title: the first line that reads like a headline, before the body starts.
std::string find_title(std::string_view text);
std::string find_title(std::string_view text, const std::vector<Boilerplate>& boilerplate);

// The author named in a byline ("By Leila Alieva") or in the page's JSON metadata.
std::string find_author(std::string_view text, const std::vector<Boilerplate>& boilerplate);

// The site or publisher: a copyright holder ("(c) 2026 Carnegie Endowment...") or a site's domain
// in the page furniture ("GlobalSecurity.org").
std::string find_source(std::string_view text, const std::vector<Boilerplate>& boilerplate);

}  // namespace placeline
