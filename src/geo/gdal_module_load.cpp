// Loading geo's GDAL module beside the executable (gdal_module_load.hpp).
#include "gdal_module_load.hpp"

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "placeline/base/data_paths.hpp"

namespace placeline::geo {

namespace {

[[noreturn]] void cannot_load(const std::string& path, const std::string& why) {
    std::fprintf(stderr, "placeline: cannot load %s: %s\n", path.c_str(), why.c_str());
    // Other threads may be running (the window app loads in the background): leave without
    // running static destructors under them, after flushing what was already printed.
    std::fflush(nullptr);
    std::_Exit(1);
}

const GdalEntryPoints& load() {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    const std::string path = (exe.parent_path() / PLACELINE_GEO_MODULE).string();
    if (ec) cannot_load(PLACELINE_GEO_MODULE, "the executable's folder is unknown (" + ec.message() + ")");
    // Never closed: the readers' objects and GDAL's drivers live until the program ends.
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module) cannot_load(path, dlerror());
    auto entry = reinterpret_cast<GdalEntryPointsFn>(dlsym(module, gdal_entry_points_symbol));
    if (!entry) cannot_load(path, dlerror());
    const GdalEntryPoints* table = entry();
    if (!table || table->size != sizeof(GdalEntryPoints))
        cannot_load(path, "it was built from other sources than this program (rebuild both)");
    table->set_executable_folder(executable_folder());
    return *table;
}

}  // namespace

const GdalEntryPoints& gdal_module() {
    static const GdalEntryPoints& table = load();
    return table;
}

}  // namespace placeline::geo
