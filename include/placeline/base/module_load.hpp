#pragma once
// Opening a module built beside the executable (geo's GDAL module, the window module, the
// transliterators' module), so that
// the libraries only it needs are loaded at its first use, not at every start.
#include <string>

namespace placeline {

// The entry function `entry_symbol` of the module `file_name` in the executable's folder, the
// module opened once and never closed; `path` is set to the module's path. A module that cannot
// be found, opened or read leaves the program with a message naming it and exit status 1.
void* module_entry(const char* file_name, const char* entry_symbol, std::string& path);

// Leaves the program as module_entry does: "placeline: cannot load PATH: WHY", exit status 1.
[[noreturn]] void cannot_load_module(const std::string& path, const std::string& why);

// The table of entry points the module's entry function returns (a struct whose first member,
// `size`, is its own size): one of another size was built from other sources than this program,
// and reading it would go wrong, so that too leaves the program as module_entry does.
template <class Table>
const Table& module_table(const char* file_name, const char* entry_symbol) {
    std::string path;
    auto entry = reinterpret_cast<const Table* (*)()>(module_entry(file_name, entry_symbol, path));
    const Table* table = entry();
    if (!table || table->size != sizeof(Table))
        cannot_load_module(path, "it was built from other sources than this program (rebuild both)");
    return *table;
}

}  // namespace placeline
