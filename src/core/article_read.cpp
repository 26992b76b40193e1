// Reading one article: bytes -> text -> title and publication date.
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "placeline/article.hpp"
#include "placeline/dates.hpp"
#include "placeline/passage.hpp"

namespace placeline {

namespace {

std::optional<std::string> read_bytes(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open file";
        return std::nullopt;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) {
        error = "read error";
        return std::nullopt;
    }
    return std::move(ss).str();
}

Day file_day(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return 0;
    return static_cast<Day>(st.st_mtime / 86400);
}

size_t count_words(std::string_view s) {
    size_t words = 0;
    bool in_word = false;
    for (char c : s) {
        bool space = c == ' ' || c == '\t';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

}  // namespace

std::string find_title(std::string_view text) {
    // The first line of four to thirty words that does not start with a bullet or a brace,
    // and is not the navigation of a site.
    for (const ByteSpan& p : split_paragraphs(text)) {
        std::string_view line = text.substr(p.start, p.end - p.start);
        if (line.size() > 300 || line.starts_with("\xE2\x80\xA2") || line.starts_with("{") || line.starts_with("\""))
            continue;
        size_t words = count_words(line);
        if (words >= 4 && words <= 30 && line.find("logo") == std::string_view::npos &&
            line.find("Skip to") == std::string_view::npos && line.find("donation") == std::string_view::npos)
            return std::string(line);
    }
    return {};
}

std::optional<Day> find_publication_date(std::string_view text) {
    // The first full date (day granularity) within the head of the article, else the first
    // full date next to "Published" or "modified" anywhere (footers of some sites).
    std::string_view head = text.substr(0, std::min<size_t>(text.size(), 4000));
    for (const DateMention& d : extract_dates(head))
        if (d.span.granularity == Granularity::day) return d.span.first;
    for (const char* cue : {"Published", "published", "modified", "Updated"}) {
        size_t at = text.find(cue);
        if (at == std::string_view::npos) continue;
        std::string_view near = text.substr(at, 80);
        for (const DateMention& d : extract_dates(near))
            if (d.span.granularity == Granularity::day) return d.span.first;
    }
    return std::nullopt;
}

Article make_article(std::string path, std::string_view bytes, Diagnostics& diags, Day fallback_day) {
    Article a;
    a.path = std::move(path);
    DecodedText decoded = decode_text(bytes);
    a.text = std::move(decoded.utf8);
    a.source_encoding = decoded.source_encoding;
    if (a.source_encoding == Encoding::windows1252)
        diags.warn(a.path, "not valid UTF-8; decoded as Windows-1252");
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
    a.title = find_title(a.text);
    if (auto d = find_publication_date(a.text)) {
        a.published = *d;
    } else {
        a.published = fallback_day;
        a.published_from_file_time = true;
        diags.info(a.path, "no publication date in the text; using the file's time (" + format_iso(fallback_day) + ")");
    }
    return a;
}

std::optional<Article> read_article(const std::string& path, Diagnostics& diags) {
    std::string error;
    auto bytes = read_bytes(path, error);
    if (!bytes) {
        diags.error(path, error);
        return std::nullopt;
    }
    if (looks_binary(*bytes)) {
        diags.error(path, "not a text file (binary content); skipped");
        return std::nullopt;
    }
    return make_article(path, *bytes, diags, file_day(path));
}

}  // namespace placeline
