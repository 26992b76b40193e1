// Reading one article: bytes -> text -> title and publication date.

#include <cctype>
#include <chrono>
#include <fstream>
#include <sstream>

#include "placeline/base/input_file.hpp"
#include "placeline/corpus/article.hpp"
#include "placeline/time/dates.hpp"
#include "placeline/text/html.hpp"
#include "placeline/text/markdown.hpp"
#include "placeline/corpus/passage.hpp"

namespace placeline {

namespace {

std::optional<std::string> read_bytes(const std::string& path, std::string& error, int64_t& modified) {
    std::string bytes;
    if (!read_input_file(path, bytes, error, &modified)) {
        error = "cannot read: " + error + "; skipped";
        return std::nullopt;
    }
    return bytes;
}

bool has_html_extension(const std::string& path) {
    size_t dot = path.find_last_of('.');
    if (dot == std::string::npos) return false;
    std::string ext = path.substr(dot + 1);
    for (char& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
    return ext == "html" || ext == "htm";
}

// The day of a file's modification time (seconds since 1970).
Day file_day(int64_t modified) { return static_cast<Day>(modified / 86400); }

// Says which of title, author and site the article does not name (an info, not a warning). The
// seven messages are made once: building each from pieces cost some 1,200 instructions an article.
void note_missing_metadata(const Article& a, Diagnostics& diags) {
    static const std::string* const messages = [] {
        auto* m = new std::string[8];  // by bits: 1 title, 2 author, 4 site
        for (int bits = 1; bits < 8; ++bits) {
            std::string missing;
            if (bits & 1) missing += "title";
            if (bits & 2) missing += std::string(missing.empty() ? "" : ", ") + "author";
            if (bits & 4) missing += std::string(missing.empty() ? "" : ", ") + "site";
            m[bits] = "not named in the text: " + missing;
        }
        return m;
    }();
    const int bits = (a.title.empty() ? 1 : 0) | (a.author.empty() ? 2 : 0) | (a.source.empty() ? 4 : 0);
    if (bits) diags.info(a.path, messages[bits]);
}

// make_article's work. `owned`, when given, holds `bytes` and may be taken for the text (the file
// read by read_article, needed no more): valid UTF-8 is then not copied.
Article article_from(std::string path, std::string_view bytes, std::string* owned, Diagnostics& diags,
                     Day fallback_day, InferredDate inferred) {
    Article a;
    a.path = std::move(path);
    const bool is_markdown = has_markdown_extension(a.path);  // asked once: it lower-cases a copy
    bool is_html = has_html_extension(a.path) || (!is_markdown && looks_like_html(bytes));
    std::string charset = is_html && !is_valid_utf8(bytes) ? declared_charset(bytes) : std::string();
    DecodedText decoded = owned ? decode_owned_text(std::move(*owned), charset) : decode_text(bytes, charset);
    bytes = {};  // perhaps moved into the text: not read from here on
    a.source_encoding = decoded.source_encoding;
    if (!decoded.unknown_charset.empty())
        diags.warn(a.path, "not valid UTF-8 and its declared charset '" + decoded.unknown_charset +
                               "' is unknown; decoded as Windows-1252");
    else if (a.source_encoding == Encoding::windows1252)
        diags.warn(a.path, "not valid UTF-8; decoded as Windows-1252");
    else if (a.source_encoding == Encoding::declared)
        diags.info(a.path, "not valid UTF-8; decoded as " + decoded.charset +
                               (decoded.charset.starts_with("UTF-16") ? ", as its byte order mark says" : ", the charset the page declares"));
    std::optional<HtmlText> html;
    std::optional<MarkdownText> md;
    if (is_html) {
        html = html_to_text(decoded.utf8);
        a.text = std::move(html->text);
    } else if (is_markdown) {
        md = markdown_to_text(decoded.utf8);
        a.text = std::move(md->text);
    } else {
        a.text = std::move(decoded.utf8);
    }
    size_t longest = 0;
    for (size_t start = 0; start < a.text.size();) {
        size_t nl = a.text.find('\n', start);
        size_t end = nl == std::string::npos ? a.text.size() : nl;
        longest = std::max(longest, end - start);
        start = end + 1;
    }
    if (longest > 1024 * 1024)
        diags.warn(a.path, "a line of " + std::to_string(longest / (1024 * 1024)) +
                               " MB without a break: its passages are cut at 64 KB");

    a.boilerplate = find_boilerplate(a.text);
    std::string removed = describe_boilerplate(a.boilerplate);
    if (html && html->dropped_elements)
        removed += std::string(removed.empty() ? "" : "; ") + "scripts, styles and navigation elements: " +
                   std::to_string(html->dropped_elements);
    if (!removed.empty()) diags.info(a.path, "page noise left out of the passages: " + removed);
    {
        // An article all of whose text went as noise gives no passages and no places: say so.
        bool kept = false;
        size_t b = 0;
        for (size_t i = 0; i < a.text.size() && !kept; ++i) {
            while (b < a.boilerplate.size() && a.boilerplate[b].span.end <= i) ++b;
            bool inside = b < a.boilerplate.size() && a.boilerplate[b].span.start <= i;
            char c = a.text[i];
            kept = !inside && c != ' ' && c != '\n' && c != '\r' && c != '\t';
        }
        // ...whether the noise rules or the page reader (scripts, navigation) took it.
        if (!kept && (!a.boilerplate.empty() || (html && html->dropped_elements)))
            diags.warn(a.path, "all of its text was left out as page noise (" + removed + "): no passages, no places");
    }

    // The page's own metadata (HTML meta tags, Markdown front matter) beats what the text suggests.
    std::string meta_title = html ? html->title : md ? md->title : "";
    std::string meta_author = html ? html->author : md ? md->author : "";
    std::string meta_site = html ? html->site_name : md ? md->site_name : "";
    std::string meta_published = html ? html->published : md ? md->published : "";
    a.title = !meta_title.empty() ? meta_title : find_title(a.text, a.boilerplate);
    a.author = !meta_author.empty() ? meta_author : find_author(a.text, a.boilerplate);
    a.source = !meta_site.empty() ? meta_site : find_source(a.text, a.boilerplate);
    if (inferred == InferredDate::none) {
        a.undated = true;
        note_missing_metadata(a, diags);
        return a;
    }
    std::optional<Day> published;
    if (meta_published.size() >= 10) published = parse_iso_date(std::string_view(meta_published).substr(0, 10));
    if (!published && !meta_published.empty())  // "September 28, 2023" in front matter
        for (const DateMention& d : extract_dates(meta_published))
            if (d.span.granularity == Granularity::day) {
                published = d.span.first;
                break;
            }
    if (!published && html) published = find_json_ld_date(decoded.utf8);
    if (!published) published = find_publication_date(a.text, a.boilerplate);
    if (!published) {
        const bool latest = inferred == InferredDate::latest;
        published = latest ? infer_publication_date(a.text, a.boilerplate)
                           : infer_publication_date_first(a.text, a.boilerplate);
        a.published_inferred = published.has_value();
        if (published)
            diags.info(a.path, "no publication date in the text; inferred " + format_iso(*published) +
                                   (latest ? " from the latest date it names" : " from a date it names"));
    }
    if (published) {
        a.published = *published;
    } else {
        // Never silently: after a copy or a clone the file's time is today, not the story's.
        a.published = fallback_day;
        a.published_from_file_time = true;
        diags.warn(a.path, "no date in the text; using the file's time (" + format_iso(fallback_day) + ") as its publication date");
    }
    note_missing_metadata(a, diags);
    return a;
}

}  // namespace

Article make_article(std::string path, std::string_view bytes, Diagnostics& diags, Day fallback_day,
                     InferredDate inferred) {
    return article_from(std::move(path), bytes, nullptr, diags, fallback_day, inferred);
}

std::optional<Article> read_article(const std::string& path, Diagnostics& diags, InferredDate inferred) {
    std::string error;
    int64_t modified = 0;
    auto bytes = read_bytes(path, error, modified);
    if (!bytes) {
        diags.error(path, error);
        return std::nullopt;
    }
    if (looks_binary(*bytes)) {
        diags.error(path, "not a text file (binary content); skipped");
        return std::nullopt;
    }
    // The file's time is a publication date's last resort, taken from the fstat that checked the
    // open file (a stat of the path after reading it had cost a call a file); an undated read
    // (geoparse) never asks for it.
    const std::string_view view = *bytes;
    return article_from(path, view, &*bytes, diags, inferred == InferredDate::none ? Day(0) : file_day(modified),
                        inferred);
}

}  // namespace placeline
