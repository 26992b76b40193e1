#pragma once
// Texts the writing threads share, by key: each made by whichever thread first needs it, then
// published to the others. One long document is written on every core at once, and each thread
// met the same places and evidence as the others: kept per thread, every text was made once per
// thread, twice on two cores.
//
// A text is published with one atomic store of a pointer to it, after it was written, and is
// never changed, moved or freed while the writing lasts (its block is left to the process's
// end, as the rows are). So a reader that finds the pointer finds the whole text, without a lock.
// The table is filled and never emptied: once the few slots a key may take are full, that key is
// not published, and its thread keeps it on its own.
#include <atomic>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace placeline::cli {

class SharedTexts {
public:
    // Room for about 2^slot_bits texts.
    explicit SharedTexts(int slot_bits);

    // A published text: its key and text follow it in its block.
    struct Entry {
        uint64_t hash;
        uint32_t key_size, text_size;
        const char* key() const { return reinterpret_cast<const char*>(this + 1); }
        const char* text() const { return key() + key_size; }
    };
    // Where a thread puts the texts it publishes: blocks that are never moved.
    class Arena {
    public:
        Arena() = default;
        Arena(Arena&&) = default;
        Arena& operator=(Arena&&) = default;
        void* allocate(size_t bytes);

    private:
        std::vector<std::unique_ptr<char[]>> blocks_;
        size_t used_ = 0, size_ = 0;
    };

    // What `find` saw: the text published under the key, or else the empty slot where it may be
    // published (none if the key's slots are full).
    struct Found {
        bool found = false;
        std::string_view text;
        std::atomic<const Entry*>* empty = nullptr;
    };
    // Inline: asked for every row's place, runners-up and `why`.
    Found find(uint64_t hash, std::string_view key) const {
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
    // Publishes `text` under `key` at the empty slot `find` gave, unless another thread took it
    // meanwhile; returns the published copy of the text, or `text` itself.
    std::string_view publish(const Found& where, uint64_t hash, std::string_view key, std::string_view text,
                             Arena& arena);

private:
    static constexpr int probes = 8;  // slots a key may take, from the one its hash names
    int slot_bits_;
    std::unique_ptr<std::atomic<const Entry*>[]> slots_;
};

}  // namespace placeline::cli
