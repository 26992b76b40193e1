#include "table_format.hpp"

#include <array>
#include <utility>

namespace placeline::cli {

namespace {
constexpr std::array<std::pair<TableFormat, std::string_view>, 4> names{{
    {TableFormat::jsonl, "jsonl"},
    {TableFormat::csv, "csv"},
    {TableFormat::geojson, "geojson"},
    {TableFormat::md, "md"},
}};

std::string listed(const std::vector<TableFormat>& allowed, std::string_view last_joint) {
    std::string out;
    for (size_t i = 0; i < allowed.size(); ++i) {
        if (i) out += i + 1 == allowed.size() ? last_joint : std::string_view(", ");
        out += format_name(allowed[i]);
    }
    return out;
}
}  // namespace

std::string_view format_name(TableFormat f) {
    for (const auto& [format, name] : names)
        if (format == f) return name;
    return "?";
}

std::optional<TableFormat> parse_table_format(std::string_view name) {
    for (const auto& [format, n] : names)
        if (n == name) return format;
    return std::nullopt;
}

std::string format_refusal(std::string_view name, const std::vector<TableFormat>& allowed) {
    std::optional<TableFormat> f = parse_table_format(name);
    for (TableFormat a : allowed)
        if (f == a) return {};
    return "'" + std::string(name) + "' is not one of " + listed(allowed, ", ");
}

CLI::Option* add_format_option(CLI::App& cmd, TableFormat& target, std::vector<TableFormat> allowed) {
    std::string help = std::string(format_name(allowed.front())) + " (default)";
    if (allowed.size() > 1) {
        help += allowed.size() > 2 ? ", " : " or ";
        help += listed(std::vector<TableFormat>(allowed.begin() + 1, allowed.end()), " or ");
    }
    TableFormat* out = &target;
    std::string choices;  // as the help shows them: {jsonl,csv}
    for (TableFormat a : allowed) choices += (choices.empty() ? "{" : ",") + std::string(format_name(a));
    CLI::Validator check([allowed](std::string& name) { return format_refusal(name, allowed); }, choices + "}", "format");
    return cmd.add_option_function<std::string>("--format", [out](const std::string& name) { *out = *parse_table_format(name); },
                                                help)
        ->check(check);
}

}  // namespace placeline::cli
