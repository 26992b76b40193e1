// placeline geoparse [--format jsonl|csv|geojson] [--gazetteer PATH] FILE...
// One record per mention; offsets are code points into the file's decoded text.
#include <cmath>
#include <cstdio>
#include <memory>

#include "commands.hpp"
#include "placeline/atlas/atlas.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "placeline/places/matcher.hpp"
#include "table_writer.hpp"

namespace placeline::cli {

namespace {

struct GeoparseOptions {
    TableFormat format = TableFormat::jsonl;
    std::string gazetteer;
    std::vector<std::string> files;
};

// The evidence, as the contract's extra key: each signal's weight (summed per signal), the total,
// how many places bear the name, the name matched, the runners-up and the flags.
nlohmann::ordered_json why_json(const Gazetteer& g, const Mention& m) {
    nlohmann::ordered_json signals = nlohmann::ordered_json::object();
    for (uint8_t i = 0; i < m.why.signal_count; ++i) {
        const char* name = to_string(m.why.signals[i].signal);
        double w = signals.contains(name) ? signals[name].get<double>() : 0.0;
        signals[name] = std::round((w + m.why.signals[i].weight()) * 1000) / 1000;
    }
    nlohmann::ordered_json runners = nlohmann::ordered_json::array();
    for (uint8_t i = 0; i < m.why.runner_up_count; ++i) {
        const RunnerUp& r = m.why.runners_up[i];
        runners.push_back({{"place_id", std::string(g.id(r.place))},
                           {"name", std::string(g.name(r.place))},
                           {"total", std::round(r.total * 1000) / 1000}});
    }
    nlohmann::ordered_json flags = nlohmann::ordered_json::array();
    if (m.flags & mention_fuzzy) flags.push_back("fuzzy");
    if (m.flags & mention_qualified) flags.push_back("qualified");
    if (m.flags & mention_overridden) flags.push_back("overridden");
    if (m.flags & mention_transliterated) flags.push_back("transliterated");
    nlohmann::ordered_json why = {{"signals", signals},
                                  {"total", std::round(m.why.total * 1000) / 1000},
                                  {"candidates", m.why.candidates}};
    if (m.why.name_key < g.keys().size()) why["matched"] = std::string(g.key_text(g.keys()[m.why.name_key]));
    why["runners_up"] = runners;
    why["flags"] = flags;
    return why;
}

nlohmann::json mention_json(const Atlas& atlas, const Mention& m, const CodepointMap& cps) {
    const Article& a = atlas.corpus().articles[m.article];
    const Place& p = atlas.gazetteer().place(m.place);
    return {{"file", a.path},
            {"start", cps.to_codepoint(m.span.start)},
            {"end", cps.to_codepoint(m.span.end)},
            {"text", std::string(atlas.surface(m))},
            {"place_id", p.id},
            {"name", p.name},
            {"lat", p.point.lat},
            {"lon", p.point.lon},
            {"country", p.country},
            {"kind", to_string(p.kind)},
            {"score", m.score},
            {"why", why_json(atlas.gazetteer(), m)}};
}

}  // namespace

Action add_geoparse_command(CLI::App& app) {
    auto opts = std::make_shared<GeoparseOptions>();
    CLI::App* cmd = app.add_subcommand("geoparse", "Find and resolve the places of articles; one record per mention");
    add_format_option(*cmd, opts->format, {TableFormat::jsonl, TableFormat::csv, TableFormat::geojson});
    cmd->add_option("--gazetteer", opts->gazetteer,
                    "GeoNames file (cities500 layout) or curated place list (default: cities500 from the data "
                    "cache, else the embedded regional places)")
        ->check(input_file());
    cmd->add_option("files", opts->files, "Articles: files or folders")->required();
    return [opts]() -> int {
        Diagnostics diags;
        auto sources = opts->gazetteer.empty() ? geo::default_gazetteer_sources()
                                               : geo::gazetteer_sources_for(opts->gazetteer);
        std::shared_ptr<const Gazetteer> gazetteer = geo::load_gazetteer(sources, diags);
        auto atlas = build_atlas(opts->files, gazetteer, diags);
        print_diagnostics(diags);
        const std::vector<std::string> columns = {"file", "start", "end", "text", "place_id", "name",
                                                  "lat", "lon", "country", "kind", "score", "why"};
        if (opts->format == TableFormat::geojson) {
            nlohmann::ordered_json fc = {{"type", "FeatureCollection"}, {"features", nlohmann::json::array()}};
            for (uint32_t a = 0; a < atlas->corpus().articles.size(); ++a) {
                CodepointMap cps(atlas->corpus().articles[a].text);
                for (const Mention& m : atlas->mentions()) {
                    if (m.article != a) continue;
                    auto props = mention_json(*atlas, m, cps);
                    fc["features"].push_back({{"type", "Feature"},
                                              {"geometry", {{"type", "Point"}, {"coordinates", {props["lon"], props["lat"]}}}},
                                              {"properties", props}});
                }
            }
            std::puts(fc.dump(1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
            return 0;
        }
        TableWriter out(stdout, opts->format, columns);
        // Mentions are sorted by passage, and passages by article: one code-point map per article.
        uint32_t current = UINT32_MAX;
        std::unique_ptr<CodepointMap> cps;
        for (const Mention& m : atlas->mentions()) {
            if (m.article != current) {
                current = m.article;
                cps = std::make_unique<CodepointMap>(atlas->corpus().articles[current].text);
            }
            out.row(mention_json(*atlas, m, *cps));
        }
        return 0;
    };
}

}  // namespace placeline::cli
