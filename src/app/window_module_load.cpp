// Loading the window module beside the executable (window_module_load.hpp), through
// base/module_load.hpp as geo loads its GDAL module.
#include "window_module_load.hpp"

#include "placeline/base/data_paths.hpp"
#include "placeline/base/module_load.hpp"

namespace placeline::app {

namespace {

const WindowEntryPoints& load() {
    const WindowEntryPoints& table = module_table<WindowEntryPoints>(PLACELINE_WINDOW_MODULE, window_entry_points_symbol);
    table.set_executable_folder(executable_folder());
    return table;
}

}  // namespace

const WindowEntryPoints& window_module() {
    static const WindowEntryPoints& table = load();
    return table;
}

}  // namespace placeline::app
