// Loading geo's GDAL module beside the executable (gdal_module_load.hpp).
#include "gdal_module_load.hpp"

#include <string>

#include "placeline/base/data_paths.hpp"
#include "placeline/base/module_load.hpp"

namespace placeline::geo {

namespace {

const GdalEntryPoints& load() {
    std::string path;
    auto entry = reinterpret_cast<GdalEntryPointsFn>(module_entry(PLACELINE_GEO_MODULE, gdal_entry_points_symbol, path));
    const GdalEntryPoints* table = entry();
    if (!table || table->size != sizeof(GdalEntryPoints))
        cannot_load_module(path, "it was built from other sources than this program (rebuild both)");
    table->set_executable_folder(executable_folder());
    return *table;
}

}  // namespace

const GdalEntryPoints& gdal_module() {
    static const GdalEntryPoints& table = load();
    return table;
}

}  // namespace placeline::geo
