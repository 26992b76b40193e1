#pragma once
// Helpers for end-to-end tests: running the real executable and reading its output.
#include <array>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <sys/wait.h>
#include <unistd.h>

namespace e2e {

struct Run {
    int status = -1;
    std::string out;  // stdout (stderr goes to err)
    std::string err;
};

// Runs `program` (run: build/placeline) with ARGS. `shell_prefix` runs before it in the same
// shell, e.g. "ulimit -f 8; trap '' XFSZ;" for a full disk, or "VAR=value" for the environment.
// status is -1 if a signal ended it.
inline Run run_program(const std::string& program, const std::string& args, const std::string& shell_prefix = "") {
    namespace fs = std::filesystem;
    fs::path err_file = fs::temp_directory_path() / ("placeline-e2e-" + std::to_string(::getpid()) + ".err");
    std::string cmd = shell_prefix + " " + program + " " + args + " 2>" + err_file.string();
    Run r;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return r;
    std::array<char, 65536> buf;
    size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    int st = ::pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    if (FILE* e = std::fopen(err_file.c_str(), "r")) {
        while ((n = std::fread(buf.data(), 1, buf.size(), e)) > 0) r.err.append(buf.data(), n);
        std::fclose(e);
    }
    fs::remove(err_file);
    return r;
}
inline Run run(const std::string& args, const std::string& shell_prefix = "") {
    return run_program(PLACELINE_EXE, args, shell_prefix);
}

// The objects of JSON Lines output, one per non-empty line.
inline std::vector<nlohmann::json> jsonl_rows(const std::string& text) {
    std::vector<nlohmann::json> rows;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty()) rows.push_back(nlohmann::json::parse(line));
    return rows;
}

inline std::string temp_path(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("placeline-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return (dir / name).string();
}

}  // namespace e2e
