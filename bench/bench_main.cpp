// Runs every benchmark, then prints one summary table (markdown) of what the issues ask for:
// time per iteration and each benchmark's counters (MB/s, ratios against grep, memory...), and
// the peak resident memory of the run.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <string>
#include <vector>

#include "grep_names.hpp"
#include "placeline/base/data_paths.hpp"

namespace {

class SummaryReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& r : runs)
            if (!r.error_occurred && r.run_type == Run::RT_Iteration) rows_.push_back(r);
    }
    void Finalize() override {
        ConsoleReporter::Finalize();
        // CPU time beside wall time: on a shared machine the wall clock also counts the waits for a core.
        std::printf("\n| benchmark | time per iteration | CPU per iteration | figures |\n| --- | --- | --- | --- |\n");
        for (const Run& r : rows_) {
            std::string figures;
            for (const auto& [name, counter] : r.counters) {
                char buf[96];
                std::snprintf(buf, sizeof buf, "%s%s = %.4g", figures.empty() ? "" : ", ", name.c_str(), double(counter));
                figures += buf;
            }
            const char* unit = benchmark::GetTimeUnitString(r.time_unit);
            std::printf("| %s | %.3f %s | %.3f %s | %s |\n", r.benchmark_name().c_str(), r.GetAdjustedRealTime(), unit,
                        r.GetAdjustedCPUTime(), unit, figures.c_str());
        }
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("\nPeak resident memory of this run: %.1f MB\n", usage.ru_maxrss / 1024.0);
    }

private:
    std::vector<Run> rows_;
};

}  // namespace

int main(int argc, char** argv) {
    placeline::set_executable_path(argc > 0 ? argv[0] : "");
    // `--write-grep-names FILE`: write the gazetteer's spellings that BM_GeoparseVersusGrep gives
    // grep, and run no benchmark (bench/compare-grep.sh times whole processes with them).
    if (argc == 3 && std::string(argv[1]) == "--write-grep-names") {
        if (placeline::bench::write_grep_names(argv[2])) return 0;
        std::fprintf(stderr, "placeline_bench: cannot write %s\n", argv[2]);
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    SummaryReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
