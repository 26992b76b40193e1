#include "shared_texts.hpp"

#include <algorithm>
#include <cstring>

namespace placeline::cli {

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
