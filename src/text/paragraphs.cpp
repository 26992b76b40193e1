// Paragraph splitting. Web page dumps put one paragraph per line; plain-text files often wrap
// lines at a fixed width. A line break joins two lines only when the first does not end a
// sentence and the next begins in lower case, which keeps both kinds of input right.
#include <cctype>

#include "placeline/text/segments.hpp"

namespace placeline {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

// Trimmed [start, end) of the line that begins at `start`; returns the index after its '\n'.
size_t line_at(std::string_view text, size_t start, size_t& b, size_t& e) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    b = start;
    e = end;
    while (b < e && is_space(text[b])) ++b;
    while (e > b && (is_space(text[e - 1]) || text[e - 1] == '\r')) --e;
    // Non-breaking spaces (U+00A0) trail many web dumps.
    while (e >= b + 2 && static_cast<unsigned char>(text[e - 2]) == 0xC2 && static_cast<unsigned char>(text[e - 1]) == 0xA0) {
        e -= 2;
        while (e > b && is_space(text[e - 1])) --e;
    }
    return nl == std::string_view::npos ? text.size() : nl + 1;
}

bool ends_sentence(std::string_view line) {
    if (line.empty()) return true;
    unsigned char c = static_cast<unsigned char>(line.back());
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == ')') return true;
    if (c >= 0x80) return true;  // closing quotes and dashes: treat as complete
    return false;
}

bool starts_lower(std::string_view line) {
    return !line.empty() && std::islower(static_cast<unsigned char>(line.front()));
}


// A passage is something a person reads: a "paragraph" of megabytes (a file without line
// breaks) is cut at spaces into pieces of at most this size.
constexpr size_t max_passage_bytes = 64 * 1024;

void push_capped(std::string_view text, ByteSpan p, std::vector<ByteSpan>& out) {
    while (p.end - p.start > max_passage_bytes) {
        uint32_t cut = p.start + uint32_t(max_passage_bytes);
        uint32_t space = cut;
        while (space > p.start + max_passage_bytes / 2 && text[space] != ' ') --space;
        if (text[space] == ' ') cut = space;
        else  // no space: never cut inside a UTF-8 sequence
            while (cut > p.start && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        out.push_back({p.start, cut});
        p.start = cut;
        while (p.start < p.end && text[p.start] == ' ') ++p.start;
    }
    if (p.end > p.start) out.push_back(p);
}

}  // namespace

std::vector<ByteSpan> split_paragraphs(std::string_view text) {
    std::vector<ByteSpan> out;
    size_t pos = 0;
    bool open = false;
    ByteSpan current;
    std::string_view last_line;
    while (pos < text.size()) {
        size_t b, e;
        pos = line_at(text, pos, b, e);
        if (b == e) {  // blank line: always a break
            if (open) push_capped(text, current, out);
            open = false;
            continue;
        }
        std::string_view line = text.substr(b, e - b);
        if (open && !ends_sentence(last_line) && starts_lower(line) && last_line.size() >= 40) {
            current.end = static_cast<uint32_t>(e);  // a wrapped line continues the paragraph
        } else {
            if (open) push_capped(text, current, out);
            current = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
            open = true;
        }
        last_line = line;
    }
    if (open) push_capped(text, current, out);
    return out;
}

}  // namespace placeline
