#include "shared_texts.hpp"

#include <algorithm>
#include <cstring>

namespace placeline::cli {

// A published text: its key and text follow it in its block.
struct SharedTexts::Entry {
    uint64_t hash;
    uint32_t key_size, text_size;
    const char* key() const { return reinterpret_cast<const char*>(this + 1); }
    const char* text() const { return key() + key_size; }
};

SharedTexts::SharedTexts(int slot_bits)
    : slot_bits_(slot_bits), slots_(new std::atomic<const Entry*>[size_t(1) << slot_bits]()) {}

void* SharedTexts::Arena::allocate(size_t bytes) {
    bytes = (bytes + 7) & ~size_t(7);  // entries stay aligned for their hash
    if (size_ - used_ < bytes) {
        size_ = std::max(bytes, size_t(64) * 1024);
        blocks_.emplace_back(new char[size_]);
        used_ = 0;
    }
    void* p = blocks_.back().get() + used_;
    used_ += bytes;
    return p;
}

SharedTexts::Found SharedTexts::find(uint64_t hash, std::string_view key) const {
    const size_t mask = (size_t(1) << slot_bits_) - 1;
    size_t i = hash >> (64 - slot_bits_);
    for (int probe = 0; probe < probes; ++probe, i = (i + 1) & mask) {
        const Entry* e = slots_[i].load(std::memory_order_acquire);
        if (!e) return {false, {}, &slots_[i]};
        if (e->hash == hash && std::string_view(e->key(), e->key_size) == key)
            return {true, {e->text(), e->text_size}, nullptr};
    }
    return {};
}

std::string_view SharedTexts::publish(const Found& where, uint64_t hash, std::string_view key, std::string_view text,
                                      Arena& arena) {
    if (!where.empty) return text;
    auto* e = static_cast<Entry*>(arena.allocate(sizeof(Entry) + key.size() + text.size()));
    e->hash = hash;
    e->key_size = uint32_t(key.size());
    e->text_size = uint32_t(text.size());
    std::memcpy(const_cast<char*>(e->key()), key.data(), key.size());
    std::memcpy(const_cast<char*>(e->text()), text.data(), text.size());
    const Entry* expected = nullptr;
    // Release: a thread that loads the pointer sees the entry as written above.
    if (!where.empty->compare_exchange_strong(expected, e, std::memory_order_release, std::memory_order_relaxed))
        return text;  // taken meanwhile (the entry's room is left unused)
    return {e->text(), e->text_size};
}

}  // namespace placeline::cli
