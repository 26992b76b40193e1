#include "json_text.hpp"
#include "number_digits.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <new>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <nlohmann/json.hpp>

namespace placeline::cli {

namespace {

// Whether a byte needs more than copying is whether it is a control byte, a quote, a backslash or
// a byte of a multi-byte sequence.
#if defined(__SSE2__)
// Sixteen bytes at once. A signed byte below 0x20 is a control byte or one of a
// multi-byte sequence (0x80 and up are negative); a quote or a backslash compares equal.
bool any_special(__m128i v) {
    const __m128i below = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    return _mm_movemask_epi8(_mm_or_si128(below, _mm_or_si128(quote, backslash))) != 0;
}

uint64_t load_8(const char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}
uint32_t load_4(const char* p) {
    uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
}
#else
bool special(unsigned char c) { return c < 0x20 || c >= 0x80 || c == '"' || c == '\\'; }

// Eight bytes at once, for the strings' bulk. Once no byte has its top bit set, the
// zero-byte test (x - 0x01...) & ~x & 0x80... is exact as a yes or no (a borrow can only mark a
// byte above one that is truly zero), and so is its form for bytes below 0x20; a quote or a
// backslash is a zero byte after the xor with it.
bool any_special(uint64_t w) {
    constexpr uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    if (w & high) return true;
    const auto has_below = [](uint64_t x, uint64_t n) { return ((x - ones * n) & ~x & high) != 0; };
    return has_below(w, 0x20) || has_below(w ^ (ones * '"'), 1) || has_below(w ^ (ones * '\\'), 1);
}
#endif

}  // namespace

bool plain_json_string(std::string_view s) {
    const char* const p = s.data();
    const size_t n = s.size();
#if defined(__SSE2__)
    // Sixteen bytes a step, the last step overlapping the one before; a shorter string is read as
    // pieces that overlap within it, put side by side (each byte is looked at alone, so a byte
    // read twice changes nothing): no loop and no byte-by-byte tail for the names, ids and
    // mentions of a row, nearly all under sixteen bytes.
    if (n >= 16) {
        for (size_t i = 0; i + 16 < n; i += 16)
            if (any_special(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)))) return false;
        return !any_special(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n - 16)));
    }
    if (n >= 8) return !any_special(_mm_set_epi64x(int64_t(load_8(p + n - 8)), int64_t(load_8(p))));
    if (n >= 4) {
        const int first = int(load_4(p)), last = int(load_4(p + n - 4));
        return !any_special(_mm_set_epi32(last, first, last, first));
    }
    if (n == 0) return true;
    const unsigned char first = p[0], middle = p[n / 2], last = p[n - 1];
    return !any_special(_mm_set1_epi32(int(first | uint32_t(middle) << 8 | uint32_t(last) << 16 | uint32_t(first) << 24)));
#else
    size_t i = 0;
    for (uint64_t w; i + 8 <= n; i += 8) {
        std::memcpy(&w, p + i, 8);
        if (any_special(w)) return false;
    }
    for (; i < n; ++i)
        if (special(static_cast<unsigned char>(p[i]))) return false;
    return true;
#endif
}

namespace {

// Grows `out` by `room`, lets `write` fill it from its start, and cuts it where the writing ended.
template <class Write>
void append_written(std::string& out, size_t room, Write write) {
    const size_t used = out.size();
    out.resize(used + room);
    out.resize(size_t(write(out.data() + used) - out.data()));
}

}  // namespace

