#pragma once
// Loading geo's GDAL module (gdal_entry_points.hpp) on first use.
#include "gdal_entry_points.hpp"

namespace placeline::geo {

// The module's table, loaded once, thread-safe. The module is found beside the running executable
// (the build folder holds the program, the tests and the benchmarks alike). When it cannot be
// loaded the program says which file and why, and exits with status 1: no map, export or
// gazetteer compilation can go on without it.
const GdalEntryPoints& gdal_module();

}  // namespace placeline::geo
