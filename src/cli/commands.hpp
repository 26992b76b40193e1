#pragma once
// The subcommands. Each registers its options on the CLI11 app and returns the action to run
// once the command line has been parsed.
#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#include "placeline/diagnostics.hpp"
#include "placeline/render/map_load.hpp"

namespace placeline::cli {

using Action = std::function<int()>;

// Options every command shares: extra layers and the projection.
void add_map_options(CLI::App& cmd, render::MapSources& sources);

// Prints every diagnostic on stderr, one line each.
void print_diagnostics(const Diagnostics& diags);

Action add_render_command(CLI::App& app);
Action add_geoparse_command(CLI::App& app);
Action add_passages_command(CLI::App& app);
Action add_variants_command(CLI::App& app);
Action add_export_command(CLI::App& app);

int run(int argc, char** argv);

}  // namespace placeline::cli
