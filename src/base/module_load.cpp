// Opening a module beside the executable (module_load.hpp).
#include "placeline/base/module_load.hpp"

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace placeline {

void cannot_load_module(const std::string& path, const std::string& why) {
    std::fprintf(stderr, "placeline: cannot load %s: %s\n", path.c_str(), why.c_str());
    // Other threads may be running (the window app loads in the background): leave without
    // running static destructors under them, after flushing what was already printed.
    std::fflush(nullptr);
    std::_Exit(1);
}

void* module_entry(const char* file_name, const char* entry_symbol, std::string& path) {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) cannot_load_module(file_name, "the executable's folder is unknown (" + ec.message() + ")");
    path = (exe.parent_path() / file_name).string();
    // Never closed: the module's objects (GDAL's drivers, SDL's and ImGui's state) live until the
    // program ends.
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module) cannot_load_module(path, dlerror());
    void* entry = dlsym(module, entry_symbol);
    if (!entry) cannot_load_module(path, dlerror());
    return entry;
}

}  // namespace placeline
