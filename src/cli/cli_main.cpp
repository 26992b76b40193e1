// The command line: `placeline [CORPUS...]` opens the window; `placeline SUBCOMMAND ...` runs a
// headless tool. Every subcommand's contract is in the issues and the README.
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "commands.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/base/on_cores.hpp"
#include "placeline/base/input_file.hpp"
#include "placeline/geo/projection.hpp"
#include "placeline/sink/window_options.hpp"

namespace placeline::cli {

const CLI::Validator& input_file() {
    static const CLI::Validator v(
        [](std::string& path) -> std::string {
            std::string problem = input_file_problem(path);
            return problem.empty() ? "" : path + " " + problem;
        },
        "FILE");
    return v;
}

void add_map_options(CLI::App& cmd, render::MapSources& sources) {
    // Repeatable options take one value each time: `--style FILE CORPUS` must leave CORPUS to
    // the positional arguments instead of reading it as a second style.
    cmd.add_option("--layer", sources.layers, "Add an OGR layer: PATH or PATH:LAYER (repeatable)")->allow_extra_args(false);
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
    cmd.add_option("--style", sources.styles, "A layer style file (TOML, see README 'Layer styles'; repeatable)")
        ->allow_extra_args(false)
        ->check(input_file());
    cmd.add_option("--projection", sources.projection,
                   "Map projection: 'auto' (the default: 'regional' for a corpus about the Caucasus, else Equal "
                   "Earth), 'regional' (Lambert conformal conic for the Caucasus), an EPSG code "
                   "such as EPSG:3857, or a PROJ string")
        ->check(CLI::Validator(
            [](std::string& definition) -> std::string {
                // Refused here, before any work, rather than drawn in another projection.
                if (definition == "auto") return "";
                std::string error;
                return geo::Projection::create(definition, error) ? "" : error;
            },
            "DEF"));
}

void print_diagnostics(const Diagnostics& diags) {
    diags.for_each([](const Diagnostic& d) {
        if (d.severity != Severity::info) std::fprintf(stderr, "placeline: %s\n", format_diagnostic(d).c_str());
    });
}

namespace {
bool leave_at_end = false;

// The process ends here, its output flushed and checked, without destroying what the command
// built nor the process's statics (the resolver's lexicon, the CLI's options): the kernel takes
// the process's memory back whole, freed or not, and freeing it block by block first took 1 to
// 4.5 ms on 4,704 LGL files, on one core (`strace -f -ttt`: from the last write to exit_group;
// 0.25 M instructions on LGL's 588 texts, callgrind). Under AddressSanitizer the process ends as
// usual, so that LeakSanitizer still looks for leaks (end_without_teardown).
[[noreturn]] void end_now(int status) {
    std::fflush(stderr);
    std::_Exit(status);
}
}  // namespace

// GCC says AddressSanitizer with __SANITIZE_ADDRESS__, clang with __has_feature.
#if defined(__SANITIZE_ADDRESS__)
#define PLACELINE_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PLACELINE_ADDRESS_SANITIZER 1
#endif
#endif

void end_without_teardown() {
#ifndef PLACELINE_ADDRESS_SANITIZER
    leave_at_end = true;
#endif
}

static bool display_available() {
    const char* x = std::getenv("DISPLAY");
    const char* w = std::getenv("WAYLAND_DISPLAY");
    const char* driver = std::getenv("SDL_VIDEODRIVER");
    return (x && *x) || (w && *w) || (driver && *driver);
}

static int run_parsed(CLI::App& app, CLI::App* present, sink::WindowOptions& window, const std::string& present_deck,
                      const std::vector<std::pair<std::string, Action>>& commands, sink::RunWindow run_window);

int run(int argc, char** argv, sink::RunWindow run_window) {
    set_executable_path(argc > 0 ? argv[0] : "placeline");
    CLI::App app{"Placeline: a time-aware map of the places in a folder of news articles"};
    app.require_subcommand(0, 1);
    sink::WindowOptions window;
    app.add_option("corpus", window.sources.corpus, "Articles: files or folders (.txt, .md, .html)");
    add_map_options(app, window.sources);
    app.add_option("--deck", window.deck, "A slide deck (TOML) to edit in the slide sorter")->check(input_file());
    app.add_option("--scale", window.scale, "Scale of text, widgets and map lines (high-DPI; default PLACELINE_SCALE or 1)")
        ->check(CLI::Range(0.5, 4.0));
    std::string present_deck;
    CLI::App* present = app.add_subcommand("present", "Present a slide deck fullscreen: live map slides");
    present->add_option("deck", present_deck, "The deck (TOML, see README)")->required()->check(input_file());
    present->add_option("corpus", window.sources.corpus, "Articles: files or folders");
    add_map_options(*present, window.sources);

    std::vector<std::pair<std::string, Action>> commands = {
        {"render", add_render_command(app)},     {"geoparse", add_geoparse_command(app)},
        {"passages", add_passages_command(app)}, {"variants", add_variants_command(app)},
        {"export", add_export_command(app)},
    };

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // CLI11 prints the message; its own codes (105, 106...) would differ per mistake, while the
        // README promises one status for every bad option. --help is not a mistake.
        return app.exit(e) == 0 ? 0 : 2;
    }
    // The last net: every reader reports instead of throwing, but whatever still throws ends here
    // with a message and a status, never in std::terminate.
    try {
        const int status = run_parsed(app, present, window, present_deck, commands, run_window);
        // Records written to standard output (geoparse, passages, variants) are buffered: a full
        // disk or a closed pipe shows only when they are flushed, and must not end with status 0.
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
            std::fprintf(stderr, "placeline: cannot write to standard output: %s\n", std::strerror(errno));
            return 1;
        }
        if (leave_at_end) end_now(status);
        return status;
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "placeline: out of memory\n");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "placeline: internal error: %s\n", e.what());
    }
    return 1;
}

static int run_parsed(CLI::App& app, CLI::App* present, sink::WindowOptions& window, const std::string& present_deck,
                      const std::vector<std::pair<std::string, Action>>& commands, sink::RunWindow run_window) {
    for (const auto& [name, action] : commands)
        if (app.got_subcommand(name)) {
            // A command runs its passes back to back and ends: its helper threads wait for the
            // next pass spinning a while rather than asleep (on_cores.hpp).
            set_helper_spin(std::chrono::milliseconds(1));
            return action();
        }

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
