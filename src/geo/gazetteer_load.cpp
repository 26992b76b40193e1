// Choosing the gazetteer's sources and loading it: from the cache when it is current, else
// compiled (GeoNames, then Natural Earth, then the curated lists, which refine both) and cached.
#include "placeline/geo/gazetteer_load.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unordered_set>

#include "placeline/base/data_paths.hpp"
#include "placeline/base/input_file.hpp"
#include "placeline/places/gazetteer_cache.hpp"
#include "placeline/places/names.hpp"
#include "placeline/geo/natural_earth_places.hpp"
#include "placeline/geo/natural_earth_rivers.hpp"
#include "placeline/geo/ncarg_earth.hpp"
#include "placeline/geo/us_counties.hpp"

namespace placeline::geo {

namespace fs = std::filesystem;

namespace {

// PLACELINE_CURATED=none leaves the hand-made lists out, to measure what the public data alone does
// (scripts/score-lgl.sh reports both).
std::vector<std::string> curated_lists() {
    const char* want = std::getenv("PLACELINE_CURATED");
    if (want && std::string(want) == "none") return {};
    return curated_list_files();
}

std::string world_boundaries() {
    std::string world = cache_dir() + "/world_map.gpkg";
    std::error_code ec;
    return fs::exists(world, ec) ? world : geodata_path("region.gpkg");
}

// US counties, from the data cache (scripts/fetch-data.sh makes the file); without it the world
// gazetteer has no counties, which loading notes once.
void add_counties(GazetteerSources& s) {
    std::string counties = cache_dir() + "/us-counties.gpkg";
    std::error_code ec;
    if (fs::exists(counties, ec)) s.counties = counties;
    else s.missing = counties + " is not there (run scripts/fetch-data.sh): no US county names";
}

// Rivers, from the data cache too; without the file the world gazetteer has no rivers, noted once
// like the counties.
void add_rivers(GazetteerSources& s) {
    std::string rivers = cache_dir() + "/" + rivers_file_name;
    std::error_code ec;
    if (fs::exists(rivers, ec)) s.rivers = rivers;
    else s.missing += (s.missing.empty() ? "" : "; ") + rivers + " is not there (run scripts/fetch-data.sh): no river names";
}

// Lakes, inland seas and islands (NCAR's Earth..4, both files), from the data cache too.
void add_earth(GazetteerSources& s) {
    std::string names = cache_dir() + "/" + earth_names_file;
    std::error_code ec;
    if (fs::exists(names, ec) && fs::exists(cache_dir() + "/" + earth_lines_file, ec)) s.earth = names;
    else s.missing += (s.missing.empty() ? "" : "; ") + names + " is not there (run scripts/fetch-data.sh): no lake or island names";
}

std::string earth_lines_path(const GazetteerSources& s) {
    return fs::path(s.earth).replace_filename(earth_lines_file).string();
}

// One cache file per set of source paths, so that `--gazetteer` on another file does not evict the
// default; the stamp inside tells whether those sources changed since.
std::string cache_path_for(const GazetteerSources& s) {
    // The image version is part of the name too: builds of two versions side by side (branches,
    // an installed copy) keep one cache each instead of compiling over each other's.
    uint64_t h = key_hash(source_stamp({}) + s.geonames + "\n" + s.boundaries + (s.counties.empty() ? "" : "\n" + s.counties) +
                          (s.rivers.empty() ? "" : "\n" + s.rivers) + (s.earth.empty() ? "" : "\n" + s.earth));
    for (const auto& c : s.curated) h = key_hash(std::to_string(h) + c);
    char name[64];
    std::snprintf(name, sizeof name, "/gazetteer-%016llx.idx", static_cast<unsigned long long>(h));
    return cache_dir() + name;
}

// The given names the geoparser reads as persons (scripts/fetch-data.sh puts them in the data
// cache): a river of such a name is found typed only (natural_earth_rivers.hpp). Folded.
std::string given_names_path() { return cache_dir() + "/given-names.txt"; }
std::unordered_set<std::string> given_names() {
    std::unordered_set<std::string> out;
    std::ifstream in(given_names_path());
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty() && line[0] != '#') out.insert(fold_name(line));
    }
    return out;
}

bool looks_curated(const std::string& path) {
    if (!input_file_problem(path).empty()) return false;  // read_geonames says why
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty() && line[0] != '#') return line.rfind("id\tname\t", 0) == 0;
    return false;
}

}  // namespace

