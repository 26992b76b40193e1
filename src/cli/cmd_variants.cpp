// placeline variants [--format md|csv|jsonl] [--gazetteer PATH] CORPUS...
// The variant report: every form of every place, the gazetteer's names by script, suspected
// misspellings, inconsistencies, contested names and suspicious gazetteer rows.
//   jsonl: one object per place: place_id, name, forms, known_names, suspects, flags
//   csv:   one row per form (suspects are rows of kind "suspect")
//   md:    a readable report (the default)
// Offsets are code points into the article's decoded text.
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

#include "commands.hpp"
#include "placeline/atlas/atlas.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "placeline/variants/variants.hpp"
#include "table_writer.hpp"

namespace placeline::cli {

namespace {

struct VariantsOptions {
    TableFormat format = TableFormat::md;
    std::string gazetteer;
    std::vector<std::string> corpus;
};

double round2(float v) { return std::round(double(v) * 100) / 100; }

const std::string& file_of(const Atlas& atlas, uint32_t article) { return atlas.corpus().articles[article].path; }

nlohmann::ordered_json place_json(const Atlas& atlas, const PlaceVariants& v) {
    const Gazetteer& g = atlas.gazetteer();
    nlohmann::ordered_json forms = nlohmann::ordered_json::array();
    for (const FormUse& f : v.forms) {
        nlohmann::ordered_json files = nlohmann::ordered_json::array();
        for (auto [a, n] : f.articles) files.push_back(file_of(atlas, a));
        forms.push_back({{"form", f.form}, {"count", f.count}, {"files", files}});
    }
    nlohmann::ordered_json known = nlohmann::ordered_json::array();
    for (const KnownName& k : v.known) known.push_back({{"name", k.name}, {"lang", k.lang}});
    nlohmann::ordered_json suspects = nlohmann::ordered_json::array();
    for (const Suspect& s : v.suspects)
        suspects.push_back({{"form", s.form},
                            {"file", file_of(atlas, s.article)},
                            {"start", s.start},
                            {"end", s.end},
                            {"distance", round2(s.distance)},
                            {"confidence", round2(s.confidence)}});
    return {{"place_id", std::string(g.id(v.place))}, {"name", std::string(g.name(v.place))}, {"forms", forms},
            {"known_names", known},  {"suspects", suspects},  {"flags", flag_names(v.flags)}};
}

void write_csv(const Atlas& atlas, const VariantReport& report) {
    const Gazetteer& g = atlas.gazetteer();
    TableWriter out(stdout, TableFormat::csv,
                    {"place_id", "name", "kind", "form", "count", "files", "start", "end", "distance", "confidence",
                     "evidence", "flags"});
    for (const PlaceVariants& v : report.places) {
        nlohmann::json flags = flag_names(v.flags);
        for (const FormUse& f : v.forms) {
            nlohmann::json files = nlohmann::json::array();
            for (auto [a, n] : f.articles) files.push_back(file_of(atlas, a) + ":" + std::to_string(n));
            out.row({{"place_id", g.id(v.place)}, {"name", g.name(v.place)}, {"kind", "form"}, {"form", f.form},
                     {"count", f.count}, {"files", files}, {"flags", flags}});
        }
        for (const Suspect& s : v.suspects)
            out.row({{"place_id", g.id(v.place)}, {"name", g.name(v.place)}, {"kind", "suspect"}, {"form", s.form},
                     {"count", 1}, {"files", file_of(atlas, s.article)}, {"start", s.start}, {"end", s.end},
                     {"distance", round2(s.distance)}, {"confidence", round2(s.confidence)}, {"evidence", s.evidence},
                     {"flags", flags}});
    }
}

std::string md_cell(std::string s) {
    for (size_t i = 0; (i = s.find('|', i)) != std::string::npos; i += 2) s.replace(i, 1, "\\|");
    for (char& c : s)
        if (c == '\n') c = ' ';
    return s;
}

std::string article_list(const Atlas& atlas, const std::vector<uint32_t>& articles) {
    std::string out;
    for (uint32_t a : articles) out += (out.empty() ? "" : ", ") + file_of(atlas, a);
    return out.empty() ? "none" : out;
}

void write_markdown(const Atlas& atlas, const VariantReport& report) {
    const Gazetteer& g = atlas.gazetteer();
    std::string o;
    auto line = [&](const std::string& s) { o += s + "\n"; };
    line("# Variant report");
    line("");
    line(std::to_string(atlas.corpus().articles.size()) + " articles, " + std::to_string(report.places.size()) +
         " places, " + std::to_string(report.suspect_count) + " suspected misspelling" +
         (report.suspect_count == 1 ? "." : "s."));
    line("");
    line("## Suspected misspellings");
    line("");
    if (report.suspect_count == 0) line("None.");
    else {
        line("| form | file | code points | probably | distance | confidence | evidence |");
        line("| --- | --- | --- | --- | --- | --- | --- |");
        for (const PlaceVariants& v : report.places)
            for (const Suspect& s : v.suspects) {
                char nums[64];
                std::snprintf(nums, sizeof nums, "| %.2f | %.2f |", double(s.distance), double(s.confidence));
                line("| " + md_cell(s.form) + " | " + md_cell(file_of(atlas, s.article)) + " | " +
                     std::to_string(s.start) + "-" + std::to_string(s.end) + " | " + md_cell(std::string(g.name(v.place))) +
                     " (" + std::string(g.id(v.place)) + ") " + nums + " " + md_cell(s.evidence) + " |");
            }
    }
    line("");
    line("## Contested names");
    line("");
    line("Both names of each pair side by side, in no order of preference, with the articles using each.");
    line("");
    bool any = false;
    for (const PlaceVariants& v : report.places)
        for (const ContestedUse& c : v.contested) {
            any = true;
            line("### " + c.pair.side_a.front() + " / " + c.pair.side_b.front() + " (" + std::string(g.id(v.place)) + ")");
            line("");
            line("| " + md_cell(c.pair.side_a.front()) + " | " + md_cell(c.pair.side_b.front()) + " |");
            line("| --- | --- |");
            line("| " + md_cell(article_list(atlas, c.articles_a)) + " | " + md_cell(article_list(atlas, c.articles_b)) + " |");
            line("");
            line(c.pair.note + " (source: " + c.pair.source + ")");
            line("");
        }
    if (!any) line("None in this corpus.\n");
    line("## Places");
    line("");
    for (const PlaceVariants& v : report.places) {
        std::string flags;
        for (const std::string& f : flag_names(v.flags)) flags += (flags.empty() ? " — " : ", ") + f;
        line("### " + std::string(g.name(v.place)) + " (" + std::string(g.id(v.place)) + ")" + flags);
        line("");
        if (!v.forms.empty()) {
            line("| form | count | articles |");
            line("| --- | --- | --- |");
            for (const FormUse& f : v.forms) {
                std::string arts;
                for (auto [a, n] : f.articles) arts += (arts.empty() ? "" : ", ") + file_of(atlas, a) + " (" + std::to_string(n) + ")";
                line("| " + md_cell(f.form) + " | " + std::to_string(f.count) + " | " + md_cell(arts) + " |");
            }
            line("");
        }
        if (!v.inconsistent_articles.empty())
            line("Written more than one way in: " + article_list(atlas, v.inconsistent_articles) + ".\n");
        for (const std::string& n : v.gazetteer_notes) line("Suspicious gazetteer data: " + n + ".\n");
        // Known names by script; a world gazetteer knows hundreds for a capital: the first few.
        std::map<std::string, std::vector<std::string>> by_script;
        std::vector<std::string> order;
        for (const KnownName& k : v.known) {
            if (!by_script.count(k.script)) order.push_back(k.script);
            by_script[k.script].push_back(k.name);
        }
        if (!order.empty()) line("Known names:");
        for (const std::string& s : order) {
            const auto& names = by_script[s];
            std::string list;
            for (size_t i = 0; i < names.size() && i < 12; ++i) list += (i ? ", " : "") + names[i];
            if (names.size() > 12) list += " and " + std::to_string(names.size() - 12) + " more";
            line("- " + std::string(script_display_name(s)) + ": " + list);
        }
        line("");
    }
    line("## Suspicious gazetteer rows");
    line("");
    line("Natural Earth admin-1 rows whose `name` and `gn_name` name two different places.");
    line("");
    if (report.suspicious_rows.empty()) line("None.");
    else {
        line("| row | name | names | gn_name | names |");
        line("| --- | --- | --- | --- | --- |");
        for (const SuspiciousRow& r : report.suspicious_rows) {
            auto places = [&](const std::vector<PlaceIndex>& ps) {
                std::string s;
                for (size_t i = 0; i < ps.size() && i < 3; ++i)
                    s += (i ? ", " : "") + std::string(g.name(ps[i])) + " (" + std::string(g.id(ps[i])) + ")";
                return s;
            };
            line("| " + std::string(g.id(r.row)) + " | " + md_cell(r.name) + " | " + md_cell(places(r.named)) + " | " +
                 md_cell(r.gn_name) + " | " + md_cell(places(r.gn_named)) + " |");
        }
    }
    std::fputs(o.c_str(), stdout);
}

}  // namespace

Action add_variants_command(CLI::App& app) {
    auto opts = std::make_shared<VariantsOptions>();
    CLI::App* cmd = app.add_subcommand("variants", "Every form of every place, suspected misspellings, contested names");
    add_format_option(*cmd, opts->format, {TableFormat::md, TableFormat::csv, TableFormat::jsonl});
    cmd->add_option("--gazetteer", opts->gazetteer, "GeoNames file (cities500 layout) or curated place list")
        ->check(input_file());
    cmd->add_option("corpus", opts->corpus, "Articles: files or folders")->required();
    return [opts]() -> int {
        Diagnostics diags;
        auto sources = opts->gazetteer.empty() ? geo::default_gazetteer_sources()
                                               : geo::gazetteer_sources_for(opts->gazetteer);
        std::shared_ptr<const Gazetteer> gazetteer = geo::load_gazetteer(sources, diags);
        auto atlas = build_atlas(opts->corpus, gazetteer, diags);
        VariantData data = load_variant_data(diags);
        VariantReport report = build_variant_report(*atlas, data);
        print_diagnostics(diags);
        if (opts->format == TableFormat::md) write_markdown(*atlas, report);
        else if (opts->format == TableFormat::csv) write_csv(*atlas, report);
        else {
            for (const PlaceVariants& v : report.places) {
                std::string line = place_json(*atlas, v).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
                std::fputs(line.c_str(), stdout);
                std::fputc('\n', stdout);
            }
        }
        return 0;
    };
}

}  // namespace placeline::cli
