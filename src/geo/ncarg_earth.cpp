// Lakes, inland seas and islands from NCAR Graphics' Earth..4 database (see ncarg_earth.hpp).
#include "placeline/geo/ncarg_earth.hpp"

#include <geos_c.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <cstdlib>
#include <cmath>
#include <cstring>
#include <map>
#include <unordered_map>

#include "placeline/base/input_file.hpp"
#include "placeline/places/names.hpp"
#include "representative_point.hpp"

namespace placeline::geo {

namespace {

// The whole file, or why not (a folder, a FIFO: refused, never waited on).
std::string read_all(const std::string& path, std::string& error) {
    std::string out;
    if (!read_input_file(path, out, error) && error.empty()) error = "cannot be read";
    return out;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// The next unsigned number at `i` after spaces; false at the end or on anything else.
bool number(const std::string& s, size_t& i, int& out) {
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    long v = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && v < 100000000) v = v * 10 + (s[i++] - '0');
    out = int(v);
    return true;
}

int32_t int_at(const std::string& b, size_t at) {
    uint32_t v = 0;
    for (int k = 3; k >= 0; --k) v = (v << 8) | static_cast<unsigned char>(b[at + size_t(k)]);
    return static_cast<int32_t>(v);
}
float float_at(const std::string& b, size_t at) {
    uint32_t v = static_cast<uint32_t>(int_at(b, at));
    float f;
    std::memcpy(&f, &v, sizeof f);
    return f;
}

// "Kriti (Crete)" -> Kriti, Crete; "Hawaii (island)" -> Hawaii (a lower-case note is no name).
std::vector<std::string> spellings_of(const std::string& name) {
    std::vector<std::string> out;
    auto add = [&](std::string s) {
        while (!s.empty() && s.back() == ' ') s.pop_back();
        while (!s.empty() && s.front() == ' ') s.erase(s.begin());
        if (s.empty() || std::find(out.begin(), out.end(), s) != out.end()) return;
        if (static_cast<unsigned char>(s[0]) < 0x80 && std::islower(static_cast<unsigned char>(s[0]))) return;
        out.push_back(std::move(s));
    };
    size_t open = name.find('('), close = open == std::string::npos ? open : name.find(')', open);
    if (close == std::string::npos) {
        add(name);
        return out;
    }
    add(name.substr(0, open));
    if (!out.empty()) add(name.substr(open + 1, close - open - 1));
    return out;
}

bool one_word(const std::string& s) { return s.find_first_of(" -") == std::string::npos; }

// One place's areas: all the wanted areas of one kind and one (folded) name, and the segments
// between them and the rest, which close into its polygons.
struct Group {
    PlaceKind kind;
    std::string name;        // as in the file, of its first area
    std::vector<int> areas;  // ids
    std::vector<const EarthSegment*> outline;
    int id() const { return *std::min_element(areas.begin(), areas.end()); }
};

// The area of the box around the segments in km2, at least that of anything inside it (scaled by the
// cosine of its latitude nearest the equator); an antimeridian cut makes it the whole width.
double box_km2(const std::vector<const EarthSegment*>& segs) {
    double x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
    for (const EarthSegment* s : segs)
        for (const LonLat& p : s->points) x0 = std::min(x0, p.lon), x1 = std::max(x1, p.lon), y0 = std::min(y0, p.lat), y1 = std::max(y1, p.lat);
    if (x0 > x1) return 0;
    const double nearest_equator = y0 <= 0 && y1 >= 0 ? 0 : std::min(std::abs(y0), std::abs(y1));
    return (x1 - x0) * (y1 - y0) * 111.32 * 111.32 * std::cos(nearest_equator * M_PI / 180);
}

// The file cuts outlines at the antimeridian (Fiji's Vanua Levu ends at 180 and goes on from -180):
// such an area is built with the western longitudes moved by 360 degrees, so its rings close.
bool across_antimeridian(const std::vector<const EarthSegment*>& segs) {
    bool cut = false, east = false, west = false;
    for (const EarthSegment* s : segs)
        for (const LonLat& p : s->points) {
            cut |= std::abs(p.lon) >= 179.999;
            east |= p.lon > 90;
            west |= p.lon < -90;
        }
    return cut && east && west;
}

// The polygons the boundary segments close (GEOS polygonize), as one OGR geometry collection (or
// only the largest, for the map: several islands of one name are one place, at the largest), and
// the area of the largest in km2 (degrees scaled by the cosine of its latitude).
std::unique_ptr<OGRGeometry> polygons(GEOSContextHandle_t h, const std::vector<const EarthSegment*>& segs,
                                      double& largest_km2, bool largest_only = false) {
    std::vector<GEOSGeometry*> lines;
    const double shift = across_antimeridian(segs) ? 360 : 0;
    for (const EarthSegment* s : segs) {
        if (s->points.size() < 2) continue;
        GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, unsigned(s->points.size()), 2);
        for (size_t i = 0; i < s->points.size(); ++i)
            GEOSCoordSeq_setXY_r(h, seq, unsigned(i), s->points[i].lon + (s->points[i].lon < 0 ? shift : 0),
                                 s->points[i].lat);
        if (GEOSGeometry* l = GEOSGeom_createLineString_r(h, seq)) lines.push_back(l);
    }
    largest_km2 = 0;
    if (lines.empty()) return nullptr;
    GEOSGeometry* polys = GEOSPolygonize_r(h, lines.data(), unsigned(lines.size()));
    for (GEOSGeometry* l : lines) GEOSGeom_destroy_r(h, l);
    if (!polys) return nullptr;
    int n = GEOSGetNumGeometries_r(h, polys);
    const GEOSGeometry* largest = nullptr;
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* p = GEOSGetGeometryN_r(h, polys, i);
        double a = 0, ymin = 0, ymax = 0, xmin = 0, xmax = 0;
        if (!GEOSArea_r(h, p, &a) || !GEOSGeom_getExtent_r(h, p, &xmin, &ymin, &xmax, &ymax)) continue;
        const double km = 111.32, km2 = a * km * km * std::cos((ymin + ymax) / 2 * M_PI / 180);
        if (!largest || km2 > largest_km2) largest_km2 = km2, largest = p;
    }
    std::unique_ptr<OGRGeometry> out;
    if (largest) {
        size_t size = 0;
        GEOSWKBWriter* w = GEOSWKBWriter_create_r(h);
        unsigned char* wkb = GEOSWKBWriter_write_r(h, w, largest_only ? largest : polys, &size);
        OGRGeometry* g = nullptr;
        if (wkb && OGRGeometryFactory::createFromWkb(wkb, nullptr, &g, size) == OGRERR_NONE) out.reset(g);
        if (wkb) GEOSFree_r(h, wkb);
        GEOSWKBWriter_destroy_r(h, w);
    }
    GEOSGeom_destroy_r(h, polys);
    return out;
}

}  // namespace

