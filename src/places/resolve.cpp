// Resolution: each match's candidates are scored by adding signals (see Signal in mention.hpp),
// every one kept with its weight so that the choice can be explained and shown.
//
//   1. priors: kind, population, curated, exact name, seat of a same-named region
//   2. local words: cues, qualifiers, common words, parts of other names
//   3. the document: the countries and points of its confident places (anchors)
//   4. one sense per name per document, unless a mention's own evidence is strong
//   5. the threshold: a match whose best total stays below it is no mention
// Every weight is in one table, resolve_weights.hpp, with what it is for.
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <span>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

#include "placeline/base/on_cores.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/places/names.hpp"
#include "placeline/places/resolution.hpp"
#include "placeline/text/ascii_bytes.hpp"
#include "great_circle.hpp"
#include "pair_numbers.hpp"
#include "resolve_joint.hpp"
#include "unit_vector.hpp"
#include "resolve_weights.hpp"

namespace placeline {

const char* to_string(Signal s) {
    switch (s) {
        case Signal::kind: return "kind";
        case Signal::population: return "population";
        case Signal::curated: return "curated";
        case Signal::exact_name: return "exact_name";
        case Signal::seat_of_region: return "seat_of_region";
        case Signal::context_country: return "context_country";
        case Signal::context_distance: return "context_distance";
        case Signal::qualifier: return "qualifier";
        case Signal::cue: return "cue";
        case Signal::demonym_cue: return "demonym_cue";
        case Signal::common_word: return "common_word";
        case Signal::name_part: return "name_part";
        case Signal::organisation: return "organisation";
        case Signal::sentence_start: return "sentence_start";
        case Signal::one_sense: return "one_sense";
        case Signal::fuzzy: return "fuzzy";
        case Signal::override_: return "override";
        case Signal::person: return "person";
        case Signal::feature: return "feature";
        case Signal::named_area: return "named_area";
        case Signal::joint: return "joint";
    }
    return "?";
}

namespace resolution {
namespace {


bool is_area(PlaceKind k) {
    return k == PlaceKind::continent || k == PlaceKind::country || k == PlaceKind::region || k == PlaceKind::admin1 ||
           k == PlaceKind::admin2;
}
// "Indus River" or "River Indus" for a river whose main name is "Indus" (or "Indus River"): its
// main name typed, as good as the main name (not one of the variants that penalty is for).
std::string_view without_river(std::string_view k) {
    if (k.size() > 6 && k.substr(0, 6) == "river ") return k.substr(6);
    if (k.size() > 6 && k.substr(k.size() - 6) == " river") return k.substr(0, k.size() - 6);
    return k;
}
bool typed_main_name(const Gazetteer& g, PlaceIndex p, const KeyEntry* key) {
    const KeyEntry* main = g.name_key(p);
    if (!key || !main || g.facts(p).kind != PlaceKind::river) return false;
    return without_river(g.key_text(*key)) == without_river(g.key_text(*main));
}

// A country code as a number, equal for equal codes: "" is 0, two letters their two bytes.
uint16_t country_code16(std::string_view cc) {
    return cc.empty() ? 0 : uint16_t((uint16_t(uint8_t(cc[0])) << 8) | uint8_t(cc.size() > 1 ? cc[1] : 0));
}

bool is_settlement(PlaceKind k) {
    return k == PlaceKind::capital || k == PlaceKind::admin_seat || k == PlaceKind::city || k == PlaceKind::village;
}

// A place whose point says where it is: a town, a landmark, or a county (tens of km across, inside
// its state: "Washington County, Ohio"); not a country, state or region. What a qualifier after a
// comma can place, what pulls its neighbours jointly, and an anchor that is no area.
bool pointlike(PlaceKind k) { return !is_area(k) || k == PlaceKind::admin2; }

struct Scored {
    PlaceIndex place;
    SignalTally why;  // the winner's becomes its mention's Evidence
    // The document's (name, place) pair, once the pairs are listed (before 2b); until then, its
    // place among its match's candidates.
    uint32_t pair = 0;
};

// An array of Scored records whose slots are each written before they are read (a candidate's in
// pass 1), so none is zeroed first: a vector's value-initialisation would zero a long document's
// megabytes on one thread, then the passes on both cores would write them again. The records are plain values (trivially copyable and
// destructible): a slot is made by placement new or copy_scored.
class ScoredSlots {
public:
    explicit ScoredSlots(size_t n) : slots_(std::allocator<Scored>().allocate(std::max<size_t>(n, 1))), n_(n) {}
    ~ScoredSlots() { std::allocator<Scored>().deallocate(slots_, std::max<size_t>(n_, 1)); }
    ScoredSlots(const ScoredSlots&) = delete;
    ScoredSlots& operator=(const ScoredSlots&) = delete;
    std::span<Scored> span(size_t from, size_t count) const { return {slots_ + from, count}; }

private:
    Scored* slots_;
    size_t n_;
};
static_assert(std::is_trivially_copyable_v<Scored> && std::is_trivially_destructible_v<Scored>);

// Records copied as bytes, which a trivially copyable type allows: its default member
// initialisers make Scored no trivial type, so std::copy would copy it field by field.
void copy_scored(std::span<const Scored> from, Scored* to) {
    if (!from.empty()) std::memcpy(static_cast<void*>(to), from.data(), from.size_bytes());
}

// What a round changes of a record: it adds signals after the ones it has (its total grows by
// their sum) and sorts its match's records. So a record as it was before the first round is the
// record after it with its signal count and total as they were, the signals added beyond them
// zeroed again (as they were: a record starts value-initialised and only add_hundredths writes
// signals, at the count), in the order they were. Kept for each candidate instead of its whole
// record (64 bytes), these 12 bytes are a long document's priors in a fifth of the pages.
struct PriorTally {
    float total;
    uint32_t pair;  // which record: a match's candidates are distinct places, each its own pair
    uint8_t signal_count;
};

PriorTally prior_tally(const Scored& s) { return {s.why.total, s.pair, s.why.signal_count}; }

// Puts a match's records back as they were when `kept` was taken from them, in that order.
void restore_priors(std::span<Scored> v, const PriorTally* kept) {
    thread_local std::vector<uint32_t> now;  // by pair, less the lowest: its record's position now
    thread_local std::vector<Scored> was;
    auto put_back = [&](Scored& r, const PriorTally& t) {
        for (size_t k = t.signal_count; k < r.why.signal_count; ++k)  // a few: one store each
            std::memset(static_cast<void*>(&r.why.signals[k]), 0, sizeof(SignalWeight));
        r.why.signal_count = t.signal_count;
        r.why.total = t.total;
    };
    // Mostly the round left them in their order: each is put back where it is.
    size_t same = 0;
    while (same < v.size() && v[same].pair == kept[same].pair) ++same;
    if (same == v.size()) {
        for (size_t k = 0; k < v.size(); ++k) put_back(v[k], kept[k]);
        return;
    }
    // A match's pairs are numbered together (the first occurrence of its name numbers them all,
    // and every occurrence has the same candidates): they are the n numbers from the lowest, found
    // by one look each. Were they not, each is found by a search.
    uint32_t lowest = UINT32_MAX;
    for (const Scored& s : v) lowest = std::min(lowest, s.pair);
    now.assign(v.size(), UINT32_MAX);
    bool together = true;
    for (size_t k = 0; k < v.size() && together; ++k) {
        const uint32_t d = v[k].pair - lowest;
        together = d < v.size() && now[d] == UINT32_MAX;
        if (together) now[d] = uint32_t(k);
    }
    auto position_now = [&](uint32_t pair) -> size_t {
        if (together) return now[pair - lowest];
        size_t k = 0;
        while (v[k].pair != pair) ++k;
        return k;
    };
    if (was.size() < v.size()) was.resize(v.size());
    for (size_t k = 0; k < v.size(); ++k) {
        Scored& r = was[k];
        copy_scored(v.subspan(position_now(kept[k].pair), 1), &r);
        put_back(r, kept[k]);
    }
    copy_scored({was.data(), v.size()}, v.data());
}

// A confident place of the document, as context for the others. Occurrences of one name that
// resolve alike are one anchor with a weight, and points are unit vectors, so that the context
// loop is a dot product per pair instead of trigonometry.
struct Anchor {
    const KeyEntry* key;
    PlaceIndex place;
    std::string_view country;
    double x, y, z;
    bool area;  // too large for its point to say where the article is (a county is not: tens of km)
    float weight;
    PlaceKind kind;
    uint32_t name;  // the document's number of `key`
    uint32_t pair;  // the document's number of (key, place)
};

// Best first, ties in their order. Called after every pass, mostly on candidates already in order:
// those are left alone, found by the first one that beats the one before it. A few candidates are
// sorted by insertion in place: each moves only past lower totals, so ties keep their order as
// well. More are ordered by (total, position) in a small array of 8-byte keys, not 64-byte
// records: by insertion too while that moves about no more than a full sort would cost (a
// pass's few small weights leave most in order), by std::sort beyond; (total, position) is a
// strict order, so both give the same one. Then only the records from the first that moved are
// moved, once, through a buffer kept per thread (no allocation once warm).
void sort_by_total(std::span<Scored> v) {
    auto better = [](const Scored& a, const Scored& b) { return a.why.total > b.why.total; };
    size_t first = 1;  // the first record that beats the one before it: those before are in order
    while (first < v.size() && !better(v[first], v[first - 1])) ++first;
    if (first >= v.size()) return;
    if (v.size() <= 16) {
        for (size_t i = first; i < v.size(); ++i) {
            if (!better(v[i], v[i - 1])) continue;
            const Scored moving = v[i];
            size_t j = i;
            // One that beats the first moves to the front past all; any other stops at one it does
            // not beat before the front, so that loop asks no bound (as libstdc++'s unguarded one).
            if (better(moving, v[0])) {
                std::copy_backward(v.begin(), v.begin() + i, v.begin() + i + 1);
                j = 0;
            } else {
                for (; better(moving, v[j - 1]); --j) v[j] = v[j - 1];
            }
            v[j] = moving;
        }
        return;
    }
    using Key = std::pair<float, uint32_t>;  // (total, position)
    thread_local std::vector<Key> order;
    thread_local std::vector<Scored> moved;
    order.resize(v.size());
    for (size_t i = 0; i < v.size(); ++i) order[i] = {v[i].why.total, uint32_t(i)};
    // Insertion from `first`, moving at most about what a sort would cost (a key moved is a few
    // instructions, a sort's comparison and swap some more: 2 n log2 n moves).
    size_t budget = 2 * v.size() * size_t(std::bit_width(v.size()));
    bool within_budget = true;
    for (size_t i = first; i < order.size() && within_budget; ++i) {
        const Key moving = order[i];
        size_t j = i;
        if (moving.first > order[0].first) {  // to the front; otherwise stopped before it, unbounded
            std::copy_backward(order.begin(), order.begin() + ptrdiff_t(i), order.begin() + ptrdiff_t(i) + 1);
            j = 0;
        } else {
            for (; moving.first > order[j - 1].first; --j) order[j] = order[j - 1];
        }
        order[j] = moving;
        within_budget = budget >= i - j;
        budget -= std::min(budget, i - j);
    }
    if (!within_budget)
        std::sort(order.begin(), order.end(), [](const Key& a, const Key& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
    size_t from = 0;  // records before `from` stay where they are
    while (order[from].second == from) ++from;
    if (moved.size() < v.size()) moved.resize(v.size());
    copy_scored(v.subspan(from), moved.data());
    for (size_t k = from; k < v.size(); ++k) v[k] = moved[order[k].second - from];
}

// The population prior of a population above 0, in the hundredths SignalTally keeps:
// per_decade * (log10(population + 1) - from_log10), clamped, all in float. The same places come
// back in every occurrence of their name and in article after article: the last 256 populations
// asked on this thread are kept by a hash of the number, the library's logarithm computed only
// for others.
int16_t population_hundredths(const Weights& W, int64_t population) {
    struct Kept {
        int64_t population = 0;  // 0: nothing kept (the prior asks only for populations above 0)
        int16_t hundredths = 0;
    };
    thread_local std::array<Kept, 256> kept;
    Kept& k = kept[(uint32_t(population) * 2654435761u) >> 24];
    if (k.population != population || population == 0) {
        const float log10 = std::log10(float(population) + 1);
        k = {population, SignalTally::hundredths_of(std::clamp(W.population_per_decade * (log10 - W.population_from_log10),
                                                              W.population_min, W.population_max))};
    }
    return k.hundredths;
}

struct UnitVector {
    double x = 0, y = 0, z = 0;
};
// A place's unit_vector. The same places come back in article after article (a state, a
// capital, a big city), and its two sines and two cosines cost more than a look-up: the last
// 4,096 points asked on this thread are kept, found by a hash of the place's index and told by
// their latitude and longitude themselves (their bits), so that a place of another gazetteer
// with the same index is no match. The values are unit_vector's, whether kept or computed.
UnitVector place_unit_vector(const Gazetteer& g, PlaceIndex p) {
    struct Kept {
        uint64_t lat = 0, lon = 0;  // the bits of the point's latitude and longitude
        UnitVector v{1, 0, 0};      // unit_vector(0, 0): what the zero bits stand for
    };
    thread_local std::vector<Kept> kept;
    if (kept.empty()) kept.resize(4096);
    const PlaceFacts& f = g.facts(p);
    const uint64_t lat = std::bit_cast<uint64_t>(f.lat), lon = std::bit_cast<uint64_t>(f.lon);
    Kept& k = kept[(p * 2654435761u) >> 20];
    if (k.lat != lat || k.lon != lon) {
        k.lat = lat;
        k.lon = lon;
        unit_vector(f.lat, f.lon, k.v.x, k.v.y, k.v.z);
    }
    return k.v;
}

// The priors every candidate takes, in the hundredths SignalTally keeps, computed once per
// process from the weights (which are read once per process): add_hundredths(s, these) is
// add(s, the weight), without rounding a constant again for every candidate.
struct PriorHundredths {
    std::array<int16_t, 256> kind{};  // by PlaceKind's number (a number no kind has: 0, as W.kind)
    int16_t curated = 0, main_name = 0, variant_name = 0;
};
const PriorHundredths& prior_hundredths(const Weights& W) {
    static const PriorHundredths h = [&] {
        PriorHundredths p;
        for (size_t k = 0; k < p.kind.size(); ++k) p.kind[k] = SignalTally::hundredths_of(W.kind(PlaceKind(k)));
        p.curated = SignalTally::hundredths_of(W.curated);
        p.main_name = SignalTally::hundredths_of(W.main_name);
        p.variant_name = SignalTally::hundredths_of(W.variant_name);
        return p;
    }();
    return h;
}

// Whether an ASCII word, folded as fold_token folds it, may be one of the lexicon's demonyms: false
// only when Lexicon::demonym would turn the folded word away by its first byte and length. A word
// without apostrophes or dots folds to as many bytes, the first of them its first byte's key
// byte, so that is asked of the word as written, without folding it (most capitalised words of
// an article are no demonym, and folding each costs more than this look). A word with either
// is left to the folding.
bool may_fold_to_demonym(const Lexicon& lex, std::string_view ascii_word) {
    if (ascii_word.empty()) return true;
    for (char ch : ascii_word)
        if (ch == '\'' || ch == '.') return true;
    const unsigned char first = ascii_key_byte[static_cast<unsigned char>(ascii_word[0])];
    return (lex.demonym_lengths[first] & Lexicon::length_bit(ascii_word.size())) != 0;
}

// A (name, place) pair as one number, exactly: the name's number in the document and the place.
uint64_t pair_key(uint32_t name, PlaceIndex p) { return uint64_t(name) << 32 | p; }

// The radii the distance signal asks about, each with the cosine of its angle at the earth's
// centre: two unit vectors lie within it when their dot product exceeds that. The cosines of
// these constants are what std::cos gives at run time too (checked for these four).
struct Radius {
    double km, min_dot;
};
const Radius radius_50{50, std::cos(50 / 6371.0)}, radius_150{150, std::cos(150 / 6371.0)},
    radius_400{400, std::cos(400 / 6371.0)}, radius_3000{3000, std::cos(3000 / 6371.0)};

// cos(d degrees) for d = 0..90, computed once.
const std::array<double, 91>& cos_of_degree() {
    static const std::array<double, 91> table = [] {
        std::array<double, 91> t{};
        for (size_t d = 0; d < t.size(); ++d) t[d] = std::cos(double(d) * 3.14159265358979323846 / 180.0);
        return t;
    }();
    return table;
}

// Whether two lists of anchors are the same, field by field and in order: a document context made
// from either is the same.
bool same_anchors(const std::vector<Anchor>& a, const std::vector<Anchor>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Anchor& x, const Anchor& y) {
        return x.key == y.key && x.place == y.place && x.country == y.country && x.x == y.x && x.y == y.y &&
               x.z == y.z && x.area == y.area && x.weight == y.weight && x.kind == y.kind && x.name == y.name &&
               x.pair == y.pair;
    });
}

// The document's anchors indexed for the two questions each candidate asks, so that a document
// costs time in proportion to its mentions, not their square: what share of the other names'
// weight lies in a country, and how far the nearest other named point is. "Other" excludes the
// name being resolved: a name is no evidence for itself.
class DocumentContext {
public:
    // `names`: how many names the document has (Anchor::name is below it).
    DocumentContext(const std::vector<Anchor>& anchors, const std::map<std::string, float, std::less<>>& demonyms,
                    size_t names)
        : anchors_(anchors), by_name_(names) {
        // Room for every anchor at once, not grown a doubling at a time.
        country_links_.reserve(anchors.size());
        point_anchors_.reserve(anchors.size());
        for (const Anchor& a : anchors) {
            total_ += a.weight;
            if (!a.country.empty()) add_to_country(a.country, a.weight);
            By& b = by_name_[a.name];
            b.weight += a.weight;
            if (!a.country.empty()) {
                // Linked at the name's end, so that its countries are read in the anchors' order.
                const uint32_t link = uint32_t(country_links_.size());
                country_links_.push_back({country_code16(a.country), a.weight, no_link});
                if (b.first_country == no_link) b.first_country = link;
                else country_links_[b.last_country].next = link;
                b.last_country = link;
            }
            if (!a.area) {
                ++b.points;
                ++points_;
                point_anchors_.push_back({a.key, a.x, a.y, a.z});
            }
        }
        for (auto& [cc, w] : demonyms) {
            total_ += w;
            add_to_country(cc, w);
        }
        std::sort(country_.begin(), country_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        if (points_ > scan_limit) {
            // Each point's latitude and longitude back from its unit vector, once for both grids
            // (each a pair for each point: no growing a doubling at a time).
            fine_.added.reserve(points_);
            coarse_.added.reserve(points_);
            constexpr double to_deg = 180.0 / 3.14159265358979323846;
            for (const Anchor& a : anchors)
                if (!a.area) {
                    const double lat = std::asin(std::clamp(a.z, -1.0, 1.0)) * to_deg, lon = std::atan2(a.y, a.x) * to_deg;
                    fine_.add(lat, lon, uint32_t(&a - anchors.data()));
                    coarse_.add(lat, lon, uint32_t(&a - anchors.data()));
                }
            fine_.index();
            coarse_.index();
        }
    }

    // A name without anchors subtracts nothing (x - 0.0 is x, to the bit).
    double total_without(uint32_t name) const { return total_ - by_name_[name].weight; }
    // `cc` is a place's country code (two letters, not empty).
    double country_without(std::string_view cc, uint32_t name) const {
        const uint16_t code = country_code16(cc);
        auto c = std::lower_bound(country_.begin(), country_.end(), code,
                                  [](const std::pair<uint16_t, double>& e, uint16_t v) { return e.first < v; });
        if (c == country_.end() || c->first != code) return 0;
        double w = c->second;
        for (uint32_t l = by_name_[name].first_country; l != no_link; l = country_links_[l].next)
            if (country_links_[l].code == code) w -= country_links_[l].weight;
        return std::max(w, 0.0);
    }
    bool has_points_without(uint32_t name) const { return points_ > by_name_[name].points; }
    // How near the closest point anchor of another name lies, asked for growing radii. An
    // article names a handful of places: its points are scanned once for the nearest, and every
    // radius compares with that. A long document's many points go through the grid's cells each
    // radius reaches, the search stopping at the first point found. Both give the same answers:
    // the grid's cells cover the radius, and a point within it is one whose dot product passes.
    static constexpr size_t scan_limit = 512;
    class Proximity {
    public:
        // (x, y, z) is the point's unit_vector(lat, lon), which the caller keeps. Inline, as
        // within_km is, in the one pass per pair that asks.
        [[gnu::always_inline]] Proximity(const DocumentContext& doc, double lat, double lon, double x, double y, double z,
                                         const KeyEntry* key)
            : doc_(doc), lat_(lat), lon_(lon), x_(x), y_(y), z_(z), key_(key) {
            if (doc.points_ > scan_limit) return;
            for (const PointAnchor& p : doc.point_anchors_)
                if (p.key != key) best_dot_ = std::max(best_dot_, x * p.x + y * p.y + z * p.z);
        }
        // `radius` is one of the distance signal's: its cosine is a constant (Radius), not
        // computed again for every candidate. Inline at its four call sites: a call costs more
        // than the comparison an article's few anchors come to (the compiler's choice varied as
        // the resolver around it changed).
        [[gnu::always_inline]] bool within_km(const Radius& radius) const {
            if (doc_.points_ <= scan_limit) return best_dot_ > radius.min_dot;
            return (radius.km <= 500 ? doc_.fine_ : doc_.coarse_).any_within(doc_.anchors_, lat_, lon_, x_, y_, z_, key_, radius);
        }

    private:
        const DocumentContext& doc_;
        double lat_, lon_, x_, y_, z_;
        const KeyEntry* key_;
        double best_dot_ = -2;  // below any dot product of unit vectors
    };
    [[gnu::always_inline]] Proximity proximity(double lat, double lon, double x, double y, double z,
                                               const KeyEntry* key) const {
        return Proximity(*this, lat, lon, x, y, z, key);
    }

private:
    struct PointAnchor {
        const KeyEntry* key;
        double x, y, z;
    };
    std::vector<PointAnchor> point_anchors_;  // for the scan
    // Point anchors by cells of `deg` degrees: the anchors of cell c are anchor_of[start[c]..start[c+1]).
    struct Grid {
        double deg;
        int lat_cells, lon_cells;
        std::vector<std::pair<uint32_t, uint32_t>> added;  // (cell, anchor), until index()
        std::vector<uint32_t> start, anchor_of;
        explicit Grid(double d) : deg(d), lat_cells(int(std::ceil(180 / d))), lon_cells(int(std::ceil(360 / d))) {}
        int lat_cell(double lat) const { return std::clamp(int(std::floor((lat + 90) / deg)), 0, lat_cells - 1); }
        int lon_cell(double lon) const { return std::clamp(int(std::floor((lon + 180) / deg)), 0, lon_cells - 1); }
        void add(double lat, double lon, uint32_t index) {
            added.push_back({uint32_t(lat_cell(lat) * lon_cells + lon_cell(lon)), index});
        }
        // Cell starts by counting, so that a cell is found in constant time.
        void index() {
            // Counted one entry further on, so that start[c + 1] is cell c's first slot after the
            // sums and the cursor that fills it, left at its end, which is where it belongs: no
            // copy of the starts to fill by (a fine grid's quarter megabyte, in fresh pages).
            // The entry past the last cell's end is not read.
            start.assign(size_t(lat_cells) * size_t(lon_cells) + 2, 0);
            for (auto [cell, a] : added) ++start[cell + 2];
            for (size_t c = 1; c < start.size(); ++c) start[c] += start[c - 1];
            anchor_of.resize(added.size());
            for (auto [cell, a] : added) anchor_of[start[cell + 1]++] = a;
            added = {};
        }
        // (x, y, z) is unit_vector(lat, lon), and the radius's min_dot is std::cos(km / 6371.0):
        // both computed once by the caller, not per cell search.
        bool any_within(const std::vector<Anchor>& anchors, double lat, double lon, double x, double y, double z,
                        const KeyEntry* key, const Radius& r) const {
            const double radius = r.km, min_dot = r.min_dot;
            // A point within `radius` km differs by at most radius/111 degrees of latitude, and by at
            // most that over the cosine of the highest latitude the band reaches in longitude.
            double dlat = radius / 111.0 + 0.01;
            double widest = std::max(std::abs(lat - dlat), std::abs(lat + dlat));
            // The cosine of the whole degree above `widest` and one more: no greater than widest's
            // (well beyond any rounding), so the columns cover at least what widest's would, from
            // a table instead of a cosine per search. More columns read give the same answer; the
            // columns read are those the longitudes lon - dlon and lon + dlon fall in and those
            // between, not a whole number of columns either side of lon's (most radii reach
            // into a neighbouring column on one side only). A point stored at longitude 180 is
            // in the last column, which the range below reaches whenever the point is within
            // dlon of lon (through the wrap when lon is near -180).
            // A reach of half the circle or more (the cosine of 90 degrees is nearly 0) reads all.
            const double dlon = widest < 89 ? dlat / cos_of_degree()[size_t(std::ceil(widest)) + 1] : 180;
            bool all_lon = dlon >= 180;
            int from = 0, to = lon_cells - 1;
            if (!all_lon) {
                from = int(std::floor((lon - dlon + 180) / deg));
                to = int(std::floor((lon + dlon + 180) / deg));
                all_lon = to - from + 1 >= lon_cells;
                if (all_lon) from = 0, to = lon_cells - 1;
            }
            // The columns from `from` to `to`, wrapped into [0, lon_cells): from the first one to
            // the row's end, then on from the row's start when they pass it. The anchors of
            // neighbouring cells of a row are neighbours in anchor_of, so each such run of cells
            // is one run of anchors, read without visiting its cells one by one (most are empty).
            const int first_column = (from % lon_cells + lon_cells) % lon_cells;
            const int last_column = first_column + (to - from);  // may pass the row's end: at most once round
            auto any_in = [&](uint32_t first_cell, uint32_t last_cell) {
                for (uint32_t i = start[first_cell], end = start[last_cell + 1]; i < end; ++i) {
                    const Anchor& a = anchors[anchor_of[i]];
                    if (a.key != key && x * a.x + y * a.y + z * a.z > min_dot) return true;
                }
                return false;
            };
            for (int la = lat_cell(lat - dlat), last = lat_cell(lat + dlat); la <= last; ++la) {
                const uint32_t row = uint32_t(la * lon_cells);
                if (last_column < lon_cells) {
                    if (any_in(row + uint32_t(first_column), row + uint32_t(last_column))) return true;
                } else if (any_in(row + uint32_t(first_column), row + uint32_t(lon_cells - 1)) ||
                           any_in(row, row + uint32_t(last_column - lon_cells))) {
                    return true;
                }
            }
            return false;
        }
    };
    // Per name: its anchors' weight, their points, and their countries, a list through
    // country_links_ (one array for the document, not a vector per name).
    static constexpr uint32_t no_link = UINT32_MAX;
    struct By {
        double weight = 0;
        uint32_t first_country = no_link, last_country = no_link;
        size_t points = 0;
    };
    struct CountryLink {
        uint16_t code;  // country_code16
        float weight;
        uint32_t next;
    };
    std::vector<CountryLink> country_links_;
    // The weight in each country, summed in the anchors' order, then the demonyms'. Only codes of
    // two letters are ever asked for (a place's): a demonym's country of another length is kept
    // out, lest its number stand for a two-letter code's.
    void add_to_country(std::string_view cc, double w) {
        if (cc.size() != 2) return;
        const uint16_t code = country_code16(cc);
        for (auto& [c, sum] : country_)
            if (c == code) {
                sum += w;
                return;
            }
        if (country_.empty()) country_.reserve(8);  // an article's few countries, without growing
        country_.push_back({code, 0.0});
        country_.back().second += w;
    }
    const std::vector<Anchor>& anchors_;
    double total_ = 0;
    size_t points_ = 0;
    std::vector<std::pair<uint16_t, double>> country_;  // (country_code16, weight), by code once built
    std::vector<By> by_name_;
    Grid fine_{1.0}, coarse_{10.0};
};

}  // namespace
}  // namespace resolution

std::vector<Mention> resolve(const Gazetteer& g, std::string_view text, const std::vector<NameMatch>& name_matches) {
    return resolve(g, text, tokenize(text), name_matches);
}

namespace {

// A name its own words give as a person's (names_a_person_here) is dropped with its local words,
// unless it qualifies another match ("Jackson, Mississippi"): the qualifiers' indices are
// renumbered over the matches kept.
void drop_persons(std::vector<NameMatch>& matches, std::vector<resolution::LocalContext>& ctx) {
    std::vector<uint8_t> qualifies(matches.size(), 0);
    bool any = false;
    for (const resolution::LocalContext& c : ctx) {
        if (c.qualifier >= 0) qualifies[size_t(c.qualifier)] = 1;
        any |= c.named_person || c.person_here;
    }
    if (!any) return;
    std::vector<int32_t> kept_as(matches.size(), -1);
    size_t kept = 0;
    for (size_t i = 0; i < matches.size(); ++i) {
        if (!qualifies[i] && resolution::names_a_person_here(ctx[i])) continue;
        kept_as[i] = int32_t(kept);
        if (kept != i) {
            matches[kept] = std::move(matches[i]);
            ctx[kept] = ctx[i];
        }
        ++kept;
    }
    matches.resize(kept);
    ctx.resize(kept);
    // A qualifier is never dropped, and the match it qualifies says place: both are kept.
    for (resolution::LocalContext& c : ctx)
        if (c.qualifier >= 0) c.qualifier = kept_as[size_t(c.qualifier)];
}

// resolve()'s work; `owned`, when given, holds `words` and is freed once they are read no more.
std::vector<Mention> resolve_words(const Gazetteer& g, std::string_view text, std::span<const Token> words,
                                   std::vector<Token>* owned, const std::vector<NameMatch>& name_matches) {
    using namespace resolution;
    const Weights& W = weights();
    const PriorHundredths& H = prior_hundredths(W);
    const float threshold = W.threshold;
    std::vector<NameMatch> matches =
        with_suffixed_names(g, text, words,
                            with_inflected_names(g, text, words,
                                                 with_listed_counties(g, text, with_postal_abbreviations(g, text, name_matches))));
    // A function word, a contraction or a month alone ("He", "We’re", "August") names nothing
    // (names_nothing): dropped before the passes below, which it neither costs nor sways (as a
    // qualifier, a puller or an anchor).
    std::erase_if(matches, [&](const NameMatch& m) { return names_nothing(g, text, m); });
    const Lexicon& lex = lexicon();
    std::vector<LocalContext> ctx = local_contexts(g, text, words, matches);
    drop_persons(matches, ctx);

    // --- 1 and 2: priors and local words, per candidate
    std::vector<bool> qualifies(matches.size(), false);  // "Texas" in "Paris, Texas" names an area
    for (const LocalContext& c : ctx)
        if (c.qualifier >= 0) qualifies[size_t(c.qualifier)] = true;
    // The document's names, numbered in the order they first occur, each by its key entry's
    // address in the same kind of table as the pairs below (no node allocated per name).
    std::vector<size_t> first_of_name;              // each name's first match
    std::vector<uint32_t> name_of(matches.size());  // match -> its name
    // Demonyms the matcher did not see as names (most are not gazetteer keys), for the anchors
    // (3): a quick scan (the lexicon turns most words away by first byte and length before
    // hashing), a long document's in stretches of words on both cores, each stretch's countries
    // kept in its own list and added in the words' order, as one scan would. It reads the words
    // only, and is their last reader: it runs here, beside the names' numbering, which is serial
    // (the names are numbered in the matches' order), and the words are freed after it, before
    // the candidates' records and every later array are made.
    constexpr size_t demonym_stretch = 8192;  // words; an article is one stretch, on the calling thread
    std::vector<std::vector<const std::string*>> demonyms_found((words.size() + demonym_stretch - 1) / demonym_stretch);
    auto find_demonyms = [&](size_t r) {
        std::string w;
        for (size_t k = r * demonym_stretch, end = std::min(words.size(), k + demonym_stretch); k < end; ++k) {
            const Token& t = words[k];
            if (!t.capitalised) continue;
            const std::string_view raw = text.substr(t.start, t.end - t.start);
            if (t.ascii && !may_fold_to_demonym(lex, raw)) continue;
            fold_token(raw, t.ascii, w);
            if (const std::string* cc = lex.demonym(w); cc && !cc->empty()) demonyms_found[r].push_back(cc);
        }
    };
    first_of_name.reserve(matches.size());          // at most one a match: no growing a doubling at a time
    for_each_run_on_cores_beside(demonyms_found.size(), 1, find_demonyms, [&] {
        GrowingPairNumbers names(matches.size());
        for (size_t i = 0; i < matches.size(); ++i) {
            auto [n, fresh] = names.number(uint64_t(reinterpret_cast<uintptr_t>(matches[i].key)), uint32_t(first_of_name.size()));
            if (fresh) first_of_name.push_back(i);
            name_of[i] = n;
        }
    });
    // The words are read no more: a long document's megabytes, whose pages the arrays made from
    // here on take again instead of fresh ones.
    if (owned) std::vector<Token>().swap(*owned);
    // What the priors read of a match: its name's candidates, its local words, its spelling as
    // written, whether it qualifies another, and the candidates of its own qualifier. A later
    // occurrence of a name alike its first in all that, without a qualifier of its own (most
    // repeats of a name in a long text), has its first occurrence's priors; and every later pass
    // reads of it only what it reads of the first, so it would stay, byte for byte, the first's
    // copy to the end (its mention is the first's, at its own span). Such a match (as_first)
    // keeps no candidates of its own: its span of `scored` is its first occurrence's, which the
    // passes below read for it and must not write through it again (every pass that changes a
    // match's records skips as_first matches: written through theirs, the first's would be
    // changed once more, behind its own pass). On a long document that is
    // most of the candidates, whose records (64 bytes each, and 12 more in the priors kept for the
    // rounds) were the resolver's largest arrays.
    std::vector<uint8_t> as_first(matches.size(), 0);
    for_each_run_on_cores(matches.size(), match_run, [&](size_t i) {
        const size_t first = first_of_name[name_of[i]];
        if (first == i) return;
        const NameMatch &m = matches[i], &f = matches[first];
        as_first[i] = m.candidates.data() == f.candidates.data() && m.candidates.size() == f.candidates.size() &&
                      ctx[i].qualifier < 0 && qualifies[i] == qualifies[first] && ctx[i] == ctx[first] &&
                      text.substr(m.span.start, m.span.end - m.span.start) ==
                          text.substr(f.span.start, f.span.end - f.span.start);
    });
    // The other matches' candidates in one array, match i's from candidate_start[i] (a demonym's
    // and an as_first match's none): one allocation for the document instead of one per match.
    std::vector<size_t> candidate_start(matches.size() + 1, 0);
    for (size_t i = 0; i < matches.size(); ++i)
        candidate_start[i + 1] = candidate_start[i] + (ctx[i].demonym || as_first[i] ? 0 : matches[i].candidates.size());
    ScoredSlots all_scored(candidate_start.back());
    std::vector<std::span<Scored>> scored(matches.size());
    for (size_t i = 0; i < matches.size(); ++i)
        scored[i] = as_first[i] ? scored[first_of_name[name_of[i]]]
                                : all_scored.span(candidate_start[i], candidate_start[i + 1] - candidate_start[i]);
    // Whether a match's best candidate reaches the threshold on its priors and local words (a
    // demonym: no), noted as each is scored, for the joint coherence's serial pass to read.
    std::vector<uint8_t> likely(matches.size(), 0);
    // Each match on its own (each writes its own candidates).
    auto score_priors = [&](size_t i) {
        const NameMatch& m = matches[i];
        const LocalContext& c = ctx[i];
        if (c.demonym) return;
        std::string_view key = m.key ? g.key_text(*m.key) : std::string_view();
        // The candidates' facts, looked up once for the passes over them below (kept per thread).
        thread_local std::vector<const PlaceFacts*> facts_of;
        facts_of.clear();
        // What the name's candidates together say, read in one pass over them:
        // A city named like the region it lies in is what articles mean by the name.
        bool has_region = false;
        // A bare name a state or country bears too ("Ohio", "Niger", "Colorado") is the river only
        // when written as rivers are, after "the" ("the Ohio"): "in Ohio" is the state.
        // ...and in English the other way round: a state takes no article, so "the Ohio" is the river.
        bool area_namesake = false, river_namesake = false;
        // A country's name that its capital or another of its towns also bears ("México" in a
        // Spanish article, GeoNames' name of Mexico City too; Djibouti, Kuwait) means the country;
        // the town is written with its own word ("Ciudad de México", "Kuwait City"). The last
        // country among the candidates.
        std::string_view namesake_country;
        // A name the article gives elsewhere as an organisation's: every candidate loses alike (the
        // doubt is whether it is a place at all, not which), unless one is too prominent to be
        // read as a firm's name.
        bool organisation_elsewhere = c.organisation_elsewhere;
        for (PlaceIndex p : m.candidates) {
            const PlaceFacts* f = &g.facts(p);
            facts_of.push_back(f);
            has_region |= is_area(f->kind) && f->kind != PlaceKind::country;
            area_namesake |= is_area(f->kind);
            river_namesake |= f->kind == PlaceKind::river;
            if (f->kind == PlaceKind::country) namesake_country = f->country_code();
            if (f->population >= 100000 || !is_settlement(f->kind) || f->kind == PlaceKind::capital)
                organisation_elsewhere = false;
        }
        // "Paris, Texas": how far a candidate lies from the qualifier's point, when in its country
        // (within 1,000 km of a first-level division's point, 300 km of another region's).
        auto qualifier_distance = [&](PlaceIndex p) {
            const PlaceFacts& f = g.facts(p);
            double best = 1e9;
            for (PlaceIndex q : matches[size_t(c.qualifier)].candidates) {
                const PlaceFacts& qf = g.facts(q);
                if (!is_area(qf.kind) || qf.country_code() != f.country_code()) continue;
                double d = qf.kind == PlaceKind::country ? 0.0 : distance_km(qf.lat, qf.lon, f.lat, f.lon);
                if (d < (qf.kind == PlaceKind::admin1 ? 1000.0 : 300.0)) best = std::min(best, d);
            }
            return best;
        };
        // A name written in letters beyond ASCII (Харьков, Չինաստան, München, Genève) is a name
        // of the place in some language, as good as the main one: the variant penalty is for
        // plain ASCII spellings, where GeoNames' alternates hold codes and other places' names
        // ("Osa" for Osh).
        std::string_view written = text.substr(m.span.start, m.span.end - m.span.start);
        bool native_script = false;
        // Its ASCII start is one byte a code point, none of them a letter beyond ASCII: decoding
        // starts at the first byte above it (for most names, none).
        size_t first_beyond_ascii = 0;
        while (first_beyond_ascii < written.size() && uint8_t(written[first_beyond_ascii]) < 0x80) ++first_beyond_ascii;
        for (size_t k = first_beyond_ascii; k < written.size() && !native_script;) {
            char32_t cp = next_codepoint(written, k);
            // Letters only: a curly apostrophe or a no-break space is no sign of a language.
            native_script = cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x206F);
        }
        // An acronym ("EU", "UN") names the place only if the place is written so: Eu in France
        // and Un in India are not what the capitals spell.
        bool acronym = written.size() >= 2 && written.size() <= 4 &&
                       std::all_of(written.begin(), written.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
        auto written_so = [&](PlaceIndex p) {
            for (size_t k = 0, n = g.spelling_count(p); k < n; ++k)
                if (g.spelling(p, k) == written) return true;
            return false;
        };
        double nearest_qualified = 1e9;
        if (c.qualifier >= 0)
            for (size_t k = 0; k < m.candidates.size(); ++k)
                if (pointlike(facts_of[k]->kind))
                    nearest_qualified = std::min(nearest_qualified, qualifier_distance(m.candidates[k]));
        for (size_t k = 0; k < m.candidates.size(); ++k) {
            const PlaceIndex p = m.candidates[k];
            const PlaceFacts& f = *facts_of[k];
            Scored& s = *new (&scored[i][k]) Scored{};  // filled in place, from its value-initialised state
            s.place = p;
            s.pair = uint32_t(k);  // its place among the match's candidates, until the pairs are numbered
            SignalTally& e = s.why;
            e.add_hundredths(Signal::kind, H.kind[uint8_t(f.kind)]);
            if (f.population > 0) e.add_hundredths(Signal::population, population_hundredths(W, f.population));
            if (f.flags & PlaceFacts::curated) e.add_hundredths(Signal::curated, H.curated);
            if (!namesake_country.empty() && is_settlement(f.kind) && f.country_code() == namesake_country)
                e.add(Signal::kind, W.country_namesake);
            // The main name is better evidence than one of many variants ("Osa" is also a spelling of Osh).
            // Curated places' variants were chosen by a person: no penalty for them.
            // A country's or division's spellings come from Natural Earth, GeoNames' division names and
            // iso-codes' translations, not GeoNames' open alternates: in an article of another
            // language, one written as it is there ("Californie", "Kalifornien") is as good as the
            // main name. In English ones the translations are often English words (German "Island"
            // for Iceland, French "Chili").
            // So is, there, a capital's or a city of a million's name in that language: the
            // exonyms are theirs (Londres, Kairo, Moskau).
            bool main_name = (m.key && g.name_key(p) == m.key) || native_script || typed_main_name(g, p, m.key) ||
                             (c.other_language &&
                              (f.kind == PlaceKind::country || f.kind == PlaceKind::admin1 ||
                               f.kind == PlaceKind::capital || f.population >= 1000000) &&
                              written_so(p));
            if (main_name || !(f.flags & PlaceFacts::curated))
                e.add_hundredths(Signal::exact_name, main_name ? H.main_name : H.variant_name);
            if (has_region && is_area(f.kind) && f.kind != PlaceKind::country) {
                for (size_t j = 0; j < m.candidates.size(); ++j) {
                    const PlaceIndex r = m.candidates[j];
                    const PlaceFacts& rf = *facts_of[j];
                    if (r != p && is_settlement(rf.kind) && rf.country_code() == f.country_code() &&
                        !surely_farther_km(f.lat, rf.lat, 100) && distance_km(f.lat, f.lon, rf.lat, rf.lon) < 100) {
                        e.add(Signal::seat_of_region, W.seat_of_region);  // the region is named after this city
                        break;
                    }
                }
            }
            if (c.cue == Cue::city) e.add(Signal::cue, is_settlement(f.kind) ? W.cue_fits : W.cue_misfits);
            if (c.news_cue && is_settlement(f.kind)) e.add(Signal::cue, W.news_cue);
            // "Hadrut region", "Aghdam district": with no area of that name, the region is named after
            // the town, and the town is the best point for it.
            if (c.cue == Cue::region) e.add(Signal::cue, is_area(f.kind) ? W.cue_fits : has_region ? W.cue_misfits : 0.0f);
            if (c.cue == Cue::landmark)
                e.add(Signal::cue, f.kind == PlaceKind::landmark || f.kind == PlaceKind::village ? W.cue_fits : 0.0f);
            if (!c.cue_country.empty()) e.add(Signal::demonym_cue, f.country_code() == c.cue_country ? W.demonym_cue_fits : W.demonym_cue_misfits);
            if (qualifies[i] && is_area(f.kind)) e.add(Signal::qualifier, W.qualifier_is_area);
            if (c.qualifier >= 0 && pointlike(f.kind)) {
                // Several places of the name may lie in the qualifier's country and near its point
                // (Springfield, Illinois and Springfield, Missouri for "Springfield, Missouri"): the
                // nearest takes the whole weight, the others half.
                double d = qualifier_distance(p);
                bool fits = d < 1e8;
                e.add(Signal::qualifier, !fits                                                 ? W.qualifier_misfits
                                        : d <= nearest_qualified + W.qualifier_nearest_slack_km ? W.qualifier_nearest
                                                                                                : W.qualifier_other);
            }
            // Countries and continents are what such a word names when capitalised ("Turkey", "China").
            // "Laurel County": no county of the name in the gazetteer; the place of that name near
            // the article's other places is the best point for it.
            if (c.postal) e.add(Signal::cue, f.kind == PlaceKind::admin1 && f.country_code() == "US" ? W.postal_state : W.postal_other);
            if (c.typed_end && !c.typed_area)
                e.add(Signal::cue, is_settlement(f.kind) || f.kind == PlaceKind::admin2 ? W.typed_fits : W.typed_misfits);
            if (c.typed_area)
                e.add(Signal::cue, is_area(f.kind) && f.kind != PlaceKind::country ? W.typed_fits : W.typed_misfits);
            if (c.common_word && !c.typed_end && f.kind != PlaceKind::country && f.kind != PlaceKind::continent &&
                !(key.find(' ') != std::string_view::npos && (f.flags & PlaceFacts::curated)) &&
                !(c.water_article && (f.kind == PlaceKind::river || f.kind == PlaceKind::water)))
                e.add(Signal::common_word, W.common_word);
            if (area_namesake && f.kind == PlaceKind::river && !c.water_article) e.add(Signal::common_word, W.common_word);
            if (c.hyphen_compound && (f.kind == PlaceKind::river || f.kind == PlaceKind::water))
                e.add(Signal::common_word, W.common_word);
            if (river_namesake && f.kind == PlaceKind::admin1 && c.water_article && !c.other_language)
                e.add(Signal::common_word, W.common_word);
            if (c.particle) e.add(Signal::common_word, W.particle);
            if (c.after_article && is_settlement(f.kind)) e.add(Signal::common_word, W.common_word);
            if (acronym && !written_so(p)) e.add(Signal::common_word, W.acronym);
            if (c.named_person) e.add(Signal::person, W.named_person);
            else if (c.name_part) e.add(Signal::name_part, c.person ? W.name_part_person : W.name_part);
            if (c.organisation) e.add(Signal::organisation, W.organisation);
            else if (organisation_elsewhere) e.add(Signal::organisation, W.organisation_elsewhere);
            // Neither the town nor the country of the name is a point for its sea: the Gulf of
            // Mexico is 1,200 km from Mexico's centre.
            if (c.feature != LocalContext::Feature::none)
                e.add(Signal::feature, W.feature_name);
            // "Jones said": a person; only states and capitals speak through their names.
            if (c.said && !is_area(f.kind) && f.kind != PlaceKind::capital) e.add(Signal::person, W.speaker);
        }
        sort_by_total(scored[i]);
        likely[i] = !scored[i].empty() && scored[i][0].why.total >= threshold;
    };
    // The first occurrences are scored first (on both cores for a long document), then the
    // others: an as_first match reads its first's.
    for_each_run_on_cores(first_of_name.size(), match_run, [&](size_t n) { score_priors(first_of_name[n]); });
    for_each_run_on_cores(matches.size(), match_run, [&](size_t i) {
        const size_t first = first_of_name[name_of[i]];
        if (first == i) return;
        if (as_first[i]) likely[i] = likely[first];
        else score_priors(i);
    });

    // The joint coherence and the context signals depend on the name and the place only: each
    // name and each (name, place) pair is computed once however often the name occurs, which
    // keeps long documents linear. Names and pairs are listed in the order they first occur (a
    // pair by its pair_key), each computed from that occurrence; a long document's are computed
    // on both cores, then every occurrence reads them.
    // Each candidate carries its pair (Scored::pair) through the passes below.
    std::vector<std::pair<const KeyEntry*, PlaceIndex>> pairs;
    std::vector<uint32_t> name_of_pair;  // pair -> its name
    {
        // A name's later occurrences mostly have its first one's candidates (the same span of the
        // gazetteer): their pairs are all numbered already, and each candidate's number is read
        // by its place among the candidates (Scored::pair until now), not looked up in the table,
        // whose slots a long document's many pairs scatter beyond the caches. The numbers are
        // those the table would give. first_numbers[first_number_at[n] + k]: the pair of name n's
        // first occurrence's candidate k.
        auto reuses_first = [&](size_t i) {
            const size_t first = first_of_name[name_of[i]];
            return first != i && scored[i].size() == scored[first].size() &&
                   matches[i].candidates.data() == matches[first].candidates.data() &&
                   matches[i].candidates.size() == matches[first].candidates.size();
        };
        // Which occurrences do, found once (on both cores for a long document) for the loops below.
        std::vector<uint8_t> reuses(matches.size());
        for_each_run_on_cores(matches.size(), match_run, [&](size_t i) { reuses[i] = reuses_first(i); });
        // The table holds the pairs of the occurrences read otherwise: sized for those, not for
        // every candidate of the document (its slots are filled when made).
        size_t candidates = 0, looked_up = 0;
        for (size_t i = 0; i < matches.size(); ++i) {
            candidates += scored[i].size();
            if (!reuses[i]) looked_up += scored[i].size();
        }
        PairNumbers pair_index(looked_up);
        pairs.reserve(looked_up);  // at most one pair per candidate looked up: no growing
        name_of_pair.reserve(looked_up);
        std::vector<uint32_t> first_numbers, first_number_at(first_of_name.size());
        first_numbers.reserve(candidates);
        for (size_t n = 0; n < first_of_name.size(); ++n) {
            first_number_at[n] = uint32_t(first_numbers.size());
            first_numbers.resize(first_numbers.size() + scored[first_of_name[n]].size());
        }
        // The others first, in the matches' order (which numbers the pairs), then those that
        // reuse their first occurrence's numbers, each on its own (both cores for a long
        // document): every first occurrence is among the others, so its numbers are there by then.
        for (size_t i = 0; i < matches.size(); ++i) {
            if (reuses[i]) continue;
            const uint32_t n = name_of[i];
            const bool fresh = first_of_name[n] == i;
            for (Scored& sc : scored[i]) {
                auto [number, new_pair] = pair_index.number(pair_key(name_of[i], sc.place), uint32_t(pairs.size()));
                if (new_pair) pairs.push_back({matches[i].key, sc.place}), name_of_pair.push_back(name_of[i]);
                if (fresh) first_numbers[first_number_at[n] + sc.pair] = number;
                sc.pair = number;
            }
        }
        for_each_run_on_cores(matches.size(), match_run, [&](size_t i) {
            if (!reuses[i] || as_first[i]) return;  // an as_first match's are its first's, numbered above
            const uint32_t at = first_number_at[name_of[i]];
            for (Scored& sc : scored[i]) sc.pair = first_numbers[at + sc.pair];
        });
    }
    // Each pair's point as a unit vector, computed once for all that compare points: the joint
    // coherence's queries, the anchors, and the distance signal of both rounds.
    std::vector<UnitVector> pair_points(pairs.size());
    // --- 2b: joint coherence. Every plausible candidate of every likely mention (priors within
    // joint_margin of its name's best, the best above the threshold) pulls the other names'
    // candidates near it; countries, states and regions are too large for a point to say so, but
    // a region named after its city shares the city's.
    {
        auto small = [&](PlaceIndex p) { return pointlike(g.facts(p).kind); };
        const bool joint_weighs = W.joint_50km != 0 || W.joint_150km != 0;
        std::vector<JointIndex::Puller> pullers;
        std::vector<uint32_t> puller_pairs;  // each puller's pair, for its point once they are all made
        std::vector<uint8_t> asked;
        // The pullers and the pairs asked about are listed beside the pass over the pairs'
        // points (a long document's thousands of pairs on both cores), which they neither read
        // nor write; the pullers take their points after it.
        for_each_run_on_cores_beside(
            pairs.size(), match_run, [&](size_t k) { pair_points[k] = place_unit_vector(g, pairs[k].second); },
            [&] {
                pullers.reserve(pairs.size());  // each a distinct pair
                puller_pairs.reserve(pairs.size());
                std::vector<bool> pulled(first_of_name.size(), false);  // by name: its first likely occurrence pulls
                for (size_t i = 0; i < matches.size(); ++i) {
                    if (!likely[i] || pulled[name_of[i]]) continue;
                    pulled[name_of[i]] = true;
                    for (const Scored& s : scored[i])
                        if (s.why.total >= scored[i][0].why.total - W.joint_margin && small(s.place)) {
                            pullers.push_back({matches[i].key, s.place, 0, 0, 0});
                            puller_pairs.push_back(s.pair);
                        }
                }
                if (!joint_weighs) return;
                // The weight of every (name, place) pair the pass below may ask for (each small
                // candidate of a name with several), computed first: on both cores for a long
                // document. An as_first match's candidates are its first occurrence's (and so
                // is its context): they are marked there.
                asked.assign(pairs.size(), 0);
                for (size_t i = 0; i < matches.size(); ++i) {
                    if (as_first[i] || ctx[i].demonym || scored[i].size() < 2) continue;
                    for (const Scored& s : scored[i])
                        if (small(s.place)) asked[s.pair] = 1;
                }
            });
        if (joint_weighs) {
            for (size_t k = 0; k < pullers.size(); ++k) {
                const UnitVector& v = pair_points[puller_pairs[k]];
                pullers[k].x = v.x, pullers[k].y = v.y, pullers[k].z = v.z;
            }
            const JointIndex joint(g, std::move(pullers));
            std::vector<float> joint_weight(pairs.size(), 0.0f);
            for_each_run_on_cores(pairs.size(), match_run, [&](size_t k) {
                if (!asked[k]) return;
                const UnitVector& v = pair_points[k];
                JointCounts n = joint.near(pairs[k].first, pairs[k].second, v.x, v.y, v.z, int(W.joint_cap));
                joint_weight[k] = W.joint_50km * float(n.within_50km) + W.joint_150km * float(n.within_150km - n.within_50km);
            });
            // Each match on its own (both cores for a long document; each its own candidates), but
            // for those alike their first occurrence, which take its result after.
            for_each_run_on_cores(matches.size(), match_run, [&](size_t i) {
                if (as_first[i] || ctx[i].demonym || scored[i].size() < 2) return;
                bool changed = false;
                for (Scored& s : scored[i]) {
                    const PlaceFacts& f = g.facts(s.place);
                    float w = 0;
                    if (small(s.place)) {
                        w = joint_weight[s.pair];
                    } else if (f.kind == PlaceKind::admin1 || f.kind == PlaceKind::region) {
                        // A region named after the city in it (seat_of_region) lies where the city
                        // does: what is near the city is as near the region, and the kinds and
                        // cues tell them apart as before ("the Nakhchivan exclave").
                        for (const Scored& o : scored[i]) {
                            const PlaceFacts& of = g.facts(o.place);
                            if (is_settlement(of.kind) && of.country_code() == f.country_code() &&
                                !surely_farther_km(f.lat, of.lat, 100) && distance_km(f.lat, f.lon, of.lat, of.lon) < 100)
                                w = std::max(w, joint_weight[o.pair]);
                        }
                    }
                    if (w != 0) s.why.add(Signal::joint, w), changed = true;
                }
                if (changed) sort_by_total(scored[i]);
            });
        }
    }

    // --- 3: the document's anchors: the best candidate of every confident match, and the
    // countries its demonyms name (half weight each). Two rounds: places that only context made
    // confident (a village beside a town) are anchors for the second.
    std::map<std::string, float, std::less<>> demonym_countries;
    for (size_t i = 0; i < matches.size(); ++i)
        if (ctx[i].demonym)
            if (const std::string* cc = lex.demonym(g.key_text(*matches[i].key)); cc && !cc->empty())
                demonym_countries[*cc] += W.demonym_anchor;
    // Then those the scan beside the pairs' numbering found, in the words' order.
    for (const std::vector<const std::string*>& stretch_found : demonyms_found)
        for (const std::string* cc : stretch_found) demonym_countries[*cc] += W.demonym_anchor;
    auto anchors_of = [&](const std::vector<std::span<Scored>>& s) {
        std::vector<Anchor> anchors;
        anchors.reserve(first_of_name.size());  // mostly one a name
        thread_local std::vector<uint32_t> index;  // pair -> its anchor + 1 (0: none yet): one per pair, in order
        index.assign(pairs.size(), 0);
        for (size_t i = 0; i < matches.size(); ++i) {
            if (ctx[i].demonym || s[i].empty() || s[i][0].why.total < threshold) continue;
            PlaceIndex p = s[i][0].place;
            uint32_t& at = index[s[i][0].pair];
            if (at) {
                anchors[at - 1].weight += W.anchor;
                continue;
            }
            at = uint32_t(anchors.size() + 1);
            const PlaceFacts& f = g.facts(p);
            const UnitVector& v = pair_points[s[i][0].pair];
            anchors.push_back({matches[i].key, p, f.country_code(), v.x, v.y, v.z, !pointlike(f.kind), W.anchor, f.kind, name_of[i],
                               s[i][0].pair});
        }
        return anchors;
    };
    // Whether a later occurrence's priors (all that its joint coherence has left in `scored` so
    // far) are its first occurrence's, byte for byte: then every round gives it the first's result
    // (a round adds what the pairs take). An as_first match's are its first's own records. Found
    // once, before a round writes to any.
    std::vector<uint8_t> priors_as_first(matches.size(), 0);
    // A round's scores depend on its anchors only (it starts from the priors): when the first
    // round leaves the anchors as they were, the second would score every candidate as the first
    // did, and is not run. The first round's are listed beside the pass below, which reads the
    // records as anchors_of does and writes none of them.
    std::vector<Anchor> anchors;
    for_each_run_on_cores_beside(
        matches.size(), match_run,
        [&](size_t i) {
            const size_t first = first_of_name[name_of[i]];
            if (first == i) return;
            const std::span<const Scored> own_priors = scored[i], first_priors = scored[first];
            priors_as_first[i] =
                as_first[i] || (!own_priors.empty() && own_priors.size() == first_priors.size() &&
                                std::memcmp(static_cast<const void*>(own_priors.data()), first_priors.data(),
                                            own_priors.size_bytes()) == 0);
        },
        [&] { anchors = anchors_of(scored); });
    // The priors and local signals, kept for each round to start from: what restore_priors needs
    // of the records of the matches a round scores (the first occurrences, and the others whose
    // priors are their own), match i's from prior_start[i], each taken by the first round before
    // it adds to them. The others read their first occurrence's result, not their priors: none
    // kept for them. Not value-initialised: each is written by the first round before it is read.
    std::vector<size_t> prior_start(matches.size() + 1, 0);
    for (size_t i = 0; i < matches.size(); ++i)
        prior_start[i + 1] = prior_start[i] + (priors_as_first[i] ? 0 : scored[i].size());
    std::unique_ptr<PriorTally[]> priors(new PriorTally[std::max<size_t>(prior_start.back(), 1)]);
    // Per name: the places the named divisions speak for, each with the number of the division
    // that found it. What a division finds for a name depends on that division alone (a name and a
    // place: its point and country) and the name's candidates, so a second round keeps what its
    // divisions found in the first and asks only those new to it.
    std::vector<std::vector<std::pair<PlaceIndex, uint32_t>>> named_area_places(first_of_name.size());
    // The same places by number, once each, for the pairs to look theirs up in.
    std::vector<std::vector<PlaceIndex>> named_area_sorted(first_of_name.size());
    constexpr uint32_t no_division = UINT32_MAX;
    std::vector<uint32_t> division_of_pair(pairs.size(), no_division);  // numbered as first met
    std::vector<uint8_t> division_active;  // by number: one of this round's divisions
    for (int round = 0; round < 2; ++round) {
        if (round > 0) {
            std::vector<Anchor> next = anchors_of(scored);
            if (same_anchors(next, anchors)) break;
            anchors = std::move(next);
        }
        // The document's context from the anchors, made beside the named divisions' pass below
        // (which reads the anchors, not it): a long document's index of thousands of points
        // takes one core while the other starts on the names.
        std::optional<DocumentContext> doc_made;
        // The article's focus: a state or province it names ("Texas" in an article on Gainesville)
        // speaks for the name's place nearest its point, as a qualifier would, more weakly.
        // `divisions`: this round's not met in an earlier one, each with its number (division_numbers).
        std::vector<const Anchor*> divisions;
        std::vector<uint32_t> division_numbers;
        const size_t divisions_before = division_active.size();
        std::fill(division_active.begin(), division_active.end(), 0);
        for (const Anchor& a : anchors) {
            if (a.kind != PlaceKind::admin1) continue;
            uint32_t& number = division_of_pair[a.pair];
            if (number == no_division) {
                number = uint32_t(division_active.size());
                division_active.push_back(0);
                divisions.push_back(&a);
                division_numbers.push_back(number);
            }
            division_active[number] = 1;
        }
        const bool some_gone =
            std::count(division_active.begin(), division_active.begin() + std::ptrdiff_t(divisions_before), uint8_t(0)) > 0;
        // Their points with the cosine of their latitude, computed once a round, not per name.
        // And their order by country (country_code16), then by latitude within one (then their
        // own order), so that a name's candidates of one country meet the divisions of that
        // country only, and of those only the ones within reach of the candidates' latitudes.
        struct DivisionAt {
            uint16_t country;  // country_code16
            double lat;
            uint32_t index;  // in divisions and division_points
        };
        std::vector<GreatCirclePoint> division_points;
        std::vector<DivisionAt> divisions_by_country;
        for (const Anchor* d : divisions) {
            const PlaceFacts& df = g.facts(d->place);
            divisions_by_country.push_back({country_code16(d->country), df.lat, uint32_t(division_points.size())});
            division_points.push_back(great_circle_point(df.lat, df.lon));
        }
        std::sort(divisions_by_country.begin(), divisions_by_country.end(), [](const DivisionAt& a, const DivisionAt& b) {
            return a.country != b.country ? a.country < b.country : a.lat != b.lat ? a.lat < b.lat : a.index < b.index;
        });
        // Their countries, once each and in order: a candidate elsewhere meets no division.
        std::vector<uint16_t> division_countries;
        for (const DivisionAt& d : divisions_by_country)
            if (division_countries.empty() || division_countries.back() != d.country)
                division_countries.push_back(d.country);
        for_each_run_on_cores_beside(first_of_name.size(), match_run, [&](size_t n) {
            const size_t i = first_of_name[n];
            const KeyEntry* key = matches[i].key;
            std::vector<std::pair<PlaceIndex, uint32_t>>& in_named_area = named_area_places[n];
            if (some_gone)
                std::erase_if(in_named_area,
                              [&](const std::pair<PlaceIndex, uint32_t>& e) { return !division_active[e.second]; });
            // The name's candidates as the divisions ask about them: those whose point says where
            // they are, in a country with a division this round (no other meets one), grouped by
            // country and by latitude within one (the places a division finds are a set: their
            // order does not matter), so that a division reads only those of its country within
            // reach of its latitude, each point with its cosine computed when first needed. Kept
            // per thread, so that a long document's many names allocate nothing.
            struct Candidate {
                uint16_t country;  // country_code16
                bool has_cos;
                uint32_t order;  // among those kept
                PlaceIndex place;
                GreatCirclePoint point;
            };
            thread_local std::vector<Candidate> candidates;
            thread_local std::vector<double> km_of;  // a division's distance to each of its country's
            candidates.clear();
            if (!divisions.empty()) {
                for (PlaceIndex p : matches[i].candidates) {
                    const PlaceFacts& f = g.facts(p);
                    if (!pointlike(f.kind)) continue;
                    const uint16_t country = country_code16(f.country_code());
                    if (std::binary_search(division_countries.begin(), division_countries.end(), country))
                        candidates.push_back({country, false, uint32_t(candidates.size()), p, {f.lat, f.lon, 1}});
                }
                std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
                    return a.country != b.country         ? a.country < b.country
                           : a.point.lat != b.point.lat ? a.point.lat < b.point.lat
                                                        : a.order < b.order;
                });
            }
            // A candidate surely beyond the reach below counts at its lower bound: it can be
            // neither the nearest within named_area_km nor within the slack of one, so the
            // choices are those the exact distance gives, without its trigonometry.
            // So does one surely farther by its difference of longitude (great_circle.hpp).
            const double reach = double(W.named_area_km) + std::max(0.0, double(W.qualifier_nearest_slack_km));
            const double reach_haversine = haversine_of_km(reach * 1.001 + 0.001);
            // Each country's candidates, then each division of that country: the places it speaks
            // for are gathered as a set (the order they are found in does not matter).
            for (auto from = candidates.begin(); from != candidates.end();) {
                const uint16_t country = from->country;
                auto to = from;
                while (to != candidates.end() && to->country == country) ++to;
                // It tells homonyms apart; a name with one place in the country gains nothing.
                // (Candidates elsewhere, or too large for a point, lie at no distance: 1e9.)
                if (to - from < 2) {
                    from = to;
                    continue;
                }
                // The country's divisions, less those surely farther by latitude alone than the
                // reach from the group's southernmost candidate (below it) or northernmost (above
                // it): they would find none of the group nearer (surely_farther_km grows with the
                // difference of latitude), and read none of them below. So the divisions read are
                // those that find something, in the order of their latitude (the set is the same).
                const double southernmost = from->point.lat, northernmost = (to - 1)->point.lat;
                auto first_division = std::partition_point(
                    divisions_by_country.begin(), divisions_by_country.end(),
                    [&](const DivisionAt& d) {
                        return d.country < country ||
                               (d.country == country && d.lat < southernmost && surely_farther_km(d.lat, southernmost, reach));
                    });
                auto last_division = std::partition_point(first_division, divisions_by_country.end(), [&](const DivisionAt& d) {
                    return d.country == country && !(d.lat > northernmost && surely_farther_km(d.lat, northernmost, reach));
                });
                for (auto dc = first_division; dc != last_division; ++dc) {
                    const Anchor* d = divisions[dc->index];
                    if (d->key == key) continue;
                    const GreatCirclePoint& dp = division_points[dc->index];
                    // Those surely farther by latitude alone are the group's first and last ones
                    // (the difference of latitude grows away from the division's, both ways): the
                    // division reads those between. Counted at the lower bound, the others could
                    // be neither the nearest within named_area_km nor within the slack of one.
                    const auto near_from = std::partition_point(from, to, [&](const Candidate& c) {
                        return c.point.lat < dp.lat && surely_farther_km(dp.lat, c.point.lat, reach);
                    });
                    const auto near_to = std::partition_point(near_from, to, [&](const Candidate& c) {
                        return !(c.point.lat > dp.lat && surely_farther_km(dp.lat, c.point.lat, reach));
                    });
                    double nearest = 1e9;
                    km_of.clear();
                    for (auto c = near_from; c != near_to; ++c) {
                        if (!c->has_cos) c->point = great_circle_point(c->point.lat, c->point.lon), c->has_cos = true;
                        const double d_km = surely_beyond_haversine(dp, c->point, reach_haversine) ? reach * 1.001 + 1.0
                                                                                                     : distance_km(dp, c->point);
                        km_of.push_back(d_km);
                        nearest = std::min(nearest, d_km);
                    }
                    if (nearest > W.named_area_km) continue;
                    for (size_t k = 0; k < km_of.size(); ++k)
                        if (km_of[k] <= nearest + W.qualifier_nearest_slack_km)
                            in_named_area.push_back({near_from[std::ptrdiff_t(k)].place, division_numbers[dc->index]});
                }
                from = to;
            }
            std::vector<PlaceIndex>& sorted = named_area_sorted[n];
            if (in_named_area.empty() && sorted.empty()) return;  // most names: none found, none before
            sorted.clear();
            sorted.reserve(in_named_area.size());
            for (const auto& [place, division] : in_named_area) sorted.push_back(place);
            std::sort(sorted.begin(), sorted.end());
            sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        }, [&] { doc_made.emplace(anchors, demonym_countries, first_of_name.size()); });
        const DocumentContext& doc = *doc_made;
        // Per pair: the (country, distance) weights, in the hundredths SignalTally keeps (0: none
        // added), and whether a named division speaks for it. Whether a candidate takes any
        // depends on its pair only (its name's `others` and divisions, its place's country and
        // kind), so every occurrence adds the pair's as they are.
        struct PairWeights {
            int16_t country = 0, distance = 0;
            bool named_area = false;
        };
        std::vector<PairWeights> pair_weights(pairs.size());
        for_each_run_on_cores(pairs.size(), match_run, [&](size_t k) {
            const auto [key, place] = pairs[k];
            const PlaceFacts& f = g.facts(place);
            const uint32_t name = name_of_pair[k];
            const std::vector<PlaceIndex>& named_area = named_area_sorted[name];
            pair_weights[k].named_area =
                !named_area.empty() && std::binary_search(named_area.begin(), named_area.end(), place);
            const double others = doc.total_without(name);
            if (others > 0 && !f.country_code().empty())
                pair_weights[k].country = SignalTally::hundredths_of(
                    float(double(W.context_country) * doc.country_without(f.country_code(), name) / others));
            if (f.kind != PlaceKind::country && f.kind != PlaceKind::continent) {
                // Far from everything else the article names, a town needs other evidence.
                const UnitVector& v = pair_points[k];
                const auto nearby = doc.proximity(f.lat, f.lon, v.x, v.y, v.z, key);
                float w = nearby.within_km(radius_50)    ? W.near_50km
                          : nearby.within_km(radius_150) ? W.near_150km
                          : nearby.within_km(radius_400) ? W.near_400km
                                                         : 0.0f;
                if (w == 0 && is_settlement(f.kind) && doc.has_points_without(name) && !nearby.within_km(radius_3000))
                    w = W.far_3000km;
                pair_weights[k].distance = SignalTally::hundredths_of(w);
            }
        });
        // Each round starts from the priors: the first finds them in `scored` already, and keeps them.
        const int16_t named_area_hundredths = SignalTally::hundredths_of(W.named_area);
        auto score_round = [&](size_t i) {
            PriorTally* const kept = priors.get() + prior_start[i];
            if (round == 0) std::transform(scored[i].begin(), scored[i].end(), kept, prior_tally);
            else restore_priors(scored[i], kept);
            for (Scored& sc : scored[i]) {
                const PairWeights& w = pair_weights[sc.pair];
                sc.why.add_hundredths(Signal::context_country, w.country);
                sc.why.add_hundredths(Signal::context_distance, w.distance);
                if (w.named_area) sc.why.add_hundredths(Signal::named_area, named_area_hundredths);
            }
            sort_by_total(scored[i]);
        };
        // A round adds to each candidate what its pair takes, so that an occurrence whose priors
        // are its name's first occurrence's, byte for byte (the same candidates in the same order
        // with the same signals: most repeats of a name), ends as that one does. The first
        // occurrences are scored first, then the others take their result or are scored alike.
        for_each_run_on_cores(first_of_name.size(), match_run, [&](size_t n) { score_round(first_of_name[n]); });
        // (An as_first match's records are its first's: nothing to copy.)
        for_each_run_on_cores(matches.size(), match_run, [&](size_t i) {
            const size_t first = first_of_name[name_of[i]];
            if (first == i || as_first[i]) return;
            if (!priors_as_first[i]) score_round(i);
            else copy_scored(scored[first], scored[i].data());
        });
    }
    priors.reset();  // read by the rounds only: its pages are free for what follows
    // --- 4a: a region the article names with its type word ("Иркутской области", "Kharkiv
    // Oblast") is what the type word is for: the bare name elsewhere ("в Иркутске", "in Kharkiv")
    // is then the town of the name, when there is one.
    {
        std::unordered_set<PlaceIndex> typed_regions;
        for (size_t i = 0; i < matches.size(); ++i)
            if (ctx[i].typed_area && !scored[i].empty() && scored[i][0].why.total >= threshold &&
                is_area(g.facts(scored[i][0].place).kind))
                typed_regions.insert(scored[i][0].place);
        // Each match on its own (both cores for a long document; each its own candidates).
        if (!typed_regions.empty())
            for_each_run_on_cores(matches.size(), match_run, [&](size_t i) {
                if (ctx[i].typed_area || ctx[i].typed_end || as_first[i]) return;  // as_first: its first's records
                bool has_town = std::any_of(scored[i].begin(), scored[i].end(),
                                            [&](const Scored& s) { return is_settlement(g.facts(s.place).kind); });
                if (!has_town) return;
                for (Scored& s : scored[i])
                    if (typed_regions.count(s.place)) s.why.add(Signal::cue, W.typed_elsewhere);
                sort_by_total(scored[i]);
            });
    }

