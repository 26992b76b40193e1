#include "placeline/render/auto_projection.hpp"

namespace placeline::render {

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
    // Equal Earth on Greenwich: Natural Earth's shapes are cut at the antimeridian, so they stay
    // whole; a corpus across the Pacific is framed edge to edge rather than torn.
    return "EPSG:8857";
}

}  // namespace placeline::render
