#include "placeline/base/data_paths.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace placeline {

namespace fs = std::filesystem;

namespace {
std::string& executable_dir() {
    static std::string dir;
    return dir;
}

std::string env_or_home(const char* var, const char* home_suffix) {
    if (const char* v = std::getenv(var); v && *v) return std::string(v) + "/placeline";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : "/tmp") + home_suffix + "/placeline";
}
}  // namespace

void set_executable_path(const std::string& argv0) {
    std::error_code ec;
    fs::path p = fs::read_symlink("/proc/self/exe", ec);
    if (ec) p = fs::absolute(argv0, ec);
    executable_dir() = p.parent_path().string();
}

std::string executable_folder() { return executable_dir(); }
void set_executable_folder(const std::string& dir) { executable_dir() = dir; }

std::string data_root() {
    if (const char* v = std::getenv("PLACELINE_DATA"); v && *v) return v;
    if (executable_dir().empty()) return PLACELINE_SOURCE_DIR;
    // The search below stats a file or two per folder, and a start asks some twenty times (every
    // word list, every curated list): each thread keeps its last answer, for the folder it was
    // for (tests move the executable's folder).
    thread_local std::string searched_from, found;
    if (searched_from == executable_dir()) return found;
    found = PLACELINE_SOURCE_DIR;
    std::error_code ec;
    for (fs::path dir = executable_dir(); !dir.empty(); dir = dir.parent_path()) {
        if (fs::exists(dir / "geodata" / "places.tsv", ec)) {
            found = dir.string();
            break;
        }
        if (dir == dir.parent_path()) break;
    }
    searched_from = executable_dir();
    return found;
}

std::string geodata_path(const std::string& file) { return data_root() + "/geodata/" + file; }
std::string asset_path(const std::string& file) { return data_root() + "/assets/" + file; }
std::string cache_dir() { return env_or_home("XDG_CACHE_HOME", "/.cache"); }
std::string config_dir() { return env_or_home("XDG_CONFIG_HOME", "/.config"); }

std::string refetch_hint(const std::string& path) {
    const std::string dir = cache_dir() + "/";
    if (path.compare(0, dir.size(), dir) != 0 || path.find(".idx") != std::string::npos) return {};
    return " (a download of the data cache: run scripts/fetch-data.sh to fetch it again)";
}

std::string cache_download_problem(const std::string& file) {
    std::error_code ec;
    std::ifstream record(file + ".size");
    unsigned long long want = 0;
    if (!(record >> want)) return {};
    auto got = fs::file_size(file, ec);
    if (ec) return "cannot be read: " + ec.message();
    if (got != want)
        return "is " + std::to_string(got) + " bytes where the set-up wrote " + std::to_string(want) +
               ": cut short or changed since; not used (run scripts/fetch-data.sh to fetch it again)";
    return {};
}

}  // namespace placeline