    // --- 4b: a name qualified once ("PARIS, Texas (AP)") means that place in its other, bare
    // occurrences too ("officials in Paris said"), unless their own qualifier says otherwise.
    {
        // Which matches a qualifier decided, found on both cores for a long document; the first of
        // each name then taken in the matches' order.
        std::vector<uint8_t> decided(matches.size(), 0);
        for_each_run_on_cores(matches.size(), match_run, [&](size_t i) {
            decided[i] = !scored[i].empty() && scored[i][0].why.weight_of(Signal::qualifier) >= W.qualifier_nearest &&
                         scored[i][0].why.total >= threshold;
        });
        std::unordered_map<const KeyEntry*, PlaceIndex> qualified;
        for (size_t i = 0; i < matches.size(); ++i)
            if (decided[i]) qualified.try_emplace(matches[i].key, scored[i][0].place);
        // Each match on its own (both cores for a long document; each its own candidates).
        if (!qualified.empty())
            for_each_run_on_cores(matches.size(), match_run, [&](size_t i) {
                auto q = qualified.find(matches[i].key);
                if (q == qualified.end() || ctx[i].qualifier >= 0 || as_first[i]) return;
                for (Scored& s : scored[i])
                    if (s.place == q->second) s.why.add(Signal::one_sense, W.qualified_elsewhere);
                sort_by_total(scored[i]);
            });
    }

