// Loading geo's GDAL module beside the executable (gdal_module_load.hpp).
#include "gdal_module_load.hpp"

#include "placeline/base/data_paths.hpp"
#include "placeline/base/module_load.hpp"

namespace placeline::geo {

namespace {

const GdalEntryPoints& load() {
    const GdalEntryPoints& table = module_table<GdalEntryPoints>(PLACELINE_GEO_MODULE, gdal_entry_points_symbol);
    table.set_executable_folder(executable_folder());
    return table;
}

}  // namespace

const GdalEntryPoints& gdal_module() {
    static const GdalEntryPoints& table = load();
    return table;
}

}  // namespace placeline::geo
