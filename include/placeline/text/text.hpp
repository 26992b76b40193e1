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
// The same, from bytes the caller gives up: valid UTF-8 without a byte order mark (most files)
// becomes the text without a copy (a long document's megabytes copied into fresh pages).
DecodedText decode_owned_text(std::string bytes, std::string_view declared_charset = {});

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
    // The same map, counted in `pieces` runs of whole 64-byte blocks that may be counted on
    // different threads (a long document's, over the cores): `for_each(pieces, count)` must call
    // count(p) once for each p in [0, pieces), in any order and on any thread (for_each_on_cores
    // does). Code points are counted by the bytes that start them, so a letter split by a piece's
    // end is counted once, in the piece holding its first byte, and the runs join exactly.
    template <class ForEach>
    CodepointMap(std::string_view text, size_t pieces, ForEach for_each) : text_(text) {
        std::vector<uint32_t> totals = start_pieces(pieces);
        for_each(totals.size(), [this, &totals](size_t p) { count_piece(p, totals); });
        join_pieces(totals);
    }
    size_t to_codepoint(size_t byte_offset) const;
    size_t to_byte(size_t codepoint_offset) const;

private:
    std::string_view text_;
    std::vector<uint32_t> checkpoints_;  // code-point count at byte offsets 0, 64, 128...

    // Counting in pieces: room for the checkpoints and one total per piece (at least one piece,
    // at most one per block); each piece's checkpoints counted from 0 and its total; then each
    // piece's checkpoints moved up by the totals of the pieces before it.
    std::vector<uint32_t> start_pieces(size_t pieces);
    void count_piece(size_t piece, std::vector<uint32_t>& totals);
    void join_pieces(const std::vector<uint32_t>& totals);
};

size_t count_codepoints(std::string_view s);

}  // namespace placeline
