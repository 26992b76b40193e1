// Whether a gazetteer image is safe to read: its checksum, its sections, and every offset in it.
// The sections are checked at every start; the checksum and the offsets once per image, before
// the cache seals it (a sealed image's readers check each offset they follow: gazetteer.hpp). A
// world image's checked sections are some 70 MB, read in stretches on both cores.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "gazetteer_image.hpp"
#include "placeline/base/on_cores.hpp"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

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

// Each of the three loops (places, keys, index arrays) has a plain version, for the base x86-64
// set and other processors, and one written with AVX2's intrinsics (below the plain ones), which
// it runs when this processor has AVX2 (__builtin_cpu_supports, asked once).

// Whether some of the n indexes are `limit` or more (nonzero then, not how many): the largest
// index is kept and compared once at the end (a count of those over the limit cost a comparison
// and a sum per lane). A loop of its own, with nothing else in view, so that the compiler
// vectorises it; the base x86-64 set has no unsigned maximum, so it keeps the signed one of the
// numbers with their top bits flipped (the same order).
size_t some_at_least_portable(const uint32_t* v, size_t n, uint64_t limit) {
    if (limit > UINT32_MAX || n == 0) return 0;
    int32_t largest = INT32_MIN;  // flipped: the least uint32
    for (size_t i = 0; i < n; ++i) largest = std::max(largest, int32_t(v[i] ^ 0x80000000u));
    return uint64_t(uint32_t(largest) ^ 0x80000000u) >= limit ? 1 : 0;
}

// Each loop below counts its bad records (the AVX2 ones only say whether there is one) without
// branching or stopping early, which keeps it short: a sound image, the case at every start, is
// read to its end either way. A range (first, count) or a string (text, length) is tested as one
// sum in 64 bits, where it cannot wrap.

size_t bad_places_portable(const ImageHeader& h, const PlaceRecord* p, size_t first, size_t last) {
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

#if defined(__x86_64__) && defined(__GNUC__)
#define PLACELINE_CHECKS_AVX2 1
// Whether this processor runs the AVX2 loops below, asked once for all three checks.
bool has_avx2() {
    static const bool avx2 = __builtin_cpu_supports("avx2");
    return avx2;
}

// The places' loop by hand for AVX2 (the compiler leaves it scalar: some 31 instructions a
// place). A record's offsets are read as two overlapping 32-byte vectors, both inside the record:
//   at `id`:   id, name, source, ...               as 32-bit lanes: the pool offsets against the pool
//   at `name`: (name, source) (names first, count) (lines first, count) (schematic, name key)
//              as 64-bit lanes, each summed from its halves: the ranges against their sections;
//              as 32-bit lanes, the name key plus one against the keys' count (as bad_places_portable)
// The two 32-bit tests are one comparison of a blend of the two vectors. Unsigned 32-bit lanes
// are compared as signed ones with their top bits flipped (the same order). Some 15 instructions
// a place.
static_assert(sizeof(PlaceRecord) == 80 && offsetof(PlaceRecord, id) == 40 && offsetof(PlaceRecord, name) == 44 &&
              offsetof(PlaceRecord, source) == 48 && offsetof(PlaceRecord, names_first) == 52 &&
              offsetof(PlaceRecord, names_count) == 56 && offsetof(PlaceRecord, line_first) == 60 &&
              offsetof(PlaceRecord, line_count) == 64 && offsetof(PlaceRecord, name_key) == 72);
struct PlaceBounds {
    __m256i flip, offsets, low, ranges, key_step;
};
__attribute__((target("avx2"))) inline __m256i place_over(const PlaceRecord* p, const PlaceBounds& b) {
    const auto* bytes = reinterpret_cast<const char*>(p);
    const __m256i at_id = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bytes + offsetof(PlaceRecord, id)));
    const __m256i at_name = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bytes + offsetof(PlaceRecord, name)));
    // One 32-bit comparison for the pool offsets (lanes 0 to 2 at `id`) and the name key plus one
    // (lane 7 at `name`), blended into one vector.
    const __m256i offsets = _mm256_blend_epi32(at_id, _mm256_add_epi32(at_name, b.key_step), 0x80);
    const __m256i over = _mm256_cmpgt_epi32(_mm256_xor_si256(offsets, b.flip), b.offsets);
    const __m256i sums = _mm256_add_epi64(_mm256_and_si256(at_name, b.low), _mm256_srli_epi64(at_name, 32));
    return _mm256_or_si256(over, _mm256_cmpgt_epi64(sums, b.ranges));
}
__attribute__((target("avx2"))) size_t bad_places_avx2(const ImageHeader& h, const PlaceRecord* p, size_t first,
                                                        size_t last) {
    constexpr int32_t never = INT32_MAX;  // no flipped lane is above it
    auto flipped = [](uint64_t v) { return int32_t(uint32_t(v) ^ 0x80000000u); };
    // "offset >= pool_bytes" is "offset > pool_bytes - 1" (pool_bytes > 0: image_sections_fit); a
    // pool of 4 GB or more holds every 32-bit offset.
    const int32_t pool = h.pool_bytes - 1 > UINT32_MAX ? never : flipped(h.pool_bytes - 1);
    PlaceBounds b;
    b.flip = _mm256_set1_epi32(int32_t(0x80000000u));
    // The last 32-bit lane of the vector at `name` is the name key: plus one, it wraps "none" to 0.
    b.offsets = _mm256_setr_epi32(pool, pool, pool, never, never, never, never, flipped(h.key_count));
    b.low = _mm256_set1_epi64x(0xFFFFFFFF);
    b.ranges = _mm256_setr_epi64x(INT64_MAX, int64_t(h.name_count), int64_t(h.line_point_count), INT64_MAX);
    b.key_step = _mm256_setr_epi32(0, 0, 0, 0, 0, 0, 0, 1);
    __m256i bad = _mm256_setzero_si256();
    size_t i = first;
    // Two places a turn: the loop's own count and test once for two.
    for (; i + 2 <= last; i += 2)
        bad = _mm256_or_si256(bad, _mm256_or_si256(place_over(p + i, b), place_over(p + i + 1, b)));
    if (i < last) bad = _mm256_or_si256(bad, place_over(p + i, b));
    return _mm256_testz_si256(bad, bad) ? 0 : 1;
}
#endif

