// Suspicious gazetteer data: Natural Earth admin-1 rows whose two name fields disagree about which
// place they are. Each row carries `name` and `gn_name` (tagged "-x-ne" and "-x-gn" by the reader,
// natural_earth_places.cpp). Spelling differences are normal ("Şuşa" / "Susa Rayonu"); a row is
// suspicious when, once the administrative words are dropped, the two names name two different
// places of the row's country ("Stepanakert" / "Xocali Rayonu": Stepanakert and Khojaly).
#include <algorithm>
#include <unordered_set>

#include "placeline/places/names.hpp"
#include "placeline/variants/variants.hpp"
#include "placeline/places/resolution.hpp"

namespace placeline {

namespace {

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// The folded name without administrative words ("xocali rayonu" -> "xocali").
std::string core_name(std::string_view name) {
    std::string f = fold_name(name);
    static const std::string_view words[] = {" rayonu", " rayon", " sahari", " seheri", " city", " marz", " province",
                                             " region", " oblast", " district", " municipality", " governorate",
                                             " county", " mkhare", " state", " prefecture", " megye"};
    for (bool changed = true; changed;) {
        changed = false;
        for (std::string_view w : words)
            if (ends_with(f, w) && f.size() > w.size()) {
                f.resize(f.size() - w.size());
                changed = true;
            }
    }
    return f;
}

// Places other than `row`, in its country, that bear this folded name.
std::vector<PlaceIndex> named(const Gazetteer& g, const std::string& folded, PlaceIndex row) {
    std::vector<PlaceIndex> out;
    std::string_view country = g.facts(row).country_code();
    for (PlaceIndex p : g.lookup(folded)) {
        if (p == row || g.facts(p).country_code() != country) continue;
        if (g.facts(p).kind == PlaceKind::admin1) {
            // Another row bears the name only in its own gn_name (every London borough's is
            // "Greater London"): that says nothing about which place the name is.
            const Place& other = g.place(p);
            bool by_name = std::any_of(other.names.begin(), other.names.end(), [&](const Name& n) {
                return !ends_with(n.lang, "-x-gn") && core_name(n.text) == folded;
            });
            if (!by_name) continue;
        }
        out.push_back(p);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Whether two folded names share a stem ("smolensk" / "smolenskaya", "tula" / "tulskaya"): the
// Russian oblast adjectives GeoNames uses for regions named after their capital.
bool same_stem(std::string_view a, std::string_view b) {
    size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
    return n >= 3 && n * 4 >= std::min(a.size(), b.size()) * 3;
}

bool near_any(const Gazetteer& g, const PlaceFacts& at, const std::vector<PlaceIndex>& ps, double km) {
    for (PlaceIndex p : ps)
        if (resolution::distance_km(at.lat, at.lon, g.facts(p).lat, g.facts(p).lon) <= km) return true;
    return false;
}

}  // namespace

std::vector<SuspiciousRow> suspicious_admin1_rows(const Gazetteer& g) {
    // Candidates: rows whose two fields, stripped of administrative words, name disjoint sets of
    // places, each with a town among them.
    std::vector<SuspiciousRow> candidates;
    for (PlaceIndex i = 0; i < g.size(); ++i) {
        if (g.facts(i).kind != PlaceKind::admin1) continue;
        const Place& p = g.place(i);
        const Name* ne = nullptr;
        const Name* gn = nullptr;
        for (const Name& n : p.names) {
            if (ends_with(n.lang, "-x-ne")) ne = &n;
            else if (ends_with(n.lang, "-x-gn")) gn = &n;
        }
        if (!ne || !gn) continue;
        std::string a = core_name(ne->text), b = core_name(gn->text);
        if (a.empty() || b.empty() || a == b || same_stem(a, b)) continue;
        SuspiciousRow r{i, ne->text, gn->text, named(g, a, i), named(g, b, i)};
        if (r.gn_named.empty()) continue;
        // Two names of one place (a renamed town whose old name GeoNames keeps) are no conflict.
        bool shared = false;
        for (PlaceIndex x : r.named) shared |= std::binary_search(r.gn_named.begin(), r.gn_named.end(), x);
        if (shared) continue;
        candidates.push_back(std::move(r));
    }
    // A region's gn_name may name the region around a city-region ("Szeged" / "Csongrad megye"):
    // nesting, not a contradiction. Kept are the rows that contradict themselves for sure:
    //   - swapped with another row: this row's gn_name names the other's place, and the other's
    //     gn_name names this row's (Stepanakert / Xocali Rayonu and Xocalı / Xankandi Sahari);
    //   - or drawn far from every place its name names and near one its gn_name names (the
    //     Lachin district polygon named "Lankaran").
    std::vector<SuspiciousRow> out;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const SuspiciousRow& r = candidates[i];
        bool swapped = false;
        // A row names itself by its `name` (the regional gazetteer has no GeoNames town to name).
        auto meets = [](const std::vector<PlaceIndex>& x, PlaceIndex x_row, const std::vector<PlaceIndex>& sorted) {
            return std::binary_search(sorted.begin(), sorted.end(), x_row) ||
                   std::any_of(x.begin(), x.end(), [&](PlaceIndex p) { return std::binary_search(sorted.begin(), sorted.end(), p); });
        };
        for (size_t j = 0; j < candidates.size() && !swapped; ++j) {
            const SuspiciousRow& o = candidates[j];
            swapped = j != i && meets(o.named, o.row, r.gn_named) &&
                      std::any_of(o.gn_named.begin(), o.gn_named.end(), [&](PlaceIndex p) {
                          return p == r.row || std::binary_search(r.named.begin(), r.named.end(), p);
                      });
        }
        auto has_town = [&](const std::vector<PlaceIndex>& ps) {
            return std::any_of(ps.begin(), ps.end(), [&](PlaceIndex x) { return g.facts(x).kind != PlaceKind::admin1; });
        };
        const PlaceFacts& at = g.facts(r.row);
        bool misplaced = has_town(r.named) && has_town(r.gn_named) && !near_any(g, at, r.named, 40) &&
                         near_any(g, at, r.gn_named, 40);
        if (swapped || misplaced) out.push_back(r);
    }
    return out;
}

}  // namespace placeline
