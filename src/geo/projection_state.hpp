#pragma once
// What a Projection holds: PROJ's context and transformation, made and freed in the module that
// links PROJ (projection.cpp). The program outside the module only moves and deletes Projections,
// so the state names PROJ's types without PROJ's header and frees them through `release`.
#include "placeline/geo/projection.hpp"

struct pj_ctx;    // proj.h's PJ_CONTEXT
struct PJconsts;  // proj.h's PJ

namespace placeline::geo {

struct Projection::State {
    pj_ctx* ctx = nullptr;
    PJconsts* pj = nullptr;
    void (*release)(State&) = nullptr;  // set by projection.cpp, where PROJ is
    State() = default;
    State(const State&) = delete;
    State& operator=(const State&) = delete;
    ~State() {
        if (release) release(*this);
    }
};

}  // namespace placeline::geo
