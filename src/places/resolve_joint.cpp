// Joint spatial coherence among every plausible candidate of an article's names (see
// resolve_joint.hpp). The pullers are kept sorted by one-degree cells, so that a query reads only
// the cells its 150 km reach: an article costs time in proportion to its candidates, not their
// square.
#include "resolve_joint.hpp"

#include <algorithm>
#include <cmath>


namespace placeline::resolution {

namespace {

constexpr double pi = 3.14159265358979323846;
constexpr double earth_km = 6371.0;
constexpr double reach_km = 150.0;
constexpr int lon_cells = 360;
constexpr size_t scan_all = 64;  // pullers read one by one up to this many, by cells beyond

int lat_cell(double lat) { return std::clamp(int(std::floor(lat + 90)), 0, 179); }
int lon_cell(double lon) { return ((int(std::floor(lon + 180)) % lon_cells) + lon_cells) % lon_cells; }

}  // namespace

JointIndex::JointIndex(const Gazetteer& g, std::vector<Puller> pullers) : g_(g) {
    points_.reserve(pullers.size());
    for (const Puller& p : pullers) {
        const PlaceFacts& f = g.facts(p.place);
        points_.push_back({uint32_t(lat_cell(f.lat) * lon_cells + lon_cell(f.lon)), p.key, p.x, p.y, p.z});
    }
    // An article's few pullers are kept by z only (near() reads those within a polar query's
    // cells from all of them); more by cell.
    if (points_.size() <= scan_all) {
        by_z_ = std::move(points_);
        points_.clear();
        std::sort(by_z_.begin(), by_z_.end(), [](const Point& a, const Point& b) { return a.z < b.z; });
    } else {
        std::sort(points_.begin(), points_.end(), [](const Point& a, const Point& b) { return a.cell < b.cell; });
    }
}

JointCounts JointIndex::near(const KeyEntry* key, PlaceIndex place, double x, double y, double z, int cap) const {
    const double dot_50 = std::cos(50.0 / earth_km), dot_150 = std::cos(reach_km / earth_km);
    // Distinct other names seen, the nearest distance class of each: 50 km or 150 km.
    thread_local std::vector<std::pair<const KeyEntry*, bool>> seen;
    seen.clear();
    int close_names = 0;  // once `cap` names are within 50 km, nothing can change the answer
    // One point: whether `cap` names are now within 50 km. The counts below are the same whatever
    // the order the points come in: a scan stopped at `cap` close names counts `cap` of each,
    // as the whole scan would.
    auto visit = [&](const Point& p) {
        if (p.key == key) return false;
        double dot = x * p.x + y * p.y + z * p.z;
        if (dot < dot_150) return false;
        bool close = dot >= dot_50;
        // Once `cap` names are seen, one more within 150 km only changes no count (both are at
        // most `cap`): only a close one is looked up.
        if (!close && seen.size() >= size_t(cap)) return false;
        auto s = std::find_if(seen.begin(), seen.end(), [&](auto& e) { return e.first == p.key; });
        if (s == seen.end()) seen.push_back({p.key, close});
        else if (close && !s->second) s->second = true;
        else return false;
        return close && ++close_names >= cap;
    };
    auto counts = [&] {
        JointCounts out;
        for (auto& [k, close] : seen) {
            out.within_150km = uint8_t(std::min<int>(cap, out.within_150km + 1));
            if (close) out.within_50km = uint8_t(std::min<int>(cap, out.within_50km + 1));
        }
        return out;
    };
    const PlaceFacts& f = g_.facts(place);
    // A point within the reach differs by at most reach/111 degrees of latitude, and by at most
    // that over the cosine of the band's highest latitude in longitude.
    const double dlat = reach_km / 111.0 + 0.01;
    const double band_edge = std::max(std::abs(f.lat - dlat), std::abs(f.lat + dlat));
    // An article's few pullers are read in the band of z (the sine of latitude) the reach
    // spans: cheaper than finding the cells, and the same points pass the dot products either
    // way, where the cells cover the reach (all but the band within a degree of a pole, which
    // keeps the cells' answer). Two points within an angle a differ by at most a in latitude, so
    // by at most a in z (the sine's slope is at most 1); the margin covers the rounding of the
    // unit vectors and their dot product many times over.
    const bool few = points_.empty();  // the pullers, if any, are in by_z_ only
    if (few && band_edge < 89.0) {
        const double z_reach = reach_km / earth_km + 1e-6;
        for (auto it = std::lower_bound(by_z_.begin(), by_z_.end(), z - z_reach,
                                        [](const Point& p, double v) { return p.z < v; });
             it != by_z_.end() && it->z <= z + z_reach; ++it)
            if (visit(*it)) break;
        return counts();
    }
    const double widest = std::min(89.0, band_edge);
    // The columns that the longitudes f.lon - dlon and f.lon + dlon fall in, and those between:
    // most queries reach into a neighbouring column on one side only. dlon bounds the longitude
    // of every point within the reach while the band stays a degree off the poles (by 0.01
    // degrees or more); within a degree of a pole, where it does not, a whole number of columns
    // either side of the place's and one more are read, as before.
    const double dlon = dlat / std::cos(widest * pi / 180);
    const bool polar = band_edge >= 89.0;
    const int span = std::min(lon_cells / 2, int(std::ceil(dlon)) + 1);  // columns either side, near a pole
    const int west_unwrapped = int(std::floor(f.lon + 180 - dlon)), east_unwrapped = int(std::floor(f.lon + 180 + dlon));
    auto by_cell = [](const Point& p, uint32_t c) { return p.cell < c; };
    // The points of the cells [first, last] of one row, in order: the cells of a row are
    // neighbours in `points_`, so one search finds the start of them all. An article's few
    // pullers (by z only) are all read, those of the cells visited: the same points in another
    // order, which gives the same counts (above).
    auto scan_cells = [&](uint32_t first, uint32_t last) {
        if (few) {
            for (const Point& p : by_z_)
                if (p.cell >= first && p.cell <= last && visit(p)) return true;
            return false;
        }
        for (auto it = std::lower_bound(points_.begin(), points_.end(), first, by_cell);
             it != points_.end() && it->cell <= last; ++it)
            if (visit(*it)) return true;
        return false;
    };
    // Each row from the westernmost cell eastwards, cut in two where it crosses the antimeridian
    // (the whole circle when the reach spans it).
    auto scan = [&] {
        const int cells = polar ? (span == lon_cells / 2 ? lon_cells : 2 * span + 1)
                                : std::min(lon_cells, east_unwrapped - west_unwrapped + 1);
        const int west = polar ? lon_cell(f.lon - span) : ((west_unwrapped % lon_cells) + lon_cells) % lon_cells;
        for (int la = lat_cell(f.lat - dlat), last = lat_cell(f.lat + dlat); la <= last; ++la) {
            const uint32_t row = uint32_t(la * lon_cells);
            const int east = west + cells - 1;  // may pass the row's end
            if (east < lon_cells) {
                if (scan_cells(row + uint32_t(west), row + uint32_t(east))) return;
            } else {
                if (scan_cells(row + uint32_t(west), row + uint32_t(lon_cells - 1))) return;
                if (scan_cells(row, row + uint32_t(east - lon_cells))) return;
            }
        }
    };
    scan();
    return counts();
}

}  // namespace placeline::resolution
