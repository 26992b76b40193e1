#pragma once
// JSON values appended straight to a string, byte for byte as nlohmann::json's dump() writes them
// (numbers by its own shortest round-trip conversion, strings escaped and invalid UTF-8 replaced
// as with error_handler_t::replace): the geoparse output is written a million rows at a time, and
// building a json object per row cost more than matching and resolving it.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace placeline::cli {

// `s` quoted and escaped.
void append_json_string(std::string& out, std::string_view s);
// A double as dump() writes it: shortest digits that read back the same, "null" for NaN or
// infinity. A float must be widened first, as storing it in a json widens it.
void append_json_number(std::string& out, double v);
void append_json_number(std::string& out, uint64_t v);

// An object written member by member, keys in the order given: `open` writes "{" at the first
// key, `close` the "}" ("{}" when there was none).
class JsonObjectOut {
public:
    explicit JsonObjectOut(std::string& out) : out_(out) {}
    std::string& key(std::string_view k) {
        // `{"key":` or `,"key":` assembled on the stack and appended once: every row has 20 keys
        // or more, and each append to the string costs its capacity test and copy call.
        char buffer[64];
        const char* opening = first_ ? "{\"" : ",\"";
        first_ = false;
        if (k.size() + 4 > sizeof buffer) {
            out_.append(opening, 2);
            out_.append(k);
            out_.append("\":", 2);
            return out_;
        }
        std::memcpy(buffer, opening, 2);
        std::memcpy(buffer + 2, k.data(), k.size());
        std::memcpy(buffer + 2 + k.size(), "\":", 2);
        out_.append(buffer, k.size() + 4);
        return out_;
    }
    void string(std::string_view k, std::string_view v) { append_json_string(key(k), v); }
    void number(std::string_view k, double v) { append_json_number(key(k), v); }
    void number(std::string_view k, uint64_t v) { append_json_number(key(k), v); }
    void close() { out_ += first_ ? "{}" : "}"; }

private:
    std::string& out_;
    bool first_ = true;
};

}  // namespace placeline::cli
