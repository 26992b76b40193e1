#include "cli/commands.hpp"

int main(int argc, char** argv) { return placeline::cli::run(argc, argv); }
