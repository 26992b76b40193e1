#pragma once
// The gazetteer: places and an index from folded names to the places that bear them.
// Readers (GeoNames, Natural Earth, the curated lists in geodata/) fill a GazetteerBuilder, which
// compiles everything into one flat image: fixed-size records, a string pool and an open-addressing
// table of folded names. The same image is what the cache stores and memory-maps, so a gazetteer
// built in memory and one read back from disk are the same code path.
// The matcher and the resolver only see this class, so a new source is a new reader and nothing else.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstring>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "placeline/base/diagnostics.hpp"
#include "placeline/base/zeroed_array.hpp"
#include "placeline/places/place.hpp"
#include "placeline/base/progress.hpp"

namespace placeline {

// What the resolver needs of a place, without strings: fixed size, read straight from the image.
struct PlaceFacts {
    double lat = 0, lon = 0;
    int64_t population = 0;
    PlaceKind kind = PlaceKind::other;
    uint8_t flags = 0;            // see below
    char country[2] = {0, 0};     // ISO 3166-1 alpha-2, or zeros
    char feature[6] = {};         // GeoNames feature code, NUL-padded
    uint16_t pad16 = 0;           // explicit padding: the image is hashed byte for byte
    uint32_t pad32 = 0;

    static constexpr uint8_t curated = 1, has_line = 2;
    std::string_view country_code() const { return {country, country[0] ? size_t(2) : size_t(0)}; }
    std::string_view feature_code() const;
};

// Hash of a folded key, as the index stores it. The matcher computes it incrementally, word by
// word, so that no key string is built for words that are not names.
struct KeyHash {
    uint64_t h = 14695981039346656037ull;  // FNV-1a 64
    void add(unsigned char c) { h = (h ^ c) * 1099511628211ull; }
    void add(std::string_view s) {
        for (unsigned char c : s) add(c);
    }
};
inline uint64_t key_hash(std::string_view folded) {
    KeyHash k;
    k.add(folded);
    return k.h;
}

// One folded name in the index.
struct KeyEntry {
    uint64_t hash;
    uint32_t text;            // pool offset of the folded key
    uint32_t length;          // bytes
    uint32_t postings_first;  // into the postings array
    uint32_t postings_count;  // 0: only a prefix of longer names
    uint32_t words;
    uint32_t flags;           // is_prefix: some longer key starts with this one and a space
    static constexpr uint32_t is_prefix = 1;
};

// The image's record of a place and of one spelling (see gazetteer_image.hpp for the layout).
// Declared here, not there, so that the accessors below are inline: the resolver asks for a
// place's facts hundreds of thousands of times an LGL run, and a call per fact cost more than
// the read.
struct PlaceRecord {
    PlaceFacts facts;
    uint32_t id, name, source;      // pool offsets
    uint32_t names_first, names_count;
    uint32_t line_first, line_count;
    uint32_t schematic;
    uint32_t name_key;              // key index of the folded canonical name (UINT32_MAX: none)
    uint32_t pad;
};

struct NameRecord {
    uint32_t text, lang;  // pool offsets
};

class Gazetteer {
public:
    Gazetteer(const Gazetteer&) = delete;
    Gazetteer& operator=(const Gazetteer&) = delete;
    ~Gazetteer();

    size_t size() const { return place_count_; }
    // The whole place, built from the image on first use (thread-safe) and kept.
    const Place& place(PlaceIndex i) const;
    const PlaceFacts& facts(PlaceIndex i) const { return places_[i].facts; }
    std::string_view id(PlaceIndex i) const { return pool(places_[i].id); }
    std::string_view name(PlaceIndex i) const { return pool(places_[i].name); }  // canonical English name
    // The index entry of the canonical name's folded key (nullptr when it folds to nothing).
    const KeyEntry* name_key(PlaceIndex i) const {
        const uint32_t k = places_[i].name_key;
        return k < key_count_ ? keys_ + k : nullptr;
    }
    // Every spelling of a place, without building the Place (the fuzzy search reads thousands).
    // A place whose spellings would run past their section has none.
    size_t spelling_count(PlaceIndex i) const {
        const PlaceRecord& r = places_[i];
        return uint64_t(r.names_first) + r.names_count <= name_count_ ? r.names_count : 0;
    }
    std::string_view spelling(PlaceIndex i, size_t k) const {
        return k < spelling_count(i) ? pool(names_[places_[i].names_first + k].text) : std::string_view();
    }

