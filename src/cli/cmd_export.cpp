// placeline export [--gpkg OUT.gpkg] [--geojson OUT.geojson] [--pg PG:... [--pg-corpus NAME]]
//                  [--html DIR [--deck DECK]] CORPUS...
// The whole read model for GIS tools: layers `places` and `mentions` (see export_layers.hpp).
#include <cstdio>
#include <memory>

#include "commands.hpp"
#include "placeline/atlas/atlas.hpp"
#include "placeline/base/atomic_write.hpp"
#include "placeline/geo/export_layers.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "export_postgis.hpp"
#include "placeline/render/map_load.hpp"
#include "web_story.hpp"

namespace placeline::cli {

namespace {
struct ExportOptions {
    geo::ExportTargets targets;
    std::string html, deck;
    std::vector<std::string> corpus;
    std::string pg, pg_corpus;  // PostGIS: connection string and schema (postgis_export.hpp)
};
}  // namespace

Action add_export_command(CLI::App& app) {
    auto opts = std::make_shared<ExportOptions>();
    CLI::App* cmd = app.add_subcommand("export", "Write places and mentions to a GeoPackage and/or GeoJSON for GIS tools");
    cmd->add_option("--gpkg", opts->targets.gpkg, "GeoPackage with the layers 'places' and 'mentions'");
    cmd->add_option("--geojson", opts->targets.geojson,
                    "GeoJSON of the mentions; the places go beside it, in NAME-places.geojson");
    cmd->add_option("--pg", opts->pg, "PostGIS database (\"PG:dbname=...\"): replaces the corpus's tables in one transaction");
    cmd->add_option("--pg-corpus", opts->pg_corpus, "The corpus's schema in that database (default: its folder's name)");
    cmd->add_option("--html", opts->html, "A static web story in this folder (opens from the file system)");
    cmd->add_option("--deck", opts->deck, "With --html: the slide deck told as a scrolling story");
    cmd->add_option("corpus", opts->corpus, "Articles: files or folders")->required();
    return [opts]() -> int {
        if (opts->targets.gpkg.empty() && opts->targets.geojson.empty() && opts->pg.empty() && opts->html.empty()) {
            std::fprintf(stderr, "placeline export: say where to write: --gpkg OUT.gpkg, --geojson OUT.geojson, "
                                 "--pg PG:... and/or --html DIR\n");
            return 2;
        }
        // A folder, a device or a FIFO named as an output is refused before any work.
        for (const std::string& t : {opts->targets.gpkg, opts->targets.geojson,
                                     opts->targets.geojson.empty() ? std::string() : geo::geojson_places_path(opts->targets.geojson)}) {
            if (std::string e = t.empty() ? "" : check_output_path(t); !e.empty()) {
                std::fprintf(stderr, "placeline export: %s\n", e.c_str());
                return 1;
            }
        }
        if (int bad = check_pg_options(opts->pg, opts->pg_corpus)) return bad;
        if (!opts->html.empty()) {
            Diagnostics diags;
            render::Deck deck;
            if (!opts->deck.empty()) deck = render::read_deck(opts->deck, diags);
            render::MapSources sources;
            sources.corpus = opts->corpus;
            auto data = render::load_map_data(sources, diags);
            std::string error = write_web_story(*data, opts->deck.empty() ? nullptr : &deck, opts->html, diags);
            print_diagnostics(diags);
            if (!error.empty()) {
                std::fprintf(stderr, "placeline export: %s\n", error.c_str());
                return 1;
            }
            std::fprintf(stderr, "placeline export: web story in %s\n", opts->html.c_str());
            if (opts->targets.gpkg.empty() && opts->targets.geojson.empty() && opts->pg.empty()) return 0;
        }
        Diagnostics diags;
        auto gazetteer = geo::load_gazetteer(geo::default_gazetteer_sources(), diags);
        auto atlas = build_atlas(opts->corpus, gazetteer, diags);
        print_diagnostics(diags);
        if (!opts->pg.empty() && !export_to_postgis(*atlas, opts->pg, opts->pg_corpus, opts->corpus)) return 1;
        if (opts->targets.gpkg.empty() && opts->targets.geojson.empty()) return 0;
        if (std::string error = geo::export_atlas(*atlas, opts->targets); !error.empty()) {
            std::fprintf(stderr, "placeline export: %s\n", error.c_str());
            return 1;
        }
        std::fprintf(stderr, "placeline export: %zu places, %zu mentions\n", atlas->places().size(),
                     atlas->mentions().size());
        return 0;
    };
}

}  // namespace placeline::cli
