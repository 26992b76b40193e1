#pragma once
// Opening a module built beside the executable (geo's GDAL module, the window module), so that
// the libraries only it needs are loaded at its first use, not at every start.
#include <string>

namespace placeline {

// The entry function `entry_symbol` of the module `file_name` in the executable's folder, the
// module opened once and never closed; `path` is set to the module's path. A module that cannot
// be found, opened or read leaves the program with a message naming it and exit status 1.
void* module_entry(const char* file_name, const char* entry_symbol, std::string& path);

// Leaves the program as module_entry does: "placeline: cannot load PATH: WHY", exit status 1.
[[noreturn]] void cannot_load_module(const std::string& path, const std::string& why);

}  // namespace placeline
