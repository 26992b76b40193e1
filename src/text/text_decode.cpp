// Text decoding: UTF-8 when valid, else a page's declared charset, else Windows-1252 (the usual
// encoding of older web dumps and Word exports); line endings normalised.
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>
#include <utility>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "placeline/text/text.hpp"

namespace placeline {

bool is_valid_utf8(std::string_view bytes) {
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    int32_t length = static_cast<int32_t>(bytes.size());
    int32_t i = 0;
    while (i < length) {
#if defined(__SSE2__)
        // Sixteen bytes at a time, their top bits in one mask: ASCII runs are passed whole, and
        // the first byte of 0x80 or more is reached in one step (most text is ASCII between its
        // few multi-byte letters and quotes, each of which stopped the eight-byte steps that
        // were here and left the bytes up to it to a loop of one byte a step).
        // Sixty-four bytes a step first (four loads, one mask): most runs between non-ASCII
        // bytes of news text are longer than that.
        if (i + 64 <= length) {
            const auto* p = reinterpret_cast<const __m128i*>(s + i);
            const __m128i any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(p), _mm_loadu_si128(p + 1)),
                                             _mm_or_si128(_mm_loadu_si128(p + 2), _mm_loadu_si128(p + 3)));
            if (_mm_movemask_epi8(any) == 0) {
                i += 64;
                continue;
            }
        }
        if (i + 16 <= length) {
            const unsigned high = unsigned(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i))));
            if (high == 0) {
                i += 16;
                continue;
            }
            i += int32_t(std::countr_zero(high));
        } else if (s[i] < 0x80) {
            ++i;
            continue;
        }
#else
        // Sixteen, then eight ASCII bytes at a time.
        uint64_t word, next;
        if (i + 16 <= length && (std::memcpy(&word, s + i, 8), std::memcpy(&next, s + i + 8, 8),
                                 ((word | next) & 0x8080808080808080ull) == 0)) {
            i += 16;
            continue;
        }
        if (i + 8 <= length && (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080ull) == 0)) {
            i += 8;
            continue;
        }
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
#endif
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) return false;
    }
    return true;
}

char32_t next_codepoint(std::string_view text, size_t& i) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    if (s[i] < 0x80) return s[i++];
    int32_t pos = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(s, pos, static_cast<int32_t>(text.size()), c);
    i = static_cast<size_t>(pos);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

void append_utf8(std::string& out, char32_t cp) {
    uint8_t buf[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buf, n, 4, static_cast<UChar32>(cp), error);
    if (error) {
        out += "\xEF\xBF\xBD";
        return;
    }
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// A UTF-16 byte order mark: "UTF-16LE" or "UTF-16BE", else nothing.
static const char* utf16_by_bom(std::string_view bytes) {
    if (bytes.starts_with("\xFF\xFE")) return "UTF-16LE";
    if (bytes.starts_with("\xFE\xFF")) return "UTF-16BE";
    return nullptr;
}

bool looks_binary(std::string_view bytes) {
    // UTF-16 text is half NUL bytes; with its byte order mark it is text (decode_text reads it).
    if (utf16_by_bom(bytes) && bytes.size() % 2 == 0) return false;
    size_t n = std::min<size_t>(bytes.size(), 8192);
    size_t control = 0, nul = 0;
    // One byte: NUL, and control characters other than the line breaks and tabs of text.
    auto count = [&](unsigned char c) {
        nul += c == 0;
        control += (c < 0x20) & (c != '\n') & (c != '\r') & (c != '\t') & (c != '\f');
    };
    size_t from = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time (every file passes here): those below 0x20 other than a line
    // break, in one mask; most text has none, and a step that has some counts them one by one.
    const __m128i below_space = _mm_set1_epi8(0x1F), line_break = _mm_set1_epi8('\n');
    // Those bytes in sixteen: one bit each.
    const auto low_bytes = [&](size_t at) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + at));
        return _mm_andnot_si128(_mm_cmpeq_epi8(v, line_break), _mm_cmpeq_epi8(_mm_min_epu8(v, below_space), v));  // v <= 0x1F, unsigned
    };
    const auto count_sixteen = [&](size_t at) {
        for (unsigned bits = unsigned(_mm_movemask_epi8(low_bytes(at))); bits; bits &= bits - 1)
            count(static_cast<unsigned char>(bytes[at + size_t(std::countr_zero(bits))]));
    };
    // Sixty-four bytes a step, passed in one test where none is such a byte (most steps of most
    // files).
    for (; from + 64 <= n; from += 64) {
        const __m128i any = _mm_or_si128(_mm_or_si128(low_bytes(from), low_bytes(from + 16)),
                                         _mm_or_si128(low_bytes(from + 32), low_bytes(from + 48)));
        if (_mm_movemask_epi8(any) == 0) continue;
        for (size_t k = 0; k < 64; k += 16) count_sixteen(from + k);
    }
    for (; from + 16 <= n; from += 16) count_sixteen(from);
