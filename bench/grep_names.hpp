#pragma once
// The name list the grep comparisons give `grep -F -w -f`: every spelling of the gazetteer the
// benchmarks load (the world one when the data cache has it). Written by bench_geoparse.cpp.
#include <string>

namespace placeline::bench {

// False when the file cannot be written.
bool write_grep_names(const std::string& path);

}  // namespace placeline::bench
