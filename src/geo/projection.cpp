#include "placeline/geo/projection.hpp"

#include <geodesic.h>
#include <proj.h>

#include <cmath>

#include "projection_state.hpp"

namespace placeline::geo {

Projection::~Projection() = default;

std::unique_ptr<Projection> Projection::create(const std::string& definition, std::string& error) {
    std::unique_ptr<Projection> p(new Projection);
    p->definition_ = definition.empty() || definition == "regional" ? regional_projection : definition;
    p->state_ = std::make_unique<State>();
    // Freed here, where PROJ is linked (projection_state.hpp).
    p->state_->release = [](State& s) {
        if (s.pj) proj_destroy(s.pj);
        if (s.ctx) proj_context_destroy(s.ctx);
    };
    p->state_->ctx = proj_context_create();
    proj_context_set_enable_network(p->state_->ctx, 0);
    proj_log_level(p->state_->ctx, PJ_LOG_NONE);
    // A map needs a flat x/y: a geocentric CRS (x, y, z from the Earth's centre) "works" in PROJ
    // and draws a mirrored, squashed map; vertical, engineering and time systems have no map.
    if (PJ* crs = proj_create(p->state_->ctx, p->definition_.c_str())) {
        PJ_TYPE type = proj_get_type(crs);
        if (type == PJ_TYPE_BOUND_CRS) {
            if (PJ* base = proj_get_source_crs(p->state_->ctx, crs)) {
                type = proj_get_type(base);
                proj_destroy(base);
            }
        }
        proj_destroy(crs);
        const char* what = type == PJ_TYPE_GEOCENTRIC_CRS   ? "a geocentric CRS (x, y, z from the Earth's centre)"
                           : type == PJ_TYPE_VERTICAL_CRS    ? "a vertical CRS (heights)"
                           : type == PJ_TYPE_ENGINEERING_CRS ? "an engineering CRS (a local grid)"
                           : type == PJ_TYPE_TEMPORAL_CRS    ? "a temporal CRS"
                                                              : nullptr;
        if (what) {
            error = "'" + definition + "' is " + what + ", not a map projection";
            return nullptr;
        }
    }
    PJ* raw = proj_create_crs_to_crs(p->state_->ctx, "EPSG:4326", p->definition_.c_str(), nullptr);
    if (!raw) {
        error = "PROJ cannot use '" + definition + "': " +
                proj_context_errno_string(p->state_->ctx, proj_context_errno(p->state_->ctx));
        return nullptr;
    }
    // Longitude first, degrees, whatever the CRS's own axis order.
    p->state_->pj = proj_normalize_for_visualization(p->state_->ctx, raw);
    proj_destroy(raw);
    if (!p->state_->pj) {
        error = "PROJ cannot normalise '" + definition + "'";
        return nullptr;
    }
    XY probe;
    if (!p->forward({0, 0}, probe) && !p->forward({45, 40}, probe)) {
        error = "'" + definition + "' is not a projection of the Earth that PROJ can use";
        return nullptr;
    }
    return p;
}

std::unique_ptr<Projection> Projection::clone() const {
    std::string error;
    return create(definition_, error);
}

bool Projection::forward(LonLat ll, XY& out) const {
    PJ_COORD c = proj_coord(ll.lon, ll.lat, 0, 0);
    PJ_COORD r = proj_trans(state_->pj, PJ_FWD, c);
    if (!std::isfinite(r.xy.x) || !std::isfinite(r.xy.y) || r.xy.x == HUGE_VAL) return false;
    out = {r.xy.x, r.xy.y};
    return true;
}

bool Projection::inverse(XY p, LonLat& out) const {
    PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
    PJ_COORD r = proj_trans(state_->pj, PJ_INV, c);
    if (!std::isfinite(r.lp.lam) || !std::isfinite(r.lp.phi) || r.lp.lam == HUGE_VAL) return false;
    out = {r.lp.lam, r.lp.phi};
    return true;
}

double geodesic_distance(LonLat a, LonLat b) {
    static const geod_geodesic wgs84 = [] {
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1 / 298.257223563);
        return g;
    }();
    double s12 = 0, azi1, azi2;
    geod_inverse(&wgs84, a.lat, a.lon, b.lat, b.lon, &s12, &azi1, &azi2);
    return s12;
}

}  // namespace placeline::geo