    // --- 4: one sense per name per document. The place with the best summed total over every
    // occurrence of a name wins each occurrence, unless that occurrence's own winner leads by a
    // wide margin (a qualifier or a cue said otherwise).
    // Summed per (name, place) pair in the order of the matches; each name's consensus is its
    // place of the greatest sum, the lowest place index among equal sums.
    std::vector<float> pair_sum(pairs.size(), 0.0f);
    for (size_t i = 0; i < matches.size(); ++i)
        for (const Scored& s : scored[i]) pair_sum[s.pair] += s.why.total;
    std::vector<PlaceIndex> consensus_of(first_of_name.size(), 0);
    std::vector<float> consensus_sum(first_of_name.size(), 0.0f);
    std::vector<bool> has_consensus(first_of_name.size(), false);
    for (size_t k = 0; k < pairs.size(); ++k) {
        const uint32_t n = name_of_pair[k];
        const PlaceIndex place = pairs[k].second;
        if (!has_consensus[n] || pair_sum[k] > consensus_sum[n] ||
            (pair_sum[k] == consensus_sum[n] && place < consensus_of[n])) {
            consensus_of[n] = place;
            consensus_sum[n] = pair_sum[k];
            has_consensus[n] = true;
        }
    }
    // Each occurrence then on its own (both cores for a long document; each its own candidates).
    for_each_run_on_cores(matches.size(), match_run, [&](size_t i) {
        if (scored[i].size() < 2 || as_first[i]) return;
        const PlaceIndex consensus = consensus_of[name_of[i]];  // there: its candidates were summed
        if (consensus == scored[i][0].place) return;
        auto it = std::find_if(scored[i].begin(), scored[i].end(), [&](const Scored& s) { return s.place == consensus; });
        float gap = scored[i][0].why.total - it->why.total;
        if (gap < W.one_sense_gap) {
            it->why.add(Signal::one_sense, gap + W.one_sense_margin);
            sort_by_total(scored[i]);
        }
    });