    // Places whose some name folds to this key (see fold_name).
    std::span<const PlaceIndex> lookup(std::string_view folded_key) const;
    // The index entry of a folded key whose hash is known, or nullptr. In the header: the matcher
    // asks for each window of words (some 47 thousand on a 2 MiB document), most of them ending at
    // an empty slot after a probe or two, where the call cost as much as the search. A slot past
    // the last key ends the search as an empty one does, and a table with no empty slot is
    // searched once round, no more (a sound one has one: key_count < slot_count).
    const KeyEntry* find_key(uint64_t hash, std::string_view folded_key) const {
        uint64_t s = hash & slot_mask_;
        for (uint64_t probes = 0; probes <= slot_mask_; ++probes, s = (s + 1) & slot_mask_) {
            const uint32_t k = slots_[s];
            if (k - 1 >= key_count_) return nullptr;  // 0 (empty) wraps to the largest number
            const KeyEntry& e = keys_[k - 1];
            if (e.hash == hash && e.length == folded_key.size() && text_inside(e) &&
                std::memcmp(pool_ + e.text, folded_key.data(), folded_key.size()) == 0)
                return &e;
        }
        return nullptr;
    }
    // A key's places; none when its postings would run past their section or name a place past
    // the last.
    std::span<const PlaceIndex> postings(const KeyEntry& e) const {
        if (uint64_t(e.postings_first) + e.postings_count > posting_count_) return {};
        const std::span<const PlaceIndex> found{postings_ + e.postings_first, e.postings_count};
        PlaceIndex largest = 0;
        for (PlaceIndex p : found) largest = std::max(largest, p);
        return found.empty() || largest < place_count_ ? found : std::span<const PlaceIndex>{};
    }
    // A key's folded text; "" when it would run past the string pool.
    std::string_view key_text(const KeyEntry& e) const {
        return text_inside(e) ? std::string_view(pool_ + e.text, e.length) : std::string_view();
    }
    std::span<const KeyEntry> keys() const { return {keys_, key_count_}; }
    // The longest name, in words, of any place: the matcher never looks further ahead.
    int max_words() const { return max_words_; }
    // Places of one country (ISO alpha-2), in index order; the index is built on first use.
    std::span<const PlaceIndex> in_country(std::string_view iso) const;
    // Place by id ("gn:146970"), or no_place.
    PlaceIndex find_id(std::string_view id) const;
    // Every place any of whose names folds like this text does (a user typing "Shushi").
    std::vector<PlaceIndex> find_by_name(std::string_view any_spelling) const;

    // Where it came from: the sources' stamp (paths, sizes, times) it was compiled from.
    std::string_view stamp() const { return stamp_; }
    bool memory_mapped() const { return mapped_; }
    size_t image_bytes() const { return image_.size(); }
    std::span<const std::byte> image() const { return image_; }

