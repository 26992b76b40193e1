// libFuzzer target: the text path of an article on arbitrary bytes: decoding (UTF-8 or
// Windows-1252), the HTML stripper, the Markdown reader, boilerplate, paragraphs and sentences. Every span must lie
// inside the text and sentences inside their paragraph.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "placeline/text/boilerplate.hpp"
#include "placeline/text/html.hpp"
#include "placeline/text/markdown.hpp"
#include "placeline/corpus/passage.hpp"
#include "placeline/text/text.hpp"

namespace {

void check_text(std::string_view text) {
    using namespace placeline;
    auto boilerplate = find_boilerplate(text);
    for (const Boilerplate& b : boilerplate)
        if (b.span.start > b.span.end || b.span.end > text.size()) std::abort();
    for (const ByteSpan& p : split_paragraphs(text)) {
        if (p.start >= p.end || p.end > text.size()) std::abort();
        (void)is_boilerplate(boilerplate, p);
        for (const ByteSpan& s : split_sentences(text, p))
            if (s.start < p.start || s.end > p.end || s.start >= s.end) std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace placeline;
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    DecodedText decoded = decode_text(bytes);
    if (!is_valid_utf8(decoded.utf8)) std::abort();
    check_text(decoded.utf8);
    HtmlText html = html_to_text(decoded.utf8);
    check_text(html.text);
    MarkdownText md = markdown_to_text(decoded.utf8);
    if (!is_valid_utf8(md.text)) std::abort();  // syntax is cut only at ASCII bytes
    check_text(md.text);
    return 0;
}
