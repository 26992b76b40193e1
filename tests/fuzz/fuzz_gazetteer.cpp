// The gazetteer's readers on arbitrary bytes: the input is read both as a GeoNames file and as a
// curated place list, compiled, and looked up by every name it gave; then read as a compiled
// image (with its checksum and length made right, so the section checks behind them are
// reached). Malformed rows are reported and skipped; nothing crashes.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "places/gazetteer_image.hpp"
#include "placeline/places/gazetteer.hpp"
#include "placeline/places/names.hpp"

namespace {

std::string scratch_file() {
    static std::string path = [] {
        const char* tmp = std::getenv("TMPDIR");
        return std::string(tmp ? tmp : "/tmp") + "/placeline-fuzz-gazetteer-" + std::to_string(::getpid());
    }();
    return path;
}

void read_as_lists(const uint8_t* data, size_t size) {
    using namespace placeline;
    const std::string path = scratch_file();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    for (int as_geonames = 0; as_geonames < 2; ++as_geonames) {
        GazetteerBuilder builder;
        Diagnostics diags;
        if (as_geonames) read_geonames(path, builder, diags);
        else read_curated_places(path, builder, diags);
        auto g = builder.build();
        if (!g) continue;
        for (PlaceIndex i = 0; i < g->size(); ++i) {
            const Place& p = g->place(i);
            for (const auto& n : p.names) (void)g->find_by_name(n.text);
            (void)g->find_id(p.id);
        }
    }
    std::remove(path.c_str());
}

void read_as_image(const uint8_t* data, size_t size) {
    using namespace placeline;
    auto bytes = std::make_shared<std::vector<std::byte>>(size);
    if (size) std::memcpy(bytes->data(), data, size);
    if (size >= sizeof(ImageHeader)) {
        ImageHeader h;
        std::memcpy(&h, bytes->data(), sizeof h);
        h.total_bytes = size;
        h.checksum = image_checksum(std::span<const std::byte>(*bytes).subspan(sizeof h));
        std::memcpy(bytes->data(), &h, sizeof h);
    }
    std::string error;
    auto g = Gazetteer::from_image(*bytes, bytes, false, error);
    if (g) (void)g->stamp();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    read_as_lists(data, size);
    read_as_image(data, size);
    return 0;
}
