#pragma once
// The subcommands. Each registers its options on the CLI11 app and returns the action to run
// once the command line has been parsed.
#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#include "placeline/base/diagnostics.hpp"
#include "placeline/render/map_load.hpp"
#include "placeline/sink/window_options.hpp"

namespace placeline::cli {

using Action = std::function<int()>;

// Options every command shares: extra layers and the projection.
void add_map_options(CLI::App& cmd, render::MapSources& sources);

// For options naming a file to read: a folder, a FIFO, a device or a missing file is a bad
// option (status 2), said before any work and never a hang on open().
const CLI::Validator& input_file();

// Prints every diagnostic on stderr, one line each.
void print_diagnostics(const Diagnostics& diags);

Action add_render_command(CLI::App& app);
Action add_geoparse_command(CLI::App& app);
Action add_passages_command(CLI::App& app);
Action add_variants_command(CLI::App& app);
Action add_export_command(CLI::App& app);

// Lets the process end as soon as the command has returned and its output is flushed and checked,
// without tearing down (a command that has nothing left to do but free memory).
void end_without_teardown();

// Parses the command line and runs a subcommand, or starts the window through `run_window`.
int run(int argc, char** argv, sink::RunWindow run_window);

}  // namespace placeline::cli