#endif
    for (; from < n; ++from) count(static_cast<unsigned char>(bytes[from]));
    if (nul) return true;
    return n > 0 && control * 20 > n;  // more than 5 % control characters
}

static std::string normalise_line_ends(std::string s) {
    if (s.find('\r') == std::string::npos) return s;
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r') {
            out += '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

// Converts to UTF-8 with an ICU converter; false when ICU has no converter of that name.
static bool convert_with_icu(const char* charset, std::string_view bytes, std::string& out) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(charset, &status), ucnv_close);
    if (U_FAILURE(status)) return false;
    // One input byte is at most one BMP character (3 bytes of UTF-8); four-byte sequences of
    // GB18030 and the like give four.
    out.resize(bytes.size() * 3 + 4);
    status = U_ZERO_ERROR;
    int32_t n = ucnv_toAlgorithmic(UCNV_UTF8, conv.get(), out.data(), static_cast<int32_t>(out.size()),
                                   bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    out.resize(U_SUCCESS(status) ? static_cast<size_t>(n) : 0);
    return true;
}

static std::string from_windows1252(std::string_view bytes) {
    std::string out;
    if (!convert_with_icu("windows-1252", bytes, out))  // no converter data: Latin-1 is the closest
        for (unsigned char c : bytes) append_utf8(out, c);
    return out;
}

// Charsets browsers read as Windows-1252 (the WHATWG Encoding Standard's labels for it), and
// UTF-8 itself, which bytes that are not valid UTF-8 cannot be.
static bool means_windows1252(std::string_view charset) {
    std::string c;
    for (char ch : charset) c += (ch >= 'A' && ch <= 'Z') ? char(ch - 'A' + 'a') : ch;
    for (std::string_view name : {"windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
                                  "latin1", "l1", "us-ascii", "ascii", "iso-ir-100", "csisolatin1", "ibm819",
                                  "cp819", "utf-8", "utf8"})
        if (c == name) return true;
    return false;
}

DecodedText decode_text(std::string_view bytes, std::string_view declared_charset) {
    DecodedText result;
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (const char* utf16 = utf16_by_bom(bytes); utf16 && convert_with_icu(utf16, bytes.substr(2), result.utf8)) {
        // The byte order mark declares the encoding as surely as a page's charset does.
        result.source_encoding = Encoding::declared;
        result.charset = utf16;
    } else if (is_valid_utf8(bytes)) {
        result.utf8.assign(bytes);
    } else if (!declared_charset.empty() && !means_windows1252(declared_charset) &&
               convert_with_icu(std::string(declared_charset).c_str(), bytes, result.utf8)) {
        result.source_encoding = Encoding::declared;
        result.charset = declared_charset;
    } else {
        if (!declared_charset.empty() && !means_windows1252(declared_charset)) result.unknown_charset = declared_charset;
        result.utf8 = from_windows1252(bytes);
        result.source_encoding = Encoding::windows1252;
    }
    result.utf8 = normalise_line_ends(std::move(result.utf8));
    return result;
}

DecodedText decode_owned_text(std::string bytes, std::string_view declared_charset) {
    // A byte order mark (and UTF-16) takes decode_text's path: dropping it would move every byte.
    if (std::string_view(bytes).starts_with("\xEF\xBB\xBF") || !is_valid_utf8(bytes))
        return decode_text(bytes, declared_charset);
    DecodedText result;
    result.utf8 = normalise_line_ends(std::move(bytes));
    return result;
}

