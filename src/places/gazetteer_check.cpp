// Whether a gazetteer image is safe to read: its checksum, its sections, and every offset in it.
// The offsets are checked at every start (the seal skips only the checksum), so this is on the
// start's path: a world image's checked sections are some 70 MB, read in stretches on both cores.
#include <algorithm>
#include <cstring>
#include <vector>

#include "gazetteer_image.hpp"
#include "placeline/base/on_cores.hpp"

namespace placeline {

uint64_t image_checksum(std::span<const std::byte> body) {
    uint64_t h = 0x243F6A8885A308D3ull ^ body.size();
    size_t words = body.size() / 8;
    const std::byte* p = body.data();
    for (size_t i = 0; i < words; ++i) {
        uint64_t w;
        std::memcpy(&w, p + i * 8, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    for (size_t i = words * 8; i < body.size(); ++i) h = (h ^ uint64_t(body[i])) * 0x100000001B3ull;
    return h;
}

namespace {

template <typename T>
bool section_fits(const ImageHeader& h, uint64_t offset, uint64_t count) {
    return offset % 8 == 0 && offset >= h.header_bytes && offset <= h.total_bytes &&
           count <= (h.total_bytes - offset) / sizeof(T);
}

bool power_of_two(uint64_t n) { return n && !(n & (n - 1)); }

// The two loops over millions of records below are compiled twice, for the base x86-64 set and for
// AVX2 (twice the lanes: 15 M instead of 26 M instructions at a world image's start); the loader
// picks the one this processor runs. The places' loop does not gain from it and is left alone.
#if defined(__x86_64__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define PLACELINE_ALSO_AVX2 __attribute__((target_clones("avx2", "default")))
#endif
#endif
#ifndef PLACELINE_ALSO_AVX2
#define PLACELINE_ALSO_AVX2
#endif

// How many of the n indexes are `limit` or more: a loop of its own, with nothing else in view, so
// that the compiler vectorises it (the slots alone are millions).
PLACELINE_ALSO_AVX2 size_t count_at_least(const uint32_t* v, size_t n, uint64_t limit) {
    if (limit > UINT32_MAX) return 0;
    if (limit == 0) return n;
    // Compared as signed numbers with their top bits flipped (the same order): the base x86-64
    // instruction set compares only signed lanes, and the compiler leaves an unsigned loop scalar.
    // "At least limit" is "greater than limit - 1": one comparison per lane, not two.
    const int32_t below = int32_t((uint32_t(limit) - 1) ^ 0x80000000u);
    uint32_t bad = 0;  // at most n, and n < 2^32 (counts in the header are 32-bit)
    for (size_t i = 0; i < n; ++i) bad += int32_t(v[i] ^ 0x80000000u) > below;
    return bad;
}

// Each loop below counts its bad records without branching or stopping early, which keeps it
// short (and lets the compiler vectorise the plain index arrays): a sound image, the case at
// every start, is read to its end either way. A range (first, count) or a string (text, length)
// is tested as one sum in 64 bits, where it cannot wrap.

size_t bad_places(const ImageHeader& h, const PlaceRecord* p, size_t first, size_t last) {
    size_t bad = 0;
    for (size_t i = first; i < last; ++i) {
        const uint32_t furthest_text = std::max({p[i].id, p[i].name, p[i].source});
        // name_key + 1 wraps UINT32_MAX ("no key") to 0: one test for "none, or a key index".
        bad += (furthest_text >= h.pool_bytes) | (uint64_t(p[i].names_first) + p[i].names_count > h.name_count) |
               (uint64_t(p[i].line_first) + p[i].line_count > h.line_point_count) |
               (uint32_t(p[i].name_key + 1) > h.key_count);
    }
    return bad;
}

PLACELINE_ALSO_AVX2 size_t bad_keys(const ImageHeader& h, const KeyEntry* k, size_t first, size_t last) {
    size_t bad = 0;
    for (size_t i = first; i < last; ++i)
        bad += (uint64_t(k[i].text) + k[i].length >= h.pool_bytes) |
               (uint64_t(k[i].postings_first) + k[i].postings_count > h.posting_count);
    return bad;
}

// One stretch of one section: the unit of work handed to a core.
struct Stretch {
    enum Section { places, keys, indexes } section;
    size_t first, last;     // records (places, keys) or indexes
    const uint32_t* index;  // indexes: the array, and the bound its values stay below
    uint64_t limit;
};

// A stretch of a few megabytes: small enough that the two cores finish together, large enough
// that handing it over costs nothing next to reading it.
constexpr size_t stretch_bytes = size_t(4) << 20;

void cut(std::vector<Stretch>& out, Stretch whole, size_t record_bytes) {
    const size_t step = std::max<size_t>(1, stretch_bytes / record_bytes);
    for (size_t i = whole.first; i < whole.last; i += step) {
        Stretch s = whole;
        s.first = i;
        s.last = std::min(whole.last, i + step);
        out.push_back(s);
    }
}

}  // namespace

bool image_sections_fit(const ImageHeader& h, std::span<const std::byte> image) {
    bool ok = section_fits<PlaceRecord>(h, h.off_places, h.place_count) &&
              section_fits<NameRecord>(h, h.off_names, h.name_count) &&
              section_fits<LonLat>(h, h.off_lines, h.line_point_count) &&
              section_fits<KeyEntry>(h, h.off_keys, h.key_count) && section_fits<uint32_t>(h, h.off_slots, h.slot_count) &&
              section_fits<uint32_t>(h, h.off_postings, h.posting_count) &&
              section_fits<uint32_t>(h, h.off_id_slots, h.id_slot_count) && section_fits<char>(h, h.off_pool, h.pool_bytes) &&
              section_fits<char>(h, h.off_stamp, h.stamp_bytes) && power_of_two(h.slot_count) &&
              power_of_two(h.id_slot_count) && h.pool_bytes > 0 && h.key_count < h.slot_count &&
              h.place_count < h.id_slot_count;
    auto* base = reinterpret_cast<const char*>(image.data());
    return ok && base[h.off_pool] == '\0' && base[h.off_pool + h.pool_bytes - 1] == '\0';
}

bool image_offsets_inside(const ImageHeader& h, std::span<const std::byte> image) {
    auto* base = reinterpret_cast<const char*>(image.data());
    auto indexes = [&](uint64_t offset) { return reinterpret_cast<const uint32_t*>(base + offset); };
    std::vector<Stretch> stretches;
    cut(stretches, {Stretch::places, 0, h.place_count, nullptr, 0}, sizeof(PlaceRecord));
    cut(stretches, {Stretch::keys, 0, h.key_count, nullptr, 0}, sizeof(KeyEntry));
    // A name record is two pool offsets: the section is one run of them.
    static_assert(sizeof(NameRecord) == 2 * sizeof(uint32_t));
    cut(stretches, {Stretch::indexes, 0, 2 * size_t(h.name_count), indexes(h.off_names), h.pool_bytes}, 4);
    cut(stretches, {Stretch::indexes, 0, h.posting_count, indexes(h.off_postings), h.place_count}, 4);
    cut(stretches, {Stretch::indexes, 0, h.slot_count, indexes(h.off_slots), uint64_t(h.key_count) + 1}, 4);
    cut(stretches, {Stretch::indexes, 0, h.id_slot_count, indexes(h.off_id_slots), uint64_t(h.place_count) + 1}, 4);
    std::vector<size_t> bad(stretches.size());
    auto check = [&](size_t i) {
        const Stretch& s = stretches[i];
        switch (s.section) {
            case Stretch::places:
                bad[i] = bad_places(h, reinterpret_cast<const PlaceRecord*>(base + h.off_places), s.first, s.last);
                break;
            case Stretch::keys:
                bad[i] = bad_keys(h, reinterpret_cast<const KeyEntry*>(base + h.off_keys), s.first, s.last);
                break;
            case Stretch::indexes: bad[i] = count_at_least(s.index + s.first, s.last - s.first, s.limit); break;
        }
    };
    // A small image (the tests', the curated lists' alone) is checked on the calling thread.
    const uint64_t checked_bytes = uint64_t(h.place_count) * sizeof(PlaceRecord) + uint64_t(h.key_count) * sizeof(KeyEntry) +
                                   (2 * uint64_t(h.name_count) + h.posting_count + h.slot_count + h.id_slot_count) * 4;
    if (checked_bytes <= stretch_bytes)
        for (size_t i = 0; i < stretches.size(); ++i) check(i);
    else
        for_each_on_cores(stretches.size(), check);
    return std::all_of(bad.begin(), bad.end(), [](size_t b) { return b == 0; });
}

}  // namespace placeline
