#pragma once
// The compiled gazetteer image: what GazetteerBuilder writes, what the cache stores on disk and
// what Gazetteer reads in place (memory-mapped). Private to core.
//
//   ImageHeader
//   PlaceRecord[place_count]       fixed-size facts and offsets
//   NameRecord[name_count]         every spelling of every place (text, language or script)
//   LonLat[line_point_count]       corridor and route lines
//   KeyEntry[key_count]            folded names and prefixes of multi-word names
//   uint32_t[slot_count]           open addressing over keys by hash (key index + 1; 0 is empty)
//   uint32_t[posting_count]        place indices per key
//   uint32_t[id_slot_count]        open addressing over places by id hash (place index + 1)
//   char[pool_bytes]               NUL-terminated strings; offset 0 is ""
//   char[stamp_bytes]              the sources' stamp
//
// Every section starts on an 8-byte boundary. The checksum covers everything after the header, so
// a truncated or damaged file is caught before any offset in it is trusted.
#include <cstdint>
#include <span>

#include "placeline/places/gazetteer.hpp"

namespace placeline {

inline constexpr char image_magic[8] = {'P', 'L', 'G', 'A', 'Z', 'I', 'X', '\n'};
// Bump when the layout or anything that changes keys (folding rules, readers) changes: an image
// of another version is rebuilt, never read.
inline constexpr uint32_t image_version = 17;  // 17: divisions take CLDR's English names; 16: rivers halfway along their stem, physical features

struct ImageHeader {
    char magic[8];
    uint32_t version;
    uint32_t header_bytes;
    uint64_t total_bytes;
    uint64_t checksum;
    uint32_t place_count, name_count, line_point_count, key_count;
    uint32_t slot_count, posting_count, id_slot_count, max_words;
    uint64_t off_places, off_names, off_lines, off_keys, off_slots, off_postings, off_id_slots, off_pool;
    uint64_t pool_bytes, off_stamp, stamp_bytes;
};

// PlaceRecord and NameRecord, the records of the first two sections, are in gazetteer.hpp (the
// accessors that read them are inline there).

// Whether the header's sections are aligned and lie inside the image, the hash tables' sizes are
// powers of two with room to spare, and the string pool starts and ends with a NUL
// (gazetteer_check.cpp).
bool image_sections_fit(const ImageHeader& h, std::span<const std::byte> image);
// Whether every offset and index in the image's records stays inside the section it points into,
// so that no lookup can read outside the image. A large image is read on all cores.
bool image_offsets_inside(const ImageHeader& h, std::span<const std::byte> image);

// Word-wise mixing hash of the image body: about 1 ns per 8 bytes, so checking a whole
// world image costs a few tens of milliseconds at load.
uint64_t image_checksum(std::span<const std::byte> body);

}  // namespace placeline
