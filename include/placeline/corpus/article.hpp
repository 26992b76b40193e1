#pragma once
// One article: its decoded text and what we know about it.
#include <optional>
#include <string>
#include <vector>

#include "placeline/text/article_meta.hpp"
#include "placeline/text/boilerplate.hpp"
#include "placeline/time/date.hpp"
#include "placeline/base/diagnostics.hpp"
#include "placeline/text/text.hpp"

namespace placeline {

struct Article {
    std::string path;    // as given by the user (or found in a folder they gave)
    std::string title;
    std::string text;    // decoded UTF-8, '\n' line ends
    Encoding source_encoding = Encoding::utf8;
    Day published = 0;
    bool published_inferred = false;        // no publication date stated: inferred from the dates it names
    bool published_from_file_time = false;  // no date in the text at all: the file's time stands in
    // The caller asked for no date (InferredDate::none): none was looked for, `published` stays 0
    // (the epoch, not a date of this article) and the two flags above stay false.
    bool undated = false;
    std::string author;  // from a byline or the page's metadata; empty when the text names none
    std::string source;  // the site or publisher (copyright line, site name, domain); may be empty
    // Page noise found in `text` (navigation, forms, link lists...): the corpus makes no passages
    // of these paragraphs, but the text keeps them so that every offset stays as in the file.
    std::vector<Boilerplate> boilerplate;
};

// How an article that states no publication date gets one from the dates it names: the latest
// of them (`latest`), or, for a caller that asks only whether it names one, the latest of the
// first paragraph naming one (`any`), which spares reading a long document's every paragraph with
// the date grammar. The warnings are the same.
// `none`: no publication date is looked for at all, and no date is warned about, for a caller
// that never reads one (`geoparse`); the article is marked `undated`.
enum class InferredDate { latest, any, none };

// Reads and decodes one file. Returns nothing (and reports why) when the file cannot be read
// or is not text.
std::optional<Article> read_article(const std::string& path, Diagnostics& diags,
                                    InferredDate inferred = InferredDate::latest);

// Builds an article from text already in memory (tests, drag-and-drop of text).
Article make_article(std::string path, std::string_view bytes, Diagnostics& diags, Day fallback_day,
                     InferredDate inferred = InferredDate::latest);

}  // namespace placeline
