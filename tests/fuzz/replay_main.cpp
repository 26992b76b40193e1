// Runs a fuzz target once over every file in the folders (or files) given: the seeds and the
// crashes kept as regressions. Without libFuzzer (gcc, the sanitizer build), this is how the
// targets run in the test suite. The seeds (the first folder) must hold at least one file, else
// the replay would pass having tried nothing; a missing regressions folder is fine: a target may
// have none yet.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

void run_file(const std::filesystem::path& path, int& count) {
    std::ifstream in(path, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // A copy of exactly the input's size, so that ASan sees any read past its end.
    std::vector<uint8_t> exact(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(exact.empty() ? nullptr : exact.data(), exact.size());
    ++count;
}

}  // namespace

int main(int argc, char** argv) {
    int count = 0;
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s SEEDS [REGRESSIONS...]\n", argc > 0 ? argv[0] : "replay");
        return 2;
    }
    for (int i = 1; i < argc; ++i) {
        std::filesystem::path p(argv[i]);
        std::error_code ec;
        if (std::filesystem::is_directory(p, ec)) {
            std::vector<std::filesystem::path> files;
            for (auto& e : std::filesystem::recursive_directory_iterator(p, ec))
                if (e.is_regular_file()) files.push_back(e.path());
            std::sort(files.begin(), files.end());
            for (auto& f : files) run_file(f, count);
        } else if (std::filesystem::is_regular_file(p, ec)) {
            run_file(p, count);
        }
        if (i == 1 && count == 0) {
            std::fprintf(stderr, "%s: no seed inputs in %s\n", argv[0], argv[1]);
            return 1;
        }
    }
    // An empty input always runs too: it is the first thing a fuzzer tries.
    LLVMFuzzerTestOneInput(nullptr, 0);
    std::printf("replayed %d inputs\n", count + 1);
    return 0;
}