size_t count_codepoints(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

CodepointMap::CodepointMap(std::string_view text) : text_(text) {
    // One checkpoint at each multiple of 64 below the size, then the total: counted block by
    // block, so that the inner loop has no test of its own and vectorises.
    checkpoints_.reserve(text.size() / 64 + 2);
    // The block's count is summed in 8 bits (at most 64): byte lanes, widened once a block.
    uint32_t count = 0;
    for (size_t block = 0; block < text.size(); block += 64) {
        checkpoints_.push_back(count);
        const size_t end = std::min(text.size(), block + 64);
        uint8_t in_block = 0;
        for (size_t i = block; i < end; ++i) in_block += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        count += in_block;
    }
    checkpoints_.push_back(count);
}

namespace {

// The blocks of piece p of `pieces` over `blocks` blocks: [first, last).
std::pair<size_t, size_t> piece_blocks(size_t p, size_t pieces, size_t blocks) {
    return {p * blocks / pieces, (p + 1) * blocks / pieces};
}

}  // namespace

std::vector<uint32_t> CodepointMap::start_pieces(size_t pieces) {
    const size_t blocks = (text_.size() + 63) / 64;
    checkpoints_.assign(blocks + 1, 0);
    return std::vector<uint32_t>(std::max<size_t>(1, std::min(pieces, blocks)), 0);
}

void CodepointMap::count_piece(size_t piece, std::vector<uint32_t>& totals) {
    const size_t blocks = checkpoints_.size() - 1;
    auto [first, last] = piece_blocks(piece, totals.size(), blocks);
    // As the one-pass constructor counts, from 0 at the piece's first block.
    uint32_t count = 0;
    for (size_t block = first; block < last; ++block) {
        checkpoints_[block] = count;
        const size_t start = block * 64, end = std::min(text_.size(), start + 64);
        uint8_t in_block = 0;
        for (size_t i = start; i < end; ++i) in_block += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
        count += in_block;
    }
    totals[piece] = count;
}

void CodepointMap::join_pieces(const std::vector<uint32_t>& totals) {
    const size_t blocks = checkpoints_.size() - 1;
    uint32_t before = 0;  // the code points of the pieces before this one
    for (size_t p = 0; p < totals.size(); ++p) {
        auto [first, last] = piece_blocks(p, totals.size(), blocks);
        for (size_t block = first; block < last; ++block) checkpoints_[block] += before;
        before += totals[p];
    }
    checkpoints_[blocks] = before;
}

size_t CodepointMap::to_codepoint(size_t byte_offset) const {
    byte_offset = std::min(byte_offset, text_.size());
    size_t block = byte_offset / 64;
    const size_t within = byte_offset % 64;
#if defined(__SSE2__)
    // Fewer than 64 bytes past the checkpoint, and a whole block there to read: the block's
    // continuation bytes (0x80 to 0xBF, the signed bytes below -64) as 64 bits, those before the
    // offset counted, rather than a byte at a time (some 90 instructions a row of geoparse's).
    if (within && block * 64 + 64 <= text_.size()) {
        const auto* p = reinterpret_cast<const __m128i*>(text_.data() + block * 64);
        const __m128i below = _mm_set1_epi8(-64);
        auto continuing = [&](int i) {
            return uint64_t(unsigned(_mm_movemask_epi8(_mm_cmplt_epi8(_mm_loadu_si128(p + i), below))));
        };
        const uint64_t bits = continuing(0) | continuing(1) << 16 | continuing(2) << 32 | continuing(3) << 48;
        // Counted in the word's own bits: std::popcount is a call into libgcc unless POPCNT may be assumed.
        uint64_t x = bits & ((uint64_t(1) << within) - 1);
        x -= (x >> 1) & 0x5555555555555555ull;
        x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
        x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
        return checkpoints_[block] + within - size_t((x * 0x0101010101010101ull) >> 56);
    }
#endif
    // Fewer than 64 bytes past the checkpoint: counted in 8 bits, byte lanes.
    uint8_t past = 0;
    for (size_t i = block * 64; i < byte_offset; ++i) past += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
    return checkpoints_[block] + past;
}

size_t CodepointMap::to_byte(size_t codepoint_offset) const {
    // Binary search the checkpoints, then walk at most 64 bytes.
    size_t lo = 0, hi = checkpoints_.size() - 1;
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        if (checkpoints_[mid] <= codepoint_offset) lo = mid; else hi = mid - 1;
    }
    size_t i = std::min(lo * 64, text_.size());
    size_t count = checkpoints_[lo];
    while (i < text_.size()) {
        bool starts = (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
        if (starts && count == codepoint_offset) return i;
        count += starts;
        ++i;
    }
    return text_.size();
}

}  // namespace placeline
