#include "placeline/render/auto_projection.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace placeline::render {

double central_longitude(std::vector<double> lons) {
    if (lons.empty()) return 0;
    std::sort(lons.begin(), lons.end());
    // The widest gap between neighbouring longitudes, the one across 180 included: the map's
    // edge goes there, its centre opposite.
    double gap = lons.front() + 360 - lons.back(), after = lons.front() + 360;
    for (size_t i = 1; i < lons.size(); ++i)
        if (lons[i] - lons[i - 1] > gap) gap = lons[i] - lons[i - 1], after = lons[i];
    const double span_greenwich = lons.back() - lons.front(), span = 360 - gap;
    // Places within a quarter of the world (one country, one continent's side) are centred on
    // whatever meridian, so that their meridians stand upright instead of leaning as they do far
    // from Greenwich (Arizona's straight eastern border drawn as a slant). Wider corpora keep
    // Greenwich unless they fit in half the world only around another meridian.
    if (span > 90 && (span_greenwich <= 180 || span > 180)) return 0;
    double centre = std::round(after + span / 2);
    while (centre > 180) centre -= 360;
    while (centre <= -180) centre += 360;
    return centre;
}

std::string resolve_projection(const std::string& definition, const Atlas* atlas) {
    if (definition != "auto") return definition;
    if (!atlas || atlas->places().empty()) return "regional";
    // The regional cone is drawn well within lon 22..68, lat 26..54 (the regional extract's box,
    // geodata/make-region.sh): a corpus whose passages mostly name places there keeps it.
    double inside = 0, total = 0;
    const Gazetteer& g = atlas->gazetteer();
    for (const PlaceCount& pc : atlas->places()) {
        const LonLat& ll = g.place(pc.place).point;
        total += pc.passages;
        if (ll.lon >= 22 && ll.lon <= 68 && ll.lat >= 26 && ll.lat <= 54) inside += pc.passages;
    }
    if (inside >= 0.7 * total) return "regional";
    // Equal Earth on Greenwich, unless the places fit in a quarter of the world or in half the
    // world only around another meridian (central_longitude): a corpus on Fiji, Kamchatka, Alaska and New Zealand is centred on the Pacific
    // (the layers are cut at the meridian opposite, geo/meridian_cut.hpp) rather than framed
    // edge to edge with the whole world between.
    std::vector<double> lons;
    for (const PlaceCount& pc : atlas->places()) lons.push_back(g.place(pc.place).point.lon);
    const double centre = central_longitude(lons);
    if (centre == 0) return "EPSG:8857";
    char def[96];
    std::snprintf(def, sizeof def, "+proj=eqearth +lon_0=%.0f +datum=WGS84 +units=m +no_defs", centre);
    return def;
}

}  // namespace placeline::render
