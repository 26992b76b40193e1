#include "json_text.hpp"

#include <charconv>
#include <cmath>
#include <cstring>
#include <cstring>

#include <nlohmann/json.hpp>

namespace placeline::cli {

namespace {

// Whether a byte needs more than copying: a control byte, a quote, a backslash or a byte of a
// multi-byte sequence.
bool special(unsigned char c) { return c < 0x20 || c >= 0x80 || c == '"' || c == '\\'; }

// The same for eight bytes at once, for the strings' bulk. Once no byte has its top bit set, the
// zero-byte test (x - 0x01...) & ~x & 0x80... is exact as a yes or no (a borrow can only mark a
// byte above one that is truly zero), and so is its form for bytes below 0x20; a quote or a
// backslash is a zero byte after the xor with it.
bool any_special(uint64_t w) {
    constexpr uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    if (w & high) return true;
    const auto has_below = [](uint64_t x, uint64_t n) { return ((x - ones * n) & ~x & high) != 0; };
    return has_below(w, 0x20) || has_below(w ^ (ones * '"'), 1) || has_below(w ^ (ones * '\\'), 1);
}

bool all_plain(std::string_view s) {
    size_t i = 0;
    for (uint64_t w; i + 8 <= s.size(); i += 8) {
        std::memcpy(&w, s.data() + i, 8);
        if (any_special(w)) return false;
    }
    for (; i < s.size(); ++i)
        if (special(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    // Plain ASCII (nearly every name, id and path) needs no escape: copied as it is. Anything
    // else goes through nlohmann's own escaping, so that both ways give the same bytes.
    const bool plain = all_plain(s);
    if (plain && !s.empty() && s.size() + 2 <= 128) {
        // Quoted on the stack and appended once (one capacity test and copy, not three).
        char buffer[128];
        buffer[0] = '"';
        std::memcpy(buffer + 1, s.data(), s.size());
        buffer[s.size() + 1] = '"';
        out.append(buffer, s.size() + 2);
        return;
    }
    if (plain) {
        out += '"';
        out.append(s);
        out += '"';
        return;
    }
    out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

// The text of a double as nlohmann's to_chars wrote it, remembered. The records repeat their
// numbers (a place's coordinates at each of its mentions, weights rounded to thousandths), and a
// look-up costs a tenth of the conversion. The text is the conversion's own, so the bytes are
// the same whether it was remembered or not.
struct RememberedNumber {
    uint64_t bits = 0;
    uint8_t length = 0;  // 0: empty (the conversion never writes nothing)
    char text[31];
};

}  // namespace

void append_json_number(std::string& out, double v) {
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    // Direct-mapped, per thread (records are formatted on every core): a slot holds the last
    // number whose bits hashed to it.
    thread_local RememberedNumber remembered[1024];
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    RememberedNumber& slot = remembered[(bits * 0x9E3779B97F4A7C15ull) >> 54];
    if (slot.length && slot.bits == bits) {
        out.append(slot.text, slot.length);
        return;
    }
    char buffer[64];
    char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, v);
    const size_t length = size_t(end - buffer);
    out.append(buffer, length);
    if (length < sizeof slot.text) {
        slot.bits = bits;
        slot.length = uint8_t(length);
        std::memcpy(slot.text, buffer, length);
    }
}

void append_json_number(std::string& out, uint64_t v) {
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, end);
}

}  // namespace placeline::cli
