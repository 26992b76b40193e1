// Corrections as edits: undoing one writes the overrides file as it was before (atomically, as
// every save), redoing writes it as it was after, and the corpus is loaded again either way, so
// the map, the file and the history agree at every step.
#include "app_state.hpp"

namespace placeline::app {

namespace {

std::string write_and_reload(AppState& s, const Overrides& o) {
    if (std::string error = o.save(); !error.empty()) return o.path() + ": " + error;
    s.loader.start(s.sources);
    return {};
}

}  // namespace

void record_correction(AppState& s, Overrides before, Overrides after, std::string name) {
    // The file the correction went to, for both directions (a first correction creates it).
    before.set_path(after.path());
    s.editing.history.push({std::move(name), [before](AppState& st) { return write_and_reload(st, before); },
                            [after](AppState& st) { return write_and_reload(st, after); }});
}

}  // namespace placeline::app
