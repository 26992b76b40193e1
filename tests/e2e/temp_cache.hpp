#pragma once
// A data cache of the test's own: XDG_CACHE_HOME pointed at a fresh folder for the test's length,
// then put back. The test links in the cache files it wants (a gazetteer without boundaries, say).
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

namespace e2e {

struct TempCache {
    std::filesystem::path dir;
    std::string old;
    bool had = false;
    explicit TempCache(const std::string& name) {
        dir = std::filesystem::temp_directory_path() / ("placeline-cache-" + std::to_string(::getpid()) + "-" + name);
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir / "placeline");
        if (const char* v = std::getenv("XDG_CACHE_HOME")) old = v, had = true;
    }
    void enter() const { ::setenv("XDG_CACHE_HOME", dir.c_str(), 1); }
    ~TempCache() {
        if (had) ::setenv("XDG_CACHE_HOME", old.c_str(), 1);
        else ::unsetenv("XDG_CACHE_HOME");
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

}  // namespace e2e
