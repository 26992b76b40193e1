// The command line: `placeline [CORPUS...]` opens the window; `placeline SUBCOMMAND ...` runs a
// headless tool. Every subcommand's contract is in the issues and the README.
#include <SDL.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "commands.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/sink/window_options.hpp"

namespace placeline::cli {

void add_map_options(CLI::App& cmd, render::MapSources& sources) {
    cmd.add_option("--layer", sources.layers, "Add an OGR layer: PATH or PATH:LAYER (repeatable)");
    render::MapSources* target = &sources;
    cmd.add_flag_callback(
        "--world",
        [target] {
            std::string world = cache_dir() + "/world_map.gpkg";
            std::error_code ec;
            if (!std::filesystem::exists(world, ec)) {
                std::fprintf(stderr, "placeline: --world: no %s (scripts/fetch-data.sh fetches it); "
                                     "using the regional extract\n", world.c_str());
                return;
            }
            target->world = true;
        },
        "Draw the whole world's boundaries (Natural Earth world_map.gpkg from the data cache) "
        "instead of the regional extract");
    cmd.add_option("--style", sources.styles, "A layer style file (TOML, see README 'Layer styles'; repeatable)");
    cmd.add_option("--projection", sources.projection,
                   "Map projection: 'auto' (the default: 'regional' for a corpus about the Caucasus, else Equal "
                   "Earth), 'regional' (Lambert conformal conic for the Caucasus), an EPSG code "
                   "such as EPSG:3857, or a PROJ string");
}

void print_diagnostics(const Diagnostics& diags) {
    for (const Diagnostic& d : diags.snapshot())
        if (d.severity != Severity::info) std::fprintf(stderr, "placeline: %s\n", format_diagnostic(d).c_str());
}

static bool display_available() {
    const char* x = std::getenv("DISPLAY");
    const char* w = std::getenv("WAYLAND_DISPLAY");
    const char* driver = std::getenv("SDL_VIDEODRIVER");
    return (x && *x) || (w && *w) || (driver && *driver);
}

int run(int argc, char** argv, sink::RunWindow run_window) {
    set_executable_path(argc > 0 ? argv[0] : "placeline");
    CLI::App app{"Placeline: a time-aware map of the places in a folder of news articles"};
    app.require_subcommand(0, 1);
    sink::WindowOptions window;
    app.add_option("corpus", window.sources.corpus, "Articles: files or folders (.txt, .md, .html)");
    add_map_options(app, window.sources);
    app.add_option("--deck", window.deck, "A slide deck (TOML) to edit in the slide sorter");
    app.add_option("--scale", window.scale, "Scale of text, widgets and map lines (high-DPI; default PLACELINE_SCALE or 1)")
        ->check(CLI::Range(0.5, 4.0));
    std::string present_deck;
    CLI::App* present = app.add_subcommand("present", "Present a slide deck fullscreen: live map slides");
    present->add_option("deck", present_deck, "The deck (TOML, see README)")->required();
    present->add_option("corpus", window.sources.corpus, "Articles: files or folders");
    add_map_options(*present, window.sources);

    std::vector<std::pair<CLI::App*, Action>> commands;
    Action render = add_render_command(app);
    Action geoparse = add_geoparse_command(app);
    Action passages = add_passages_command(app);
    Action variants = add_variants_command(app);
    Action export_ = add_export_command(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // CLI11 prints the message; its own codes (105, 106...) would differ per mistake, while the
        // README promises one status for every bad option. --help is not a mistake.
        return app.exit(e) == 0 ? 0 : 2;
    }
    if (app.got_subcommand("render")) return render();
    if (app.got_subcommand("geoparse")) return geoparse();
    if (app.got_subcommand("passages")) return passages();
    if (app.got_subcommand("variants")) return variants();
    if (app.got_subcommand("export")) return export_();

    window.projection_given = app.get_option("--projection")->count() > 0 ||
                              (app.got_subcommand("present") && present->get_option("--projection")->count() > 0);
    if (app.got_subcommand("present")) {
        window.deck = present_deck;
        window.present = true;
    }
    if (!display_available()) {
        std::fprintf(stderr,
                     "placeline: no display found; to draw the map without one, run: "
                     "placeline render --out map.png %s\n",
                     window.sources.corpus.empty() ? "CORPUS..." : window.sources.corpus.front().c_str());
        return 2;
    }
    return run_window(window);
}

}  // namespace placeline::cli
