// Reading a compiled gazetteer image: its header, lookups, and places built on first use. An
// image is checked whole once (gazetteer_check.cpp), and every read of it checks what it follows
// (here and in gazetteer.hpp), so that none leaves it.
#include <algorithm>
#include <atomic>
#include <cstring>

#include "gazetteer_image.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/places/gazetteer.hpp"
#include "placeline/places/names.hpp"

namespace placeline {

const char* to_string(PlaceKind k) {
    switch (k) {
        case PlaceKind::continent: return "continent";
        case PlaceKind::region: return "region";
        case PlaceKind::country: return "country";
        case PlaceKind::admin1: return "admin1";
        case PlaceKind::admin2: return "admin2";
        case PlaceKind::capital: return "capital";
        case PlaceKind::admin_seat: return "admin_seat";
        case PlaceKind::city: return "city";
        case PlaceKind::village: return "village";
        case PlaceKind::corridor: return "corridor";
        case PlaceKind::landmark: return "landmark";
        case PlaceKind::water: return "water";
        case PlaceKind::other: return "other";
        case PlaceKind::river: return "river";
    }
    return "other";
}

PlaceKind place_kind_from_string(const std::string& s) {
    for (int k = 0; k <= static_cast<int>(PlaceKind::river); ++k)
        if (s == to_string(static_cast<PlaceKind>(k))) return static_cast<PlaceKind>(k);
    return PlaceKind::other;
}

std::string_view PlaceFacts::feature_code() const { return {feature, strnlen(feature, sizeof feature)}; }

Gazetteer::~Gazetteer() {
    if (!materialised_) return;
    for (size_t i = 0; i < place_count_; ++i) delete materialised_[i];
}

std::shared_ptr<const Gazetteer> Gazetteer::from_image(std::span<const std::byte> image,
                                                       std::shared_ptr<const void> owner, bool mapped,
                                                       std::string& error, bool check_body) {
    ImageHeader h;
    if (image.size() < sizeof h) {
        error = "too short to be a gazetteer image (" + std::to_string(image.size()) + " bytes)";
        return nullptr;
    }
    std::memcpy(&h, image.data(), sizeof h);
    if (std::memcmp(h.magic, image_magic, sizeof image_magic) != 0) {
        error = "not a gazetteer image";
        return nullptr;
    }
    if (h.version != image_version || h.header_bytes != sizeof h) {
        error = "gazetteer image of another version (" + std::to_string(h.version) + ", this program reads " +
                std::to_string(image_version) + ")";
        return nullptr;
    }
    if (h.total_bytes != image.size()) {
        error = "truncated gazetteer image (" + std::to_string(image.size()) + " of " + std::to_string(h.total_bytes) +
                " bytes)";
        return nullptr;
    }
    if (check_body && image_checksum(image.subspan(sizeof h)) != h.checksum) {
        error = "damaged gazetteer image (checksum mismatch)";
        return nullptr;
    }
    if (!image_sections_fit(h, image)) {
        error = "gazetteer image with inconsistent sections";
        return nullptr;
    }
    // Every offset the lookups follow, checked here once per image so that a damaged one is
    // refused (and rebuilt) before it is used; a sealed image is not read whole again at every
    // start, its readers check each offset they follow.
    if (check_body && !image_offsets_inside(h, image)) {
        error = "gazetteer image with offsets outside it";
        return nullptr;
    }
    auto* base = reinterpret_cast<const char*>(image.data());
    std::shared_ptr<Gazetteer> g(new Gazetteer());
    g->image_ = image;
    g->owner_ = std::move(owner);
    g->mapped_ = mapped;
    g->place_count_ = h.place_count;
    g->max_words_ = static_cast<int>(h.max_words);
    g->places_ = reinterpret_cast<const PlaceRecord*>(base + h.off_places);
    g->names_ = reinterpret_cast<const NameRecord*>(base + h.off_names);
    g->name_count_ = h.name_count;
    g->lines_ = reinterpret_cast<const LonLat*>(base + h.off_lines);
    g->line_point_count_ = h.line_point_count;
    g->keys_ = reinterpret_cast<const KeyEntry*>(base + h.off_keys);
    g->key_count_ = h.key_count;
    g->slots_ = reinterpret_cast<const uint32_t*>(base + h.off_slots);
    g->slot_mask_ = h.slot_count - 1;
    g->postings_ = reinterpret_cast<const uint32_t*>(base + h.off_postings);
    g->posting_count_ = h.posting_count;
    g->id_slots_ = reinterpret_cast<const uint32_t*>(base + h.off_id_slots);
    g->id_slot_mask_ = h.id_slot_count - 1;
    g->pool_ = base + h.off_pool;
    g->pool_bytes_ = h.pool_bytes;
    g->stamp_ = std::string_view(base + h.off_stamp, h.stamp_bytes);
    g->materialised_ = ZeroedArray<const Place*>(h.place_count);
    return g;
}

const Place& Gazetteer::place(PlaceIndex i) const {
    std::atomic_ref<const Place*> slot(materialised_[i]);
    if (const Place* p = slot.load(std::memory_order_acquire)) return *p;
    const PlaceRecord& r = places_[i];
    auto p = std::make_unique<Place>();
    p->id = pool(r.id);
    p->name = pool(r.name);
    p->kind = r.facts.kind;
    p->country = std::string(r.facts.country_code());
    p->point = {r.facts.lon, r.facts.lat};
    p->population = r.facts.population;
    if (uint64_t(r.line_first) + r.line_count <= line_point_count_)  // else no line
        p->line.assign(lines_ + r.line_first, lines_ + r.line_first + r.line_count);
    p->schematic = r.schematic != 0;
    for (size_t k = 0, n = spelling_count(i); k < n; ++k)
        p->names.push_back({pool(names_[r.names_first + k].text), pool(names_[r.names_first + k].lang)});
    p->source = pool(r.source);
    p->feature = std::string(r.facts.feature_code());
    p->curated = r.facts.flags & PlaceFacts::curated;
    const Place* expected = nullptr;
    const Place* mine = p.get();
    // Two threads may build the same place; the first one published wins, the other is dropped.
    if (slot.compare_exchange_strong(expected, mine, std::memory_order_acq_rel)) {
        p.release();
        return *mine;
    }
    return *expected;
}

std::span<const PlaceIndex> Gazetteer::lookup(std::string_view key) const {
    const KeyEntry* e = find_key(key_hash(key), key);
    return e ? postings(*e) : std::span<const PlaceIndex>{};
}

std::span<const PlaceIndex> Gazetteer::in_country(std::string_view iso) const {
    auto code = [](const char* c) { return static_cast<uint16_t>(uint8_t(c[0]) << 8 | uint8_t(c[1])); };
    std::call_once(by_country_once_, [&] {
        by_country_.resize(place_count_);
        for (PlaceIndex i = 0; i < place_count_; ++i) by_country_[i] = i;
        std::stable_sort(by_country_.begin(), by_country_.end(), [&](PlaceIndex a, PlaceIndex b) {
            return code(places_[a].facts.country) < code(places_[b].facts.country);
        });
        for (uint32_t k = 0; k < by_country_.size(); ++k) {
            uint16_t c = code(places_[by_country_[k]].facts.country);
            if (country_start_.empty() || country_start_.back().first != c) country_start_.push_back({c, k});
        }
        country_start_.push_back({0xFFFF, uint32_t(by_country_.size())});
    });
    if (iso.size() != 2) return {};
    uint16_t want = code(iso.data());
    for (size_t k = 0; k + 1 < country_start_.size(); ++k)
        if (country_start_[k].first == want)
            return std::span<const PlaceIndex>(by_country_).subspan(country_start_[k].second,
                                                                    country_start_[k + 1].second - country_start_[k].second);
    return {};
}

PlaceIndex Gazetteer::find_id(std::string_view id) const {
    // As find_key: a slot past the last place ends the search, and the table is searched once
    // round at most.
    uint64_t h = key_hash(id), s = h & id_slot_mask_;
    for (uint64_t probes = 0; probes <= id_slot_mask_; ++probes, s = (s + 1) & id_slot_mask_) {
        const uint32_t k = id_slots_[s];
        if (k - 1 >= place_count_) return no_place;  // 0 (empty) wraps to the largest number
        if (this->id(k - 1) == id) return k - 1;
    }
    return no_place;
}

std::vector<PlaceIndex> Gazetteer::find_by_name(std::string_view any_spelling) const {
    auto found = lookup(fold_name(any_spelling));
    return {found.begin(), found.end()};
}

std::vector<std::string> curated_list_files() {
    // country-parts.tsv is generated (make-country-parts.sh), not hand-made, but a list of the
    // same columns: German's parts of countries ("Süddeutschland"), which no bulk source holds.
    return {geodata_path("places.tsv"), geodata_path("supplement.tsv"), geodata_path("physical.tsv"),
            geodata_path("country-parts.tsv")};
}

std::shared_ptr<const Gazetteer> load_default_gazetteer(Diagnostics& diags) {
    GazetteerBuilder builder;
    for (const std::string& list : curated_list_files()) read_curated_places(list, builder, diags);
    return builder.build();
}

}  // namespace placeline
