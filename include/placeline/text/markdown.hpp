#pragma once
// Markdown to plain text, done when the file is read, exactly as HTML is: the article's text is the
// decoded text (what a reader of the rendered page sees), so every offset points into it and no
// later stage needs to know the file was Markdown. The document is parsed as CommonMark (md4c, with
// GitHub's tables, strikethrough and task lists). Headings become lines of their own, soft-wrapped
// lines are joined into one paragraph per line, list items lose their bullets (numbers stay),
// table rows become lines of cells joined by " · ", blocks of raw HTML are read as HTML, and the
// syntax a reader never sees is dropped: link targets and reference definitions (their URLs
// must not be geoparsed), autolinks, images, HTML comments and tags, emphasis and code markers,
// blockquote marks, fences and rules. YAML front matter gives the title, author, site and date.
#include <string>
#include <string_view>

namespace placeline {

struct MarkdownText {
    std::string text;
    std::string title;      // front matter `title`, else the first level-1 heading
    std::string author;     // front matter `author` (the first one of a list)
    std::string site_name;  // front matter `source`, `site` or `publisher`
    std::string published;  // front matter `date`, `published` or `pubDate`, as written
};

// .md, .markdown (any case), as the corpus collects them from folders.
bool has_markdown_extension(std::string_view path);

MarkdownText markdown_to_text(std::string_view markdown);

}  // namespace placeline
