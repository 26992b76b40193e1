#include "json_text.hpp"

#include <charconv>
#include <cmath>

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

void append_json_number(std::string& out, double v) {
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    char buffer[64];
    char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, end);
}

void append_json_number(std::string& out, uint64_t v) {
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, end);
}

}  // namespace placeline::cli
