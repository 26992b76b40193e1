#pragma once
// A world map centred away from Greenwich (a corpus about the Pacific: Equal Earth on 170 E)
// has its edge at the meridian opposite its centre. Shapes in lon/lat run across that meridian
// (Natural Earth cuts its shapes only at 180), and a ring projected as it is would join the map's
// two edges with a band across the whole map. Cutting the shapes there first keeps each piece on
// its side.
#include <string>

#include "placeline/geo/geometry.hpp"

namespace placeline::geo {

// The central meridian a projection definition names (+lon_0=...), 0 when it names none.
double central_meridian(const std::string& definition);

// Every polygon and line of `layer` that crosses the meridian `cut` (degrees, -180..180), cut
// into the pieces on either side, each a hair away from it so the projection puts it on the
// right edge. Features wholly on one side are left as they are.
void cut_at_meridian(Layer& layer, double cut);

// The part of a feature inside a lon/lat box (a projection that tears what lies outside: the
// regional cone beyond 100 W); lines keep their points inside it, split where they leave it.
void clip_to_box(Feature& feature, const Bounds& lonlat);

}  // namespace placeline::geo
