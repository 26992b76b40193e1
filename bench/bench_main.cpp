#include <benchmark/benchmark.h>

#include "placeline/data_paths.hpp"

int main(int argc, char** argv) {
    placeline::set_executable_path(argc > 0 ? argv[0] : "");
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
