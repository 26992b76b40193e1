#pragma once
// The one place that knows the names of the table formats the subcommands write, and that checks
// every subcommand's --format the same way: a name the command does not write is refused with one
// message ("--format: 'xml' is not one of jsonl, csv") and, as every bad option, exit status 2.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace placeline::cli {

enum class TableFormat { jsonl, csv, geojson, md };

std::string_view format_name(TableFormat f);

// Any format this registry knows, by its name (exact, lower case).
std::optional<TableFormat> parse_table_format(std::string_view name);

// The refusal a command prints for `name` when it writes only `allowed`; empty when it is allowed.
std::string format_refusal(std::string_view name, const std::vector<TableFormat>& allowed);

// Adds --format to `cmd`: `allowed` in the order the help lists them, the first being the default
// (already stored in `target`). The parse fails (status 2, see cli_main.cpp) on any other name.
CLI::Option* add_format_option(CLI::App& cmd, TableFormat& target, std::vector<TableFormat> allowed);

}  // namespace placeline::cli