std::vector<EarthArea> read_earth_names(const std::string& path, Diagnostics& diags) {
    std::string error;
    const std::string s = read_all(path, error);
    std::vector<EarthArea> out;
    if (!error.empty()) {
        diags.error(path, "the NCAR Earth..4 names " + error + " (run scripts/fetch-data.sh)");
        return out;
    }
    size_t i = 0;
    while (true) {
        while (i < s.size() && is_space(s[i])) ++i;
        if (i >= s.size()) break;
        EarthArea a;
        int len = 0;
        size_t at = i;
        if (!number(s, i, a.id) || !number(s, i, a.level) || !number(s, i, a.colour) || !number(s, i, a.parent) ||
            !number(s, i, len) || i >= s.size() || s[i] != ' ' || i + 1 + size_t(len) > s.size()) {
            diags.error(path, "byte " + std::to_string(at) + ": not an area (id, level, colour, parent, length, name); " +
                                  std::to_string(out.size()) + " areas read before it");
            break;
        }
        a.name = s.substr(i + 1, size_t(len));
        i += 1 + size_t(len);
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<EarthSegment> read_earth_lines(const std::string& path, Diagnostics& diags) {
    std::string error;
    const std::string b = read_all(path, error);
    std::vector<EarthSegment> out;
    if (!error.empty()) {
        diags.error(path, "the NCAR Earth..4 outlines " + error + " (run scripts/fetch-data.sh)");
        return out;
    }
    size_t at = 0;
    while (true) {
        if (at + 16 > b.size()) {
            diags.error(path, "byte " + std::to_string(at) + ": the outlines end without their closing record");
            break;
        }
        const int32_t count = int_at(b, at);
        if (count == 0) break;
        if (count < 0 || count % 2 || at + 32 + size_t(count) * 4 > b.size()) {
            diags.error(path, "byte " + std::to_string(at) + ": a segment of " + std::to_string(count) +
                                  " coordinates that the file does not hold");
            break;
        }
        EarthSegment s;
        s.level = int_at(b, at + 4);
        s.left = int_at(b, at + 8);
        s.right = int_at(b, at + 12);
        for (int32_t k = 0; k < count; k += 2) {
            size_t p = at + 32 + size_t(k) * 4;
            s.points.push_back(LonLat{float_at(b, p + 4), float_at(b, p)});
        }
        out.push_back(std::move(s));
        at += 32 + size_t(count) * 4;
    }
    return out;
}

namespace {

// The lakes and islands of the file (see add_earth_places), in the order of their kind and folded name.
std::vector<Group> earth_groups(const std::vector<EarthArea>& areas, const std::vector<EarthSegment>& segments) {
    std::unordered_map<int, size_t> at;
    for (size_t i = 0; i < areas.size(); ++i) at[areas[i].id] = i;
    auto area = [&](int id) -> const EarthArea* {
        auto it = at.find(id);
        return it == at.end() ? nullptr : &areas[it->second];
    };
    // Each area with its ancestors (itself first); a cycle or a missing parent ends the chain.
    std::unordered_map<int, std::vector<int>> up;
    for (const EarthArea& a : areas) {
        std::vector<int>& chain = up[a.id];
        for (const EarthArea* x = &a; x && chain.size() < 16; x = area(x->parent)) {
            if (std::find(chain.begin(), chain.end(), x->id) != chain.end()) break;
            chain.push_back(x->id);
        }
    }
    auto chain = [&](int id) -> const std::vector<int>& {
        static const std::vector<int> none;
        auto it = up.find(id);
        return it == up.end() ? none : it->second;
    };
    int water = 0;
    for (const EarthArea& a : areas)
        if (a.level == 1 && a.name == "Water") water = a.id;
    std::unordered_set<int> parents;
    for (const EarthArea& a : areas) parents.insert(a.parent);
    auto under = [&](int id, int root) {
        const auto& c = chain(id);
        return root && std::find(c.begin(), c.end(), root) != c.end();
    };
    // Segments on each area's outline: those with the area (or a part of it) on one side only.
    std::unordered_map<int, std::vector<size_t>> outline;
    for (size_t k = 0; k < segments.size(); ++k) {
        const auto& l = chain(segments[k].left);
        const auto& r = chain(segments[k].right);
        for (int x : l)
            if (std::find(r.begin(), r.end(), x) == r.end()) outline[x].push_back(k);
        for (int x : r)
            if (std::find(l.begin(), l.end(), x) == l.end()) outline[x].push_back(k);
    }
    // Whether the area `id` lies in another area than `a` or its ancestors that bears a's name:
    // Malaysia's Borneo beside Indonesia's (not Arkansas County inside Arkansas beside its
    // neighbours).
    auto named_alike = [&](int id, const EarthArea& a) {
        const auto& own = chain(a.id);
        for (int x : chain(id))
            if (area(x)->name == a.name && std::find(own.begin(), own.end(), x) == own.end()) return true;
        return false;
    };
    std::map<std::pair<int, std::string>, Group> groups;  // (kind, folded name): ordered, so ids are stable
    for (const EarthArea& a : areas) {
        if (a.name.empty() || a.name[0] == '(' || !outline.count(a.id)) continue;
        PlaceKind kind;
        if (under(a.id, water)) {
            if (parents.count(a.id) || a.parent == water || a.name == "Ocean") continue;
            kind = PlaceKind::water;
        } else {
            const EarthArea* parent = area(a.parent);
            if (a.level < 3 || !parent || parent->level < 3 || !water) continue;
            bool island = true;
            for (size_t k : outline[a.id]) {
                const EarthSegment& s = segments[k];
                int other = under(s.left, a.id) ? s.right : s.left;
                if (!under(other, water) && !named_alike(other, a)) {
                    island = false;
                    break;
                }
            }
            if (!island) continue;
            kind = PlaceKind::landmark;
        }
        Group& g = groups[{int(kind), fold_name(a.name)}];
        if (g.areas.empty()) g.kind = kind, g.name = a.name;
        g.areas.push_back(a.id);
    }
    std::vector<Group> out;
    for (auto& [key, g] : groups) {
        std::unordered_set<int> members(g.areas.begin(), g.areas.end());
        auto inside = [&](int id) {
            for (int x : chain(id))
                if (members.count(x)) return true;
            return false;
        };
        std::unordered_set<size_t> seen;
        for (int id : g.areas)
            for (size_t k : outline[id])
                if (seen.insert(k).second && inside(segments[k].left) != inside(segments[k].right))
                    g.outline.push_back(&segments[k]);
        out.push_back(std::move(g));
    }
    return out;
}

}  // namespace

void add_earth_places(const std::vector<EarthArea>& areas, const std::vector<EarthSegment>& segments,
                      GazetteerBuilder& out, Diagnostics& diags, const std::unordered_set<std::string>& given_names,
                      const std::string& source_path) {
    Geos geos;
    size_t lakes = 0, islands = 0;
    const std::vector<Group> groups = earth_groups(areas, segments);
    for (const Group& g : groups) {
        // Most islands are too small to take: their outline's box says so without a polygon.
        if (g.kind == PlaceKind::landmark && box_km2(g.outline) < island_min_km2) continue;
        double km2 = 0;
        std::unique_ptr<OGRGeometry> shape = polygons(geos.h, g.outline, km2);
        Place p;
        if (!shape || !representative_point(geos.h, shape.get(), p.point)) continue;
        if (p.point.lon >= 180) p.point.lon -= 360;  // an area built across the antimeridian
        std::vector<std::string> spellings = spellings_of(g.name);
        if (g.kind == PlaceKind::landmark) {
            if (km2 < island_min_km2) continue;
            spellings.erase(std::remove_if(spellings.begin(), spellings.end(),
                                           [&](const std::string& s) {
                                               return one_word(s) && (km2 < island_bare_min_km2 ||
                                                                      given_names.count(fold_name(s)));
                                           }),
                            spellings.end());
        } else {
            spellings.erase(std::remove_if(spellings.begin(), spellings.end(),
                                           [&](const std::string& s) {
                                               return one_word(s) && given_names.count(fold_name(s));
                                           }),
                            spellings.end());
        }
        if (spellings.empty()) continue;
        p.id = earth_place_id(g.id());
        p.kind = g.kind;
        for (std::string& s : spellings) p.names.push_back({std::move(s), ""});
        p.name = p.names.front().text;
        p.source = std::string("NCAR Graphics Earth..4 (libncarg-data), ") +
                   (g.kind == PlaceKind::water ? "lake or inland sea" : "island") + " of " +
                   std::to_string(long(std::lround(km2))) + " km2: a point inside its outline";
        out.add(std::move(p));
        ++(g.kind == PlaceKind::water ? lakes : islands);
    }
    if (lakes + islands == 0 && !groups.empty())
        diags.warn(source_path, "no lake or island of the NCAR Earth..4 outlines closes into a polygon");
}

std::string earth_place_id(int area_id) { return "nce:" + std::to_string(area_id); }

namespace {

std::string lines_beside(const std::string& names_path) {
    size_t slash = names_path.find_last_of('/');
    return names_path.substr(0, slash == std::string::npos ? 0 : slash + 1) + earth_lines_file;
}

}  // namespace

void add_earth_shapes(const std::string& names_path, const std::vector<std::string>& ids, ShapeIndex& out,
                      Diagnostics& diags) {
    const std::string prefix = earth_place_id(0).substr(0, 4);
    std::vector<int> wanted;
    for (const std::string& id : ids)
        if (id.compare(0, prefix.size(), prefix) == 0) wanted.push_back(std::atoi(id.c_str() + prefix.size()));
    if (wanted.empty()) return;
    std::vector<EarthArea> areas = read_earth_names(names_path, diags);
    std::vector<EarthSegment> segments = areas.empty() ? std::vector<EarthSegment>{}
                                                       : read_earth_lines(lines_beside(names_path), diags);
    for (const Group& g : earth_groups(areas, segments))
        if (g.kind == PlaceKind::landmark && std::find(wanted.begin(), wanted.end(), g.id()) != wanted.end())
            out[earth_place_id(g.id())] = ShapeRef{names_path, earth_shapes_layer, g.id()};
}

std::vector<std::unique_ptr<OGRGeometry>> read_earth_shapes(const std::string& names_path,
                                                            const std::vector<long long>& fids, Diagnostics& diags) {
    std::vector<std::unique_ptr<OGRGeometry>> out(fids.size());
    std::vector<EarthArea> areas = read_earth_names(names_path, diags);
    if (areas.empty()) return out;
    std::vector<EarthSegment> segments = read_earth_lines(lines_beside(names_path), diags);
    Geos geos;
    for (const Group& g : earth_groups(areas, segments))
        for (size_t i = 0; i < fids.size(); ++i)
            if (fids[i] == g.id() && !out[i]) {
                double km2 = 0;
                out[i] = polygons(geos.h, g.outline, km2, true);
            }
    return out;
}

void read_ncarg_earth(const std::string& names_path, const std::string& lines_path, GazetteerBuilder& out,
                      Diagnostics& diags, const std::unordered_set<std::string>& given_names) {
    std::vector<EarthArea> areas = read_earth_names(names_path, diags);
    if (areas.empty()) return;
    std::vector<EarthSegment> segments = read_earth_lines(lines_path, diags);
    if (segments.empty()) return;
    add_earth_places(areas, segments, out, diags, given_names, names_path);
}

}  // namespace placeline::geo
