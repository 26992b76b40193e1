#include "json_text.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

#include <nlohmann/json.hpp>

namespace placeline::cli {

void append_json_string(std::string& out, std::string_view s) {
    // Plain ASCII (nearly every name, id and path) needs no escape: copied as it is. Anything
    // else goes through nlohmann's own escaping, so that both ways give the same bytes.
    bool plain = true;
    for (unsigned char c : s)
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
            plain = false;
            break;
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
