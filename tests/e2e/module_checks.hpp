#pragma once
// What the tests of the modules loaded on demand (geo's GDAL module, the window module) share:
// whether the dynamic loader's log (LD_DEBUG=libs, on stderr) mapped a library, a small article
// to run on, and a copy of the program with only some of its modules beside it.
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <string>

#include "support.hpp"

namespace e2e {

inline bool mapped(const std::string& loader_log, const std::string& library) {
    return loader_log.find("/" + library + ".so") != std::string::npos;
}

// A short article naming three places, written to the temporary file `name`.
inline std::string floods_article(const std::string& name) {
    const std::string path = temp_path(name);
    std::ofstream(path) << "Published 4 March 2024\n\nFloods cut the road between Lahore and Multan on Monday, "
                           "officials in Islamabad said.\n";
    return path;
}

// A folder `name`/bin holding the given files of the executable's folder (hard links when the file
// system allows them), e.g. the executable without one of its modules.
inline std::filesystem::path program_copy(const std::string& name, std::initializer_list<const char*> files) {
    namespace fs = std::filesystem;
    const fs::path alone = fs::path(temp_path(name)) / "bin";
    fs::create_directories(alone);
    const fs::path exe_folder = fs::path(PLACELINE_EXE).parent_path();
    for (const char* file : files) {
        std::error_code ec;
        fs::remove(alone / file, ec);
        fs::create_hard_link(exe_folder / file, alone / file, ec);
        if (ec) fs::copy_file(exe_folder / file, alone / file, fs::copy_options::overwrite_existing);
    }
    return alone;
}

}  // namespace e2e