char* write_json_string(char* p, std::string_view s) {
    // Plain ASCII (nearly every name, id and path) needs no escape: copied as it is. Anything
    // else goes through nlohmann's own escaping, so that both ways give the same bytes.
    if (plain_json_string(s)) return write_plain_json_string(p, s);
    return write_text(p, nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

char* write_json_number(char* p, double v) {
    if (!std::isfinite(v)) return write_text(p, "null");
    uint64_t digits;
    int exponent;
    if (!exact_shortest_digits(std::fabs(v), digits, exponent))
        return nlohmann::detail::to_chars(p, p + json_number_room, v);
    // Laid out as to_chars lays out grisu2's digits, sign first.
    if (v < 0) *p++ = '-';
    const int length = int(write_json_number(p, digits) - p);
    return nlohmann::detail::dtoa_impl::format_buffer(p, length, exponent, -4, std::numeric_limits<double>::digits10);
}

namespace {

constexpr char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

// x < 10^8 in as many digits as it takes.
char* write_below_1e8(char* p, uint32_t x) {
    const int length = x < 10000 ? (x < 100 ? (x < 10 ? 1 : 2) : (x < 1000 ? 3 : 4))
                                 : (x < 1000000 ? (x < 100000 ? 5 : 6) : (x < 10000000 ? 7 : 8));
    char* const end = p + length;
    char* q = end;
    for (; x >= 100; x /= 100) {
        q -= 2;
        std::memcpy(q, digit_pairs + 2 * (x % 100), 2);
    }
    if (x >= 10) std::memcpy(q - 2, digit_pairs + 2 * x, 2);
    else q[-1] = char('0' + x);
    return end;
}

// x < 10^8 in eight digits, zeros first.
char* write_8_digits(char* p, uint32_t x) {
    const uint32_t high = x / 10000, low = x % 10000;
    std::memcpy(p, digit_pairs + 2 * (high / 100), 2);
    std::memcpy(p + 2, digit_pairs + 2 * (high % 100), 2);
    std::memcpy(p + 4, digit_pairs + 2 * (low / 100), 2);
    std::memcpy(p + 6, digit_pairs + 2 * (low % 100), 2);
    return p + 8;
}

}  // namespace

// As std::to_chars writes it, but in groups of eight digits in 32-bit arithmetic: std::to_chars'
// 64-bit steps took some 110 instructions for an offset of seven digits, these some 70.
char* write_json_number(char* p, uint64_t v) {
    constexpr uint64_t e8 = 100000000, e16 = e8 * e8;
    if (v < e8) return write_below_1e8(p, uint32_t(v));
    if (v < e16) return write_8_digits(write_below_1e8(p, uint32_t(v / e8)), uint32_t(v % e8));
    const uint64_t low = v % e16;
    p = write_below_1e8(p, uint32_t(v / e16));
    return write_8_digits(write_8_digits(p, uint32_t(low / e8)), uint32_t(low % e8));
}

void append_json_string(std::string& out, std::string_view s) {
    append_written(out, json_string_room(s), [&](char* p) { return write_json_string(p, s); });
}

void append_json_number(std::string& out, double v) {
    append_written(out, json_number_room, [&](char* p) { return write_json_number(p, v); });
}

char* NumberTexts::write_new(char* p, double v, uint64_t bits) {
    if (!slots_) {
        slots_.reset(static_cast<Remembered*>(std::calloc(size_t(1) << slot_bits, sizeof(Remembered))));
        if (!slots_) throw std::bad_alloc();
    }
    Remembered& slot = slots_[slot_of(bits)];
    char* end = write_json_number(p, v);
    slot.bits = bits;
    slot.length = uint8_t(end - p);
    std::memcpy(slot.text, p, slot.length);
    return end;
}

void NumberTexts::append(std::string& out, double v) {
    append_written(out, json_number_room, [&](char* p) { return write(p, v); });
}

void TextBuffer::grow(size_t capacity) {
    // At least doubled, so that text written a row at a time is moved a bounded number of times.
    capacity = std::max(capacity, 2 * capacity_);
    char* data = static_cast<char*>(std::realloc(data_, capacity));
    if (!data) throw std::bad_alloc();
    data_ = data;
    capacity_ = capacity;
}

void append_json_number(std::string& out, uint64_t v) {
    append_written(out, json_number_room, [&](char* p) { return write_json_number(p, v); });
}

}  // namespace placeline::cli
