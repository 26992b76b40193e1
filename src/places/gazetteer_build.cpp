// GazetteerBuilder: merging readers' places, folding every spelling, and laying out the image
// (see gazetteer_image.hpp).
//
// Index:
//   1. add / merge
//   2. folding names in parallel into per-worker arenas (no string per name)
//   3. grouping folded names into keys, and the prefixes of multi-word keys
//   4. laying out the image
#include <algorithm>
#include <cstring>
#include <thread>
#include <unordered_map>

#include "gazetteer_image.hpp"
#include "placeline/base/on_cores.hpp"
#include "placeline/places/gazetteer.hpp"
#include "placeline/places/names.hpp"
#include "placeline/places/water_names.hpp"

namespace placeline {

// --- 1. add / merge -----------------------------------------------------------------------------

PlaceIndex GazetteerBuilder::find(std::string_view id) const {
    auto it = ids_.find(std::string(id));
    return it == ids_.end() ? no_place : it->second;
}

PlaceIndex GazetteerBuilder::add(Place place) {
    if (PlaceIndex known = find(place.id); known != no_place) return merge(std::move(place));
    auto index = static_cast<PlaceIndex>(places_.size());
    ids_.emplace(place.id, index);
    places_.push_back(std::move(place));
    return index;
}

PlaceIndex GazetteerBuilder::merge(Place row) {
    PlaceIndex i = find(row.id);
    if (i == no_place) return add(std::move(row));
    Place& p = places_[i];
    auto has_name = [&](const std::string& text) {
        return std::any_of(p.names.begin(), p.names.end(), [&](const Name& n) { return n.text == text; });
    };
    if (!row.name.empty() && row.name != p.name) {
        if (!has_name(p.name)) p.names.insert(p.names.begin(), {p.name, ""});
        p.name = row.name;
    }
    if (row.kind != PlaceKind::other) p.kind = row.kind;
    if (!row.country.empty()) p.country = row.country;
    for (Name& n : row.names) {
        auto same = std::find_if(p.names.begin(), p.names.end(), [&](const Name& m) { return m.text == n.text; });
        if (same == p.names.end()) p.names.push_back(std::move(n));
        else if (same->lang.empty()) same->lang = n.lang;  // the curated row knows the language
    }
    if (!row.line.empty()) {
        p.line = std::move(row.line);
        p.schematic = row.schematic;
    }
    if (!row.source.empty()) p.source = p.source.empty() ? row.source : p.source + "; names: " + row.source;
    p.curated = p.curated || row.curated;
    return i;
}

namespace {

// --- 2. folding ---------------------------------------------------------------------------------

struct Folded {
    uint64_t hash;
    uint32_t place;
    uint32_t arena;   // which worker's arena
    uint32_t offset;  // into it
    uint32_t length;
};

struct FoldWork {
    std::string arena;
    std::vector<Folded> out;
};

constexpr uint32_t no_fold = UINT32_MAX;

// Folds every spelling of places [begin, end) into the worker's arena; `name_fold[i]` receives the
// canonical name's entry (its fold is also its index key, which the image records per place).
void fold_places(const std::vector<Place>& places, size_t begin, size_t end, uint32_t arena_id, FoldWork& w,
                 std::vector<Folded>& name_fold, std::atomic<size_t>& done, Progress* progress) {
    std::string key;
    std::vector<std::pair<uint64_t, std::string>> seen;  // this place's keys so far
    for (size_t i = begin; i < end; ++i) {
        const Place& p = places[i];
        seen.clear();
        auto add = [&](const std::string& text) {
            key = fold_name(text);
            if (key.empty()) return;
            uint64_t h = key_hash(key);
            for (const auto& [sh, sk] : seen)
                if (sh == h && sk == key) return;
            seen.emplace_back(h, key);
            w.out.push_back({h, static_cast<uint32_t>(i), arena_id, static_cast<uint32_t>(w.arena.size()),
                             static_cast<uint32_t>(key.size())});
            w.arena += key;
        };
        size_t before = w.out.size();
        add(p.name);
        name_fold[i] = w.out.size() > before ? w.out[before] : Folded{0, no_fold, 0, 0, 0};
        for (const Name& n : p.names) add(n.text);
        // A sea, gulf or lake is found by both English forms of its name (water_names.hpp).
        if (p.kind == PlaceKind::water) {
            if (std::string other = other_water_form(p.name); !other.empty()) add(other);
            for (const Name& n : p.names)
                if (std::string other = other_water_form(n.text); !other.empty()) add(other);
        }
        if ((i & 4095) == 0) {
            size_t d = done.fetch_add(4096) + 4096;
            if (progress) progress->set(0.85f * std::min(1.0f, float(d) / float(places.size())));
        }
    }
}

// --- 4 (helpers). Image writer ------------------------------------------------------------------

class Pool {
public:
    Pool() { bytes_.push_back('\0'); }
    uint32_t add(std::string_view s) {
        if (s.empty()) return 0;
        auto at = static_cast<uint32_t>(bytes_.size());
        bytes_.append(s);
        bytes_.push_back('\0');
        return at;
    }
    // For the few strings that repeat a lot (languages, sources of bulk rows).
    uint32_t add_shared(const std::string& s) {
        auto [it, fresh] = shared_.try_emplace(s, 0);
        if (fresh) it->second = add(s);
        return it->second;
    }
    const std::string& bytes() const { return bytes_; }
    std::string release() {
        shared_.clear();
        return std::move(bytes_);
    }

private:
    std::string bytes_;
    std::unordered_map<std::string, uint32_t> shared_;
};

uint64_t next_power_of_two(uint64_t n) {
    uint64_t p = 1;
    while (p < n) p <<= 1;
    return p;
}

uint64_t align8(uint64_t n) { return (n + 7) & ~uint64_t(7); }

}  // namespace

std::shared_ptr<const Gazetteer> GazetteerBuilder::build(Progress* progress, std::string stamp) {
    if (progress) progress->stage("Compiling the gazetteer: folding names");
    // Every place lists its canonical name among its names, first.
    for (Place& p : places_) {
        if (p.name.empty() && !p.names.empty()) p.name = p.names.front().text;
        if (std::none_of(p.names.begin(), p.names.end(), [&](const Name& n) { return n.text == p.name; }))
            p.names.insert(p.names.begin(), {p.name, "en"});
    }

    // --- 2. fold, in parallel over chunks of places. Chunk t always covers the same places and
    // fills arena t, whichever thread runs it, so the compiled image does not depend on timing.
    const size_t n = places_.size();
    size_t chunks = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
    if (n < 20000) chunks = 1;
    std::vector<FoldWork> work(chunks);
    std::vector<Folded> name_fold(n);
    std::atomic<size_t> done{0};
    for_each_on_cores(chunks, [&](size_t t) {
        fold_places(places_, n * t / chunks, n * (t + 1) / chunks, uint32_t(t), work[t], name_fold, done, progress);
    });
    if (progress) progress->stage("Compiling the gazetteer: indexing names");
    auto text_of = [&](const Folded& f) { return std::string_view(work[f.arena].arena).substr(f.offset, f.length); };

    // --- 4a. places, names and lines go to their sections now, so that the places themselves
    // (the biggest thing in memory while compiling) can be let go before the keys are sorted.
    Pool pool;
    std::vector<PlaceRecord> records(n);
    std::vector<NameRecord> names;
    std::vector<LonLat> lines;
    const uint64_t id_slot_count = next_power_of_two(n * 2 + 16);
    std::vector<uint32_t> id_slots(id_slot_count, 0);
    for (size_t i = 0; i < n; ++i) {
        const Place& p = places_[i];
        PlaceRecord& r = records[i];  // value-initialised: zeros, padding included
        r.facts.lat = p.point.lat;
        r.facts.lon = p.point.lon;
        r.facts.population = p.population;
        r.facts.kind = p.kind;
        r.facts.flags = static_cast<uint8_t>((p.curated ? PlaceFacts::curated : 0) | (p.line.empty() ? 0 : PlaceFacts::has_line));
        if (p.country.size() == 2) std::memcpy(r.facts.country, p.country.data(), 2);
        std::memcpy(r.facts.feature, p.feature.data(), std::min(p.feature.size(), sizeof r.facts.feature - 1));
        r.id = pool.add(p.id);
        r.name = pool.add(p.name);
        r.source = pool.add_shared(p.source);
        r.names_first = static_cast<uint32_t>(names.size());
        for (const Name& nm : p.names) names.push_back({pool.add(nm.text), pool.add_shared(nm.lang)});
        r.names_count = static_cast<uint32_t>(names.size() - r.names_first);
        r.line_first = static_cast<uint32_t>(lines.size());
        lines.insert(lines.end(), p.line.begin(), p.line.end());
        r.line_count = static_cast<uint32_t>(p.line.size());
        r.schematic = p.schematic;
        r.name_key = UINT32_MAX;  // set once the keys exist
        uint64_t h = key_hash(p.id);
        for (uint64_t slot = h & (id_slot_count - 1);; slot = (slot + 1) & (id_slot_count - 1))
            if (!id_slots[slot]) {
                id_slots[slot] = static_cast<uint32_t>(i + 1);
                break;
            }
    }
    std::vector<Place>().swap(places_);
    ids_.clear();

    // --- 3. group equal keys
    std::vector<Folded> all;
    size_t total = 0;
    for (auto& w : work) total += w.out.size();
    all.reserve(total);
    for (auto& w : work) {
        all.insert(all.end(), w.out.begin(), w.out.end());
        std::vector<Folded>().swap(w.out);
    }
    std::sort(all.begin(), all.end(), [&](const Folded& a, const Folded& b) {
        if (a.hash != b.hash) return a.hash < b.hash;
        int c = text_of(a).compare(text_of(b));
        return c != 0 ? c < 0 : a.place < b.place;
    });

    std::vector<KeyEntry> keys;
    std::vector<uint32_t> postings;
    postings.reserve(all.size());
    uint32_t max_words = 1;
    for (size_t i = 0; i < all.size();) {
        size_t j = i;
        std::string_view text = text_of(all[i]);
        KeyEntry e{};
        e.hash = all[i].hash;
        e.length = static_cast<uint32_t>(text.size());
        e.text = pool.add(text);
        e.postings_first = static_cast<uint32_t>(postings.size());
        for (; j < all.size() && all[j].hash == all[i].hash && text_of(all[j]) == text; ++j)
            if (postings.size() == e.postings_first || postings.back() != all[j].place) postings.push_back(all[j].place);
        e.postings_count = static_cast<uint32_t>(postings.size() - e.postings_first);
        e.words = 1 + static_cast<uint32_t>(std::count(text.begin(), text.end(), ' '));
        max_words = std::max(max_words, e.words);
        keys.push_back(e);
        i = j;
    }
    std::vector<Folded>().swap(all);

    // Prefixes of multi-word keys ("nagorno" of "nagorno karabakh"), so that the matcher knows
    // when reading one more word can still lead to a name.
    size_t prefix_bound = 0;
    for (const KeyEntry& e : keys) prefix_bound += e.words - 1;
    const uint64_t slot_count = next_power_of_two((keys.size() + prefix_bound) * 2 + 16);
    std::vector<uint32_t> slots(slot_count, 0);
    auto probe = [&](uint64_t h, std::string_view text) -> uint32_t& {
        for (uint64_t slot = h & (slot_count - 1);; slot = (slot + 1) & (slot_count - 1)) {
            uint32_t& k = slots[slot];
            if (!k) return k;
            const KeyEntry& e = keys[k - 1];
            if (e.hash == h && e.length == text.size() &&
                std::memcmp(pool.bytes().data() + e.text, text.data(), text.size()) == 0)
                return k;
        }
    };
    for (uint32_t k = 0; k < keys.size(); ++k) {
        std::string_view text(pool.bytes().data() + keys[k].text, keys[k].length);
        probe(keys[k].hash, text) = k + 1;
    }
    for (size_t i = 0; i < n; ++i)
        if (name_fold[i].place != no_fold)
            if (uint32_t k = probe(name_fold[i].hash, text_of(name_fold[i]))) records[i].name_key = k - 1;
    std::vector<Folded>().swap(name_fold);
    std::vector<FoldWork>().swap(work);
    const size_t full_keys = keys.size();
    std::string prefix;
    for (size_t k = 0; k < full_keys; ++k) {
        if (keys[k].words < 2) continue;
        std::string text(pool.bytes().data() + keys[k].text, keys[k].length);
        for (size_t sp = text.find(' '); sp != std::string::npos; sp = text.find(' ', sp + 1)) {
            prefix.assign(text, 0, sp);
            uint64_t h = key_hash(prefix);
            uint32_t& slot = probe(h, prefix);
            if (!slot) {
                KeyEntry e{};
                e.hash = h;
                e.length = static_cast<uint32_t>(prefix.size());
                e.text = pool.add(prefix);
                e.postings_first = 0;
                e.postings_count = 0;
                e.words = 1 + static_cast<uint32_t>(std::count(prefix.begin(), prefix.end(), ' '));
                keys.push_back(e);
                slot = static_cast<uint32_t>(keys.size());
            }
            keys[slot - 1].flags |= KeyEntry::is_prefix;
        }
    }
    if (progress) progress->set(0.92f);

    // --- 4b. the image: each section is copied in and its vector freed at once, so that the
    // image and the pieces it is made of are not both in memory whole.
    ImageHeader h{};
    std::memcpy(h.magic, image_magic, sizeof image_magic);
    h.version = image_version;
    h.header_bytes = sizeof h;
    h.place_count = static_cast<uint32_t>(n);
    h.name_count = static_cast<uint32_t>(names.size());
    h.line_point_count = static_cast<uint32_t>(lines.size());
    h.key_count = static_cast<uint32_t>(keys.size());
    h.slot_count = static_cast<uint32_t>(slot_count);
    h.posting_count = static_cast<uint32_t>(postings.size());
    h.id_slot_count = static_cast<uint32_t>(id_slot_count);
    h.max_words = max_words;
    uint64_t at = align8(sizeof h);
    auto place_section = [&](uint64_t& off, uint64_t bytes) {
        off = at;
        at = align8(at + bytes);
    };
    place_section(h.off_places, records.size() * sizeof(PlaceRecord));
    place_section(h.off_names, names.size() * sizeof(NameRecord));
    place_section(h.off_lines, lines.size() * sizeof(LonLat));
    place_section(h.off_keys, keys.size() * sizeof(KeyEntry));
    place_section(h.off_slots, slots.size() * sizeof(uint32_t));
    place_section(h.off_postings, postings.size() * sizeof(uint32_t));
    place_section(h.off_id_slots, id_slots.size() * sizeof(uint32_t));
    h.pool_bytes = pool.bytes().size();
    place_section(h.off_pool, h.pool_bytes);
    h.stamp_bytes = stamp.size();
    place_section(h.off_stamp, h.stamp_bytes);
    h.total_bytes = at;

    // Not zero-filled up front (that would make every page resident at once): each section is
    // written whole, and only the padding between sections is zeroed.
    std::shared_ptr<uint64_t[]> buffer(new uint64_t[at / 8]);
    auto* base = reinterpret_cast<std::byte*>(buffer.get());
    auto put = [&](uint64_t off, auto& vec) {
        size_t bytes = vec.size() * sizeof(vec[0]);
        if (bytes) std::memcpy(base + off, vec.data(), bytes);
        std::memset(base + off + bytes, 0, align8(off + bytes) - (off + bytes));
        std::remove_reference_t<decltype(vec)>().swap(vec);
    };
    std::memset(base, 0, align8(sizeof h));
    put(h.off_places, records);
    put(h.off_names, names);
    put(h.off_lines, lines);
    put(h.off_keys, keys);
    put(h.off_slots, slots);
    put(h.off_postings, postings);
    put(h.off_id_slots, id_slots);
    std::string pool_bytes = pool.release();
    put(h.off_pool, pool_bytes);
    put(h.off_stamp, stamp);
    std::span<const std::byte> image(base, at);
    h.checksum = image_checksum(image.subspan(sizeof h));
    std::memcpy(base, &h, sizeof h);

    if (progress) progress->set(1.0f);
    std::string error;
    return Gazetteer::from_image(image, std::shared_ptr<const void>(buffer, buffer.get()), false, error);
}

}  // namespace placeline