size_t bad_places(const ImageHeader& h, const PlaceRecord* p, size_t first, size_t last) {
#ifdef PLACELINE_CHECKS_AVX2
    if (has_avx2()) return bad_places_avx2(h, p, first, last);
#endif
    return bad_places_portable(h, p, first, last);
}

#ifdef PLACELINE_CHECKS_AVX2
// The indexes' loop by hand for AVX2: four 32-byte vectors a turn, one unsigned maximum each (the
// compiler's loop took one vector a turn, with the flip and the loop's own count and test).
__attribute__((target("avx2"))) size_t some_at_least_avx2(const uint32_t* v, size_t n, uint64_t limit) {
    if (limit > UINT32_MAX || n == 0) return 0;
    const auto* at = reinterpret_cast<const __m256i*>(v);  // 8 indexes a vector
    const __m256i* whole = at + n / 32 * 4;                 // where the last turn of four ends
    __m256i a = _mm256_setzero_si256(), b = a, c = a, d = a;
    for (; at < whole; at += 4) {
        a = _mm256_max_epu32(a, _mm256_loadu_si256(at));
        b = _mm256_max_epu32(b, _mm256_loadu_si256(at + 1));
        c = _mm256_max_epu32(c, _mm256_loadu_si256(at + 2));
        d = _mm256_max_epu32(d, _mm256_loadu_si256(at + 3));
    }
    size_t i = n / 32 * 32;
    a = _mm256_max_epu32(_mm256_max_epu32(a, b), _mm256_max_epu32(c, d));
    alignas(32) uint32_t lanes[8];
    _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), a);
    uint32_t largest = 0;
    for (uint32_t lane : lanes) largest = std::max(largest, lane);
    for (; i < n; ++i) largest = std::max(largest, v[i]);
    return largest >= limit ? 1 : 0;
}
#endif

