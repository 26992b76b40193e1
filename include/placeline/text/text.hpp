#pragma once
// Decoding article bytes into UTF-8 text, and mapping byte offsets to code points.
// Inside the program text is UTF-8 and offsets are bytes; everything a user or another tool
// sees counts Unicode code points (see ARCHITECTURE.md), so exports go through CodepointMap.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace placeline {

// `declared`: another charset the page declares (see declared_charset in html.hpp), decoded by ICU.
enum class Encoding { utf8, windows1252, declared };

struct DecodedText {
    std::string utf8;
    Encoding source_encoding = Encoding::utf8;
    std::string charset;          // the declared charset used, when source_encoding == declared
    std::string unknown_charset;  // a declared charset ICU does not know (Windows-1252 was used)
};

// UTF-8 (a BOM is dropped) when the bytes are valid UTF-8. Otherwise the charset the document
// declares, when one is given: ISO-8859-1, US-ASCII and their aliases mean Windows-1252 (as browsers
// read them), others go through ICU; with no usable declaration, Windows-1252.
// Line endings are normalised to '\n' so that offsets mean the same on every platform.
DecodedText decode_text(std::string_view bytes, std::string_view declared_charset = {});

// True when the bytes are not text: NUL bytes or many control characters in the first block.
bool looks_binary(std::string_view bytes);

bool is_valid_utf8(std::string_view bytes);

// Decodes the code point at byte offset i and advances i; invalid bytes give U+FFFD.
char32_t next_codepoint(std::string_view s, size_t& i);

void append_utf8(std::string& out, char32_t cp);

// Byte offset -> code-point offset in O(1) after an O(n) build (a checkpoint every 64 bytes).
class CodepointMap {
public:
    explicit CodepointMap(std::string_view text);
    size_t to_codepoint(size_t byte_offset) const;
    size_t to_byte(size_t codepoint_offset) const;

private:
    std::string_view text_;
    std::vector<uint32_t> checkpoints_;  // code-point count at byte offsets 0, 64, 128...
};

size_t count_codepoints(std::string_view s);

}  // namespace placeline
