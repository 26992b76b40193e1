// Loading the window module beside the executable (window_module_load.hpp), through
// base/module_load.hpp as geo loads its GDAL module.
#include "window_module_load.hpp"

#include <string>

#include "placeline/base/data_paths.hpp"
#include "placeline/base/module_load.hpp"

namespace placeline::app {

namespace {

const WindowEntryPoints& load() {
    std::string path;
    auto entry = reinterpret_cast<WindowEntryPointsFn>(module_entry(PLACELINE_WINDOW_MODULE, window_entry_points_symbol, path));
    const WindowEntryPoints* table = entry();
    if (!table || table->size != sizeof(WindowEntryPoints))
        cannot_load_module(path, "it was built from other sources than this program (rebuild both)");
    table->set_executable_folder(executable_folder());
    return *table;
}

}  // namespace

const WindowEntryPoints& window_module() {
    static const WindowEntryPoints& table = load();
    return table;
}

}  // namespace placeline::app
