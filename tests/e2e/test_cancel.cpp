// Closing the window cancels loading: the cancellation reaches corpus reading, place finding
// and gazetteer compilation (which must then not cache half a gazetteer), and the loader stops.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "app/loader.hpp"
#include "placeline/atlas/atlas.hpp"
#include "placeline/corpus/corpus.hpp"
#include "placeline/geo/export_layers.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "support.hpp"

using namespace placeline;
namespace fs = std::filesystem;

TEST_CASE("a cancelled load reads no article and looks for no place") {
    Progress cancelled;
    cancelled.cancel();
    Diagnostics diags;
    Corpus corpus = load_corpus({SAMPLE_CORPUS}, diags, &cancelled);
    CHECK(corpus.articles.empty());
    geo::GazetteerSources regional;
    regional.curated = geo::default_gazetteer_sources().curated;
    auto gazetteer = geo::load_gazetteer(regional, diags);
    auto atlas = build_atlas({SAMPLE_CORPUS}, gazetteer, diags, &cancelled);
    CHECK(atlas->mentions().empty());
    // Not cancelled: the same calls find the corpus's places.
    Progress running;
    CHECK_FALSE(build_atlas({SAMPLE_CORPUS}, gazetteer, diags, &running)->mentions().empty());
}

TEST_CASE("a cancelled gazetteer compilation keeps no cache file") {
    std::string dir = e2e::temp_path("cancel-gazetteer");
    fs::remove_all(dir);
    fs::create_directories(dir);
    geo::GazetteerSources s;
    s.geonames = dir + "/cities.txt";
    s.cache = dir + "/gazetteer.idx";
    std::ofstream(s.geonames) << "616052\tYerevan\tYerevan\tErevan\t40.18\t44.51\tP\tPPLC\tAM\t\t11\t\t\t\t1093485\t\t990\tAsia/Yerevan\t2020-01-01\n";
    Progress cancelled;
    cancelled.cancel();
    Diagnostics diags;
    auto g = geo::load_gazetteer(s, diags, &cancelled);
    REQUIRE(g);
    CHECK_FALSE(fs::exists(s.cache));
    Progress running;
    g = geo::load_gazetteer(s, diags, &running);
    CHECK(g->size() > 0);
    CHECK(fs::exists(s.cache));
}

TEST_CASE("the loader stops when asked, and drops what it was loading") {
    app::Loader loader;
    render::MapSources sources;
    sources.corpus = {SAMPLE_CORPUS};
    loader.start(sources);
    CHECK(loader.stop(std::chrono::seconds(60)));
    CHECK(loader.progress().cancelled());
}

TEST_CASE("a cancelled GeoPackage export writes nothing and keeps the earlier file") {
    const std::string dir = e2e::temp_path("cancel-export");
    fs::remove_all(dir);
    fs::create_directories(dir);
    Diagnostics diags;
    auto gazetteer = geo::load_gazetteer(geo::default_gazetteer_sources(), diags);
    auto atlas = build_atlas({SAMPLE_CORPUS}, gazetteer, diags);
    std::ofstream(dir + "/out.gpkg") << "earlier";
    Progress cancelled;
    cancelled.cancel();
    CHECK(geo::export_atlas(*atlas, {dir + "/out.gpkg", ""}, &cancelled).find(geo::cancelled_export) != std::string::npos);
    std::ifstream in(dir + "/out.gpkg");
    std::string kept((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(kept == "earlier");
    size_t files = 0;
    for (auto& e : fs::directory_iterator(dir)) files += e.is_regular_file();
    CHECK(files == 1);  // no temporary left beside it
    // Not cancelled: written, with its progress at the end.
    Progress running;
    CHECK(geo::export_atlas(*atlas, {dir + "/out.gpkg", ""}, &running).empty());
    CHECK(fs::file_size(dir + "/out.gpkg") > 1000);
    CHECK(running.stage_text() == "Saving");
    fs::remove_all(dir);
}

TEST_CASE("cancelling a load drops it at once and keeps nothing of it") {
    app::Loader loader;
    render::MapSources sources;
    sources.corpus = {SAMPLE_CORPUS};
    loader.start(sources);
    loader.cancel();
    CHECK_FALSE(loader.busy());
    CHECK(loader.stop(std::chrono::seconds(60)));
    CHECK(loader.take() == nullptr);
}