GazetteerSources default_gazetteer_sources() {
    GazetteerSources s;
    s.curated = curated_lists();
    const char* want = std::getenv("PLACELINE_GAZETTEER");
    std::string cities = cache_dir() + "/cities500.txt";
    std::error_code ec;
    if ((!want || std::string(want) != "regional") && fs::exists(cities, ec) && !(s.refused = cache_download_problem(cities)).empty()) {
        s.refused = cities + " " + s.refused;
        s.boundaries = geodata_path("region.gpkg");
    } else if ((!want || std::string(want) != "regional") && fs::exists(cities, ec)) {
        s.geonames = cities;
        s.boundaries = world_boundaries();
        add_counties(s);
        add_rivers(s);
        add_earth(s);
        s.cache = cache_path_for(s);
    } else {
        // Small enough to compile at every start (well under a second): no cache file needed.
        s.boundaries = geodata_path("region.gpkg");
    }
    return s;
}

GazetteerSources gazetteer_sources_for(const std::string& path) {
    GazetteerSources s;
    s.curated = curated_lists();
    if (looks_curated(path)) {
        s.curated.insert(s.curated.begin(), path);
        s.boundaries = geodata_path("region.gpkg");
        return s;
    }
    s.geonames = path;
    s.boundaries = world_boundaries();
    add_counties(s);
    add_rivers(s);
    add_earth(s);
    // A small file compiles faster than a cache file is worth keeping (and tests' temporary files
    // would leave caches behind).
    std::error_code ec;
    if (fs::file_size(path, ec) >= (4u << 20) && !ec) s.cache = cache_path_for(s);
    return s;
}

std::string gazetteer_stamp(const GazetteerSources& sources) {
    std::vector<std::string> inputs;
    if (!sources.geonames.empty()) inputs.push_back(sources.geonames);
    if (!sources.boundaries.empty()) inputs.push_back(sources.boundaries);
    if (!sources.counties.empty()) inputs.push_back(sources.counties);
    if (!sources.rivers.empty()) inputs.push_back(sources.rivers), inputs.push_back(given_names_path());
    if (!sources.earth.empty()) {
        inputs.push_back(sources.earth), inputs.push_back(earth_lines_path(sources));
        if (sources.rivers.empty()) inputs.push_back(given_names_path());
    }
    inputs.insert(inputs.end(), sources.curated.begin(), sources.curated.end());
    // The countries' and divisions' names in other languages go with the boundaries
    // (natural_earth_places.cpp).
    if (!sources.boundaries.empty()) {
        inputs.push_back(geodata_path("country-names.tsv"));
        inputs.push_back(geodata_path("region-names.tsv"));
    }
    return source_stamp(inputs);
}

std::shared_ptr<const Gazetteer> load_gazetteer(const GazetteerSources& sources, Diagnostics& diags,
                                                Progress* progress) {
    if (!sources.refused.empty()) diags.error("", sources.refused + "; the embedded regional places are used");
    if (!sources.missing.empty()) diags.info("", sources.missing);
    const std::string stamp = gazetteer_stamp(sources);
    if (!sources.cache.empty()) {
        if (progress) progress->stage("Opening the gazetteer");
        std::string why;
        if (auto g = open_cached_gazetteer(sources.cache, stamp, why)) return g;
        if (!why.empty()) diags.info(sources.cache, "gazetteer cache not used (" + why + "); compiling it again");
    }
    auto t0 = std::chrono::steady_clock::now();
    GazetteerBuilder builder;
    if (!sources.geonames.empty()) read_geonames(sources.geonames, builder, diags, progress);
    if (!sources.boundaries.empty()) read_natural_earth_places(sources.boundaries, builder, diags, progress);
    if (!sources.counties.empty()) read_us_counties(sources.counties, builder, diags);
    if (!sources.rivers.empty()) read_natural_earth_rivers(sources.rivers, builder, diags, given_names());
    if (!sources.earth.empty()) read_ncarg_earth(sources.earth, earth_lines_path(sources), builder, diags, given_names());
    for (const std::string& c : sources.curated) read_curated_places(c, builder, diags);
    // Cancelled (the window is closing): no compilation, and above all no half gazetteer cached.
    if (progress && progress->cancelled()) return GazetteerBuilder().build();
    auto g = builder.build(progress, stamp);
    if (!sources.cache.empty()) {
        std::string error = save_gazetteer(*g, sources.cache);
        evict_gazetteer_caches(fs::path(sources.cache).parent_path().string(), gazetteer_cache_cap, sources.cache);
        if (!error.empty()) diags.warn(sources.cache, "cannot keep the compiled gazetteer: " + error);
        else
            diags.info(sources.cache,
                       "gazetteer compiled (" + std::to_string(g->size()) + " places) in " +
                           std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                              std::chrono::steady_clock::now() - t0)
                                              .count()) +
                           " ms");
    }
    return g;
}

}  // namespace placeline::geo
