// Loading the window module beside the executable (window_module_load.hpp), as geo loads its
// GDAL module (src/geo/gdal_module_load.cpp).
#include "window_module_load.hpp"

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "placeline/base/data_paths.hpp"

namespace placeline::app {

namespace {

[[noreturn]] void cannot_load(const std::string& path, const std::string& why) {
    std::fprintf(stderr, "placeline: cannot load %s: %s\n", path.c_str(), why.c_str());
    // Leave without running static destructors under threads that may be running, after
    // flushing what was already printed.
    std::fflush(nullptr);
    std::_Exit(1);
}

const WindowEntryPoints& load() {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    const std::string path = (exe.parent_path() / PLACELINE_WINDOW_MODULE).string();
    if (ec) cannot_load(PLACELINE_WINDOW_MODULE, "the executable's folder is unknown (" + ec.message() + ")");
    // Never closed: SDL's and ImGui's state lives until the program ends.
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module) cannot_load(path, dlerror());
    auto entry = reinterpret_cast<WindowEntryPointsFn>(dlsym(module, window_entry_points_symbol));
    if (!entry) cannot_load(path, dlerror());
    const WindowEntryPoints* table = entry();
    if (!table || table->size != sizeof(WindowEntryPoints))
        cannot_load(path, "it was built from other sources than this program (rebuild both)");
    table->set_executable_folder(executable_folder());
    return *table;
}

}  // namespace

const WindowEntryPoints& window_module() {
    static const WindowEntryPoints& table = load();
    return table;
}

}  // namespace placeline::app