size_t some_at_least(const uint32_t* v, size_t n, uint64_t limit) {
#ifdef PLACELINE_CHECKS_AVX2
    if (has_avx2()) return some_at_least_avx2(v, n, limit);
#endif
    return some_at_least_portable(v, n, limit);
}

size_t bad_keys_portable(const ImageHeader& h, const KeyEntry* k, size_t first, size_t last) {
    size_t bad = 0;
    for (size_t i = first; i < last; ++i)
        bad += (uint64_t(k[i].text) + k[i].length >= h.pool_bytes) |
               (uint64_t(k[i].postings_first) + k[i].postings_count > h.posting_count);
    return bad;
}

#if defined(__x86_64__) && defined(__GNUC__)
// The keys' loop, by hand for AVX2: the compiler's own vectorisation of the loop above gathers
// the four fields of four keys into lanes (12 instructions a key). Here the 16 bytes of a key that
// are checked, (text, length) (postings first, count), fill half a vector, two keys a vector:
// each 64-bit lane's two 32-bit halves are summed in 64 bits (where they cannot wrap) and compared
// with that lane's bound, the pool's size or the postings' count: some 4 instructions a key.
// Nonzero when some key is bad (not how many).
static_assert(sizeof(KeyEntry) == 32 && offsetof(KeyEntry, text) == 8 && offsetof(KeyEntry, length) == 12 &&
              offsetof(KeyEntry, postings_first) == 16 && offsetof(KeyEntry, postings_count) == 20);
// The checked half of a key, from `text` on.
__attribute__((target("avx2"))) inline __m128i key_ranges(const KeyEntry* key) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(reinterpret_cast<const char*>(key) + offsetof(KeyEntry, text)));
}
// Two keys' checked halves in one vector.
__attribute__((target("avx2"))) inline __m256i key_pair(const KeyEntry* key) {
    return _mm256_inserti128_si256(_mm256_castsi128_si256(key_ranges(key)), key_ranges(key + 1), 1);
}
// Two keys' lanes above their bounds (a lambda would not take the function's AVX2 target).
__attribute__((target("avx2"))) inline __m256i keys_over(__m256i two, __m256i low, __m256i bound) {
    return _mm256_cmpgt_epi64(_mm256_add_epi64(_mm256_and_si256(two, low), _mm256_srli_epi64(two, 32)), bound);
}
__attribute__((target("avx2"))) size_t bad_keys_avx2(const ImageHeader& h, const KeyEntry* k, size_t first, size_t last) {
    // "sum >= pool_bytes" is "sum > pool_bytes - 1" (pool_bytes > 0: image_sections_fit); the
    // bounds are below 2^63, so the signed 64-bit comparison is the unsigned one.
    const __m256i bound = _mm256_setr_epi64x(int64_t(h.pool_bytes - 1), int64_t(h.posting_count),
                                             int64_t(h.pool_bytes - 1), int64_t(h.posting_count));
    const __m256i low = _mm256_set1_epi64x(0xFFFFFFFF);
    __m256i bad = _mm256_setzero_si256();
    const KeyEntry* key = k + first;
    const KeyEntry* end = k + last;
    // Four keys a turn: the loop's own count and test once for four.
    for (; end - key >= 4; key += 4)
        bad = _mm256_or_si256(bad, _mm256_or_si256(keys_over(key_pair(key), low, bound), keys_over(key_pair(key + 2), low, bound)));
    // The last keys one by one, each in both halves.
    for (; key < end; ++key)
        bad = _mm256_or_si256(bad, keys_over(_mm256_broadcastsi128_si256(key_ranges(key)), low, bound));
    return _mm256_testz_si256(bad, bad) ? 0 : 1;
}
#endif

size_t bad_keys(const ImageHeader& h, const KeyEntry* k, size_t first, size_t last) {
#ifdef PLACELINE_CHECKS_AVX2
    if (has_avx2()) return bad_keys_avx2(h, k, first, last);
#endif
    return bad_keys_portable(h, k, first, last);
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
            case Stretch::indexes: bad[i] = some_at_least(s.index + s.first, s.last - s.first, s.limit); break;
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
