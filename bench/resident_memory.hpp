#pragma once
// The process's resident memory now (VmRSS), in MB: the benchmarks report it beside their times.
#include <fstream>
#include <string>

namespace placeline::bench {

inline double resident_mb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

}  // namespace placeline::bench
