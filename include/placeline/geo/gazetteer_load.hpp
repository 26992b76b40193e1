#pragma once
// The gazetteer the app and the CLI use: GeoNames cities500 and the Natural Earth world layers
// from the data cache when scripts/fetch-data.sh has put them there, else the embedded regional
// default (geodata/region.gpkg and the curated lists); compiled once and then memory-mapped from
// the cache.
#include <memory>
#include <string>
#include <vector>

#include "placeline/base/diagnostics.hpp"
#include "placeline/places/gazetteer.hpp"
#include "placeline/base/progress.hpp"

namespace placeline::geo {

struct GazetteerSources {
    std::string geonames;                // cities500.txt, or empty
    std::string boundaries;              // Natural Earth GeoPackage for countries and regions, or empty
    std::string counties;                // us-counties.gpkg (US counties), or empty
    std::string rivers;                  // rivers.gpkg (Natural Earth rivers), or empty
    std::string earth;                   // Earth..4.names (NCAR lakes, inland seas, islands; .lines beside it), or empty
    std::string missing;                 // a download the world gazetteer goes without (noted once when loading)
    std::vector<std::string> curated;    // geodata/places.tsv, geodata/supplement.tsv...
    std::string cache;                   // where the compiled image is kept; empty: never cached
    std::string refused;                 // a GeoNames file not used, and why (reported when loading)
};

// World when the cache holds cities500.txt, else regional. PLACELINE_GAZETTEER=regional forces the
// embedded default.
GazetteerSources default_gazetteer_sources();

// `--gazetteer PATH`: a GeoNames file (cities500 layout) or a curated list (.tsv with the curated
// header), with the boundaries and curated lists of the default.
GazetteerSources gazetteer_sources_for(const std::string& path);

// What the compiled image of these sources is stamped with (source_stamp of every input file),
// which a cached image must carry to be used.
std::string gazetteer_stamp(const GazetteerSources& sources);

// Reads the compiled image from the cache when it is there and was compiled from these very
// sources (same paths, sizes and times); otherwise compiles it, reporting progress, and stores
// it for next time. A stale, truncated or damaged cache is noted and rebuilt, never used.
std::shared_ptr<const Gazetteer> load_gazetteer(const GazetteerSources& sources, Diagnostics& diags,
                                                Progress* progress = nullptr);

}  // namespace placeline::geo