    // A gazetteer over a compiled image (see GazetteerBuilder::compile). The image must stay
    // alive as long as the gazetteer: `owner` keeps it (a vector, or a memory mapping).
    // Returns nullptr with the reason in `error` when the image is damaged. `check_body` true
    // checks the whole image first: its checksum, and every offset in its records, so that a
    // damaged image is refused (and the cache rebuilds it) before anything reads it. False (the
    // cache knows this file passed those checks unchanged: gazetteer_cache.cpp) checks the header
    // and the sections only, which a start reads in a few microseconds where the whole image took
    // some 15 ms of both cores' time and faulted in its 70 MB. Either way no read leaves the
    // image: each accessor above checks the offsets it follows, and what would lead outside is
    // read as nothing (no spelling, no places, "").
    static std::shared_ptr<const Gazetteer> from_image(std::span<const std::byte> image,
                                                       std::shared_ptr<const void> owner, bool mapped,
                                                       std::string& error, bool check_body = true);

private:
    Gazetteer() = default;
    // A string of the pool; "" (its first byte) for an offset past it. The pool ends with a NUL
    // (image_sections_fit), so a string that starts inside it ends inside it.
    const char* pool(uint32_t offset) const { return offset < pool_bytes_ ? pool_ + offset : pool_; }
    bool text_inside(const KeyEntry& e) const { return uint64_t(e.text) + e.length < pool_bytes_; }
    std::span<const std::byte> image_;
    std::shared_ptr<const void> owner_;
    bool mapped_ = false;
    size_t place_count_ = 0;
    int max_words_ = 1;
    const PlaceRecord* places_ = nullptr;
    const NameRecord* names_ = nullptr;
    size_t name_count_ = 0;
    const LonLat* lines_ = nullptr;
    size_t line_point_count_ = 0;
    const KeyEntry* keys_ = nullptr;
    size_t key_count_ = 0;
    const uint32_t* slots_ = nullptr;
    uint64_t slot_mask_ = 0;
    const uint32_t* postings_ = nullptr;
    size_t posting_count_ = 0;
    const uint32_t* id_slots_ = nullptr;
    uint64_t id_slot_mask_ = 0;
    const char* pool_ = nullptr;
    size_t pool_bytes_ = 0;
    std::string_view stamp_;
    // One pointer per place, null until the place is first built; read and set through
    // std::atomic_ref. Zeroed by the kernel (zeroed_array.hpp): a start neither writes a world's
    // 1.7 MB of nulls nor faults in pages that no place of the run uses.
    ZeroedArray<const Place*> materialised_;
    mutable std::once_flag by_country_once_;
    mutable std::vector<PlaceIndex> by_country_;        // places sorted by country
    mutable std::vector<std::pair<uint16_t, uint32_t>> country_start_;  // (code, first) per country
};

class GazetteerBuilder {
public:
    // Adds a place; a place whose id is already there is merged instead (see merge).
    PlaceIndex add(Place place);
    // A curated row about a place a bulk source already has: its name becomes the canonical
    // name (the old one stays as a variant), its kind wins when given, its names are added, and
    // the bulk source's coordinates stay unless the row has its own line geometry.
    PlaceIndex merge(Place place);
    PlaceIndex find(std::string_view id) const;
    // Room for this many more places: a reader that knows its row count avoids the copies (and
    // the doubled memory) of a growing vector.
    void reserve_more(size_t count) {
        places_.reserve(places_.size() + count);
        ids_.reserve(ids_.size() + count);
    }
    Place& at(PlaceIndex i) { return places_[i]; }
    size_t size() const { return places_.size(); }
    // Compiles the image (folding every name; in parallel when there are cores) and returns a
    // gazetteer over it. `stamp` names the sources, for the cache.
    std::shared_ptr<const Gazetteer> build(Progress* progress = nullptr, std::string stamp = {});

private:
    std::vector<Place> places_;
    std::unordered_map<std::string, PlaceIndex> ids_;
};

// The curated place lists in geodata/ (places.tsv, supplement.tsv); see curated_places.cpp.
void read_curated_places(const std::string& path, GazetteerBuilder& out, Diagnostics& diags);

// GeoNames cities500.txt (19 tab-separated columns). Malformed rows are counted and reported in
// one summary naming their line numbers, and skipped.
void read_geonames(const std::string& path, GazetteerBuilder& out, Diagnostics& diags, Progress* progress = nullptr);

// The curated lists of geodata/, in the order they are read (later rows add names to earlier ones):
// one list for the default gazetteer below and for geo::load_gazetteer.
std::vector<std::string> curated_list_files();
// The embedded default gazetteer of core alone: the curated lists shipped in geodata/.
// (The app and the CLI use geo::load_gazetteer, which adds the world and the boundaries.)
std::shared_ptr<const Gazetteer> load_default_gazetteer(Diagnostics& diags);

}  // namespace placeline
