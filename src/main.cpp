// The executable: the command line, which starts the window app when no subcommand is given.
#include "app/app.hpp"
#include "cli/commands.hpp"

int main(int argc, char** argv) { return placeline::cli::run(argc, argv, &placeline::app::run_app); }
