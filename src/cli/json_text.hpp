#pragma once
// JSON values written straight into text, byte for byte as nlohmann::json's dump() writes them
// (numbers by its own shortest round-trip conversion, strings escaped and invalid UTF-8 replaced
// as with error_handler_t::replace): the geoparse output is written a million rows at a time, and
// building a json object per row cost more than matching and resolving it.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace placeline::cli {

// `s` quoted and escaped.
void append_json_string(std::string& out, std::string_view s);
// A double as dump() writes it: shortest digits that read back the same, "null" for NaN or
// infinity. A float must be widened first, as storing it in a json widens it.
void append_json_number(std::string& out, double v);
void append_json_number(std::string& out, uint64_t v);

// The same values written at `p`, which has room for them, returning the end of what was written:
// a row is written into room made once for all of it (tests/e2e/test_mention_record.cpp holds
// both ways to dump()'s bytes). The room a string needs: each byte escaped as "\u00XX" at worst.
inline size_t json_string_room(std::string_view s) { return 6 * s.size() + 2; }
// The room a number needs: dump()'s longest, "-1.2345678901234567e+308", is 24 bytes; a number
// may write all 32 bytes of its room (a fixed-size copy) and then ends where its text ends.
constexpr size_t json_number_room = 32;
char* write_json_string(char* p, std::string_view s);
// Whether `s` is written as it is between quotes: no byte to escape, none of a multi-byte
// sequence (so each byte is a code point).
bool plain_json_string(std::string_view s);
inline char* write_plain_json_string(char* p, std::string_view s) {
    *p++ = '"';
    std::memcpy(p, s.data(), s.size());
    p += s.size();
    *p++ = '"';
    return p;
}
char* write_json_number(char* p, double v);
char* write_json_number(char* p, uint64_t v);

// Doubles' texts as write_json_number writes them, remembered: the records repeat their numbers
// (weights rounded to thousandths, totals, a place's point), and a look-up costs a tenth of the
// conversion. The text is the conversion's own, so the bytes are the same whether it was
// remembered or not. One per writing thread; direct-mapped (a slot holds the last number whose
// bits hashed to it), made at the first number.
class NumberTexts {
public:
    // Inline where the number is remembered (most of a long run's numbers).
    char* write(char* p, double v) {
        uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        if (slots_) {
            const Remembered& slot = slots_[slot_of(bits)];
            if (slot.length && slot.bits == bits) {
                std::memcpy(p, slot.text, sizeof slot.text);
                return p + slot.length;
            }
        }
        return write_new(p, v, bits);
    }
    void append(std::string& out, double v);

private:
    static size_t slot_of(uint64_t bits) { return size_t((bits * 0x9E3779B97F4A7C15ull) >> (64 - slot_bits)); }
    char* write_new(char* p, double v, uint64_t bits);
    struct Remembered {
        uint64_t bits = 0;
        // The size of a number's room, so that a remembered text is copied in one fixed-size move.
        char text[json_number_room];
        uint8_t length = 0;  // 0: empty (the conversion never writes nothing)
    };
    static constexpr int slot_bits = 12;  // a long run holds some 6,000 distinct numbers
    // Zero bytes are an empty slot: the table comes from calloc, which takes fresh pages from the
    // kernel, zero already, rather than writing its 192 KiB a slot at a time (callgrind counted
    // some 400 thousand instructions of memset a run), and a page is touched when a slot is used.
    struct Free {
        void operator()(Remembered* p) const { std::free(p); }
    };
    std::unique_ptr<Remembered[], Free> slots_;
};
// Text written through pointers, as a row is: room is made for what comes next, written, and the
// end committed. Unlike a std::string resized for the room, the room is not zero-filled first (a
// row's room is some 1.5 KiB, written to a third), and a whole batch's rows are kept in one block.
class TextBuffer {
public:
    TextBuffer() = default;
    TextBuffer(TextBuffer&& other) noexcept { swap(other); }
    TextBuffer& operator=(TextBuffer&& other) noexcept {
        swap(other);
        return *this;
    }
    ~TextBuffer() { std::free(data_); }

    const char* data() const { return data_; }
    size_t size() const { return size_; }
    std::string_view view() const { return {data_, size_}; }
    void clear() { size_ = 0; }
    void reserve(size_t capacity) {
        if (capacity > capacity_) grow(capacity);
    }
    // Where to write `n` bytes after the committed text.
    char* room(size_t n) { return room(data_ + size_, n); }
    // Where to write `n` bytes after `p`, a pointer into room made before and not yet committed:
    // `p` itself if the room is there, or the same place in the text moved to a larger block.
    char* room(char* p, size_t n) {
        const size_t at = size_t(p - data_);
        if (capacity_ - at < n) grow(at + n);
        return data_ + at;
    }
    // The text now ends at `end`, a pointer into the room.
    void commit(const char* end) { size_ = size_t(end - data_); }

private:
    void grow(size_t capacity);
    void swap(TextBuffer& other) noexcept {
        std::swap(data_, other.data_);
        std::swap(size_, other.size_);
        std::swap(capacity_, other.capacity_);
    }
    char* data_ = nullptr;
    size_t size_ = 0, capacity_ = 0;
};

// Plain bytes (keys, punctuation, text already written as JSON).
inline char* write_text(char* p, std::string_view s) {
    std::memcpy(p, s.data(), s.size());
    return p + s.size();
}
// A literal's bytes, its size known when compiled: a copy of that size, no call to measure or copy.
template <size_t N>
char* write_text(char* p, const char (&literal)[N]) {
    std::memcpy(p, literal, N - 1);
    return p + (N - 1);
}

}  // namespace placeline::cli