    // --- 5: the threshold, and the evidence kept: each match's mention made on its own (both
    // cores for a long document) in its place among the matches' mentions, which come in the
    // order of the matches. Whether a match makes one is known from its best total alone, so
    // each mention's place is counted first and the mentions written straight into `out`.
    // A match alike its first occurrence (as_first: its records are the first's) makes the
    // first's mention at its own span, taken after the others are made.
    constexpr uint32_t no_mention = UINT32_MAX;
    std::vector<uint32_t> mention_at(matches.size(), no_mention);  // match -> its mention in `out`
    uint32_t mentions = 0;
    for (size_t i = 0; i < matches.size(); ++i)
        if (!scored[i].empty() && scored[i][0].why.total >= threshold) mention_at[i] = mentions++;
    // Near spellings after a cue ("the Azerbaijani city of Yevlash"), after the matches' mentions.
    std::vector<Mention> fuzzy = fuzzy_mentions(g, text, matches);
    std::vector<Mention> out;
    out.reserve(mentions + fuzzy.size());
    out.resize(mentions);
    for_each_run_on_cores(matches.size(), match_run, [&](size_t i) {
        if (as_first[i] || mention_at[i] == no_mention) return;
        const Scored& best = scored[i][0];
        Mention mention;
        mention.span = matches[i].span;
        if (ctx[i].typed_end) mention.span.end = ctx[i].typed_end;
        mention.place = best.place;
        static_cast<SignalTally&>(mention.why) = best.why;
        mention.why.candidates = static_cast<uint32_t>(matches[i].candidates.size());
        mention.why.name_key = static_cast<uint32_t>(matches[i].key - g.keys().data());
        float denominator = 0;
        for (const Scored& s : scored[i]) denominator += std::exp(std::min(s.why.total - best.why.total, 0.0f));
        for (size_t k = 1; k < scored[i].size() && mention.why.runner_up_count < mention.why.runners_up.size(); ++k)
            mention.why.runners_up[mention.why.runner_up_count++] = {scored[i][k].place, scored[i][k].why.total};
        float confidence = 1.0f / (1.0f + std::exp(-(best.why.total - threshold)));
        mention.score = std::clamp(confidence / denominator, 0.0f, 1.0f);
        if (best.why.weight_of(Signal::qualifier) > 0) mention.flags |= mention_qualified;
        std::string_view surface = text.substr(matches[i].span.start, matches[i].span.end - matches[i].span.start);
        for (unsigned char ch : surface)
            if (ch >= 0x80) {
                if (script_of(surface) != "Latn") mention.flags |= mention_transliterated;
                break;
            }
        out[mention_at[i]] = mention;
    });
    // (An as_first match makes a mention exactly when its first does: their records are one.)
    for_each_run_on_cores(matches.size(), match_run, [&](size_t i) {
        if (!as_first[i] || mention_at[i] == no_mention) return;
        Mention& mention = out[mention_at[i]];
        mention = out[mention_at[first_of_name[name_of[i]]]];
        mention.span = matches[i].span;
        if (ctx[i].typed_end) mention.span.end = ctx[i].typed_end;
    });
    const auto fuzzy_from = out.insert(out.end(), fuzzy.begin(), fuzzy.end());
    // In the order of their starts. The mentions made come in the matches' order, mostly by start
    // already, and the near spellings are few: when no two mentions start alike, there is one
    // order by start, which std::sort would give too, and a merge of the two sorted runs gives it
    // without a long document's sort of all its mentions on one thread. With starts alike, the
    // order std::sort leaves them in is kept by calling it.
    auto by_start = [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; };
    auto strictly_by_start = [](auto first, auto last) {
        return std::adjacent_find(first, last, [](const Mention& a, const Mention& b) { return a.span.start >= b.span.start; }) ==
               last;
    };
    const bool distinct_starts =
        strictly_by_start(out.begin(), fuzzy_from) && strictly_by_start(fuzzy_from, out.end()) &&
        std::none_of(fuzzy_from, out.end(), [&](const Mention& f) { return std::binary_search(out.begin(), fuzzy_from, f, by_start); });
    if (distinct_starts) std::inplace_merge(out.begin(), fuzzy_from, out.end(), by_start);
    else std::sort(out.begin(), out.end(), by_start);
    return out;
}

}  // namespace

std::vector<Mention> resolve(const Gazetteer& g, std::string_view text, std::span<const Token> words,
                             const std::vector<NameMatch>& name_matches) {
    return resolve_words(g, text, words, nullptr, name_matches);
}

std::vector<Mention> resolve(const Gazetteer& g, std::string_view text, std::vector<Token>&& words,
                             const std::vector<NameMatch>& name_matches) {
    return resolve_words(g, text, words, &words, name_matches);
}

}  // namespace placeline
