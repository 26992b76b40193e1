// placeline geoparse [--format jsonl|csv|geojson] [--gazetteer PATH] FILE...
// One record per mention; offsets are code points into the file's decoded text.
#include <cstdio>
#include <memory>

#include "commands.hpp"
#include "placeline/atlas.hpp"
#include "placeline/matcher.hpp"
#include "table_writer.hpp"

namespace placeline::cli {

namespace {

struct GeoparseOptions {
    std::string format = "jsonl";
    std::string gazetteer;
    std::vector<std::string> files;
};

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
            {"score", m.score}};
}

}  // namespace

Action add_geoparse_command(CLI::App& app) {
    auto opts = std::make_shared<GeoparseOptions>();
    CLI::App* cmd = app.add_subcommand("geoparse", "Find and resolve the places of articles; one record per mention");
    cmd->add_option("--format", opts->format, "jsonl (default), csv or geojson")
        ->check(CLI::IsMember({"jsonl", "csv", "geojson"}));
    cmd->add_option("--gazetteer", opts->gazetteer, "Gazetteer file (default: the embedded one)");
    cmd->add_option("files", opts->files, "Articles: files or folders")->required();
    return [opts]() -> int {
        Diagnostics diags;
        std::shared_ptr<const Gazetteer> gazetteer;
        if (!opts->gazetteer.empty()) {
            GazetteerBuilder b;
            read_curated_places(opts->gazetteer, b, diags);
            gazetteer = b.build();
        } else {
            gazetteer = load_default_gazetteer(diags);
        }
        auto atlas = build_atlas(opts->files, gazetteer, diags);
        print_diagnostics(diags);
        const std::vector<std::string> columns = {"file", "start", "end", "text", "place_id", "name",
                                                  "lat", "lon", "country", "kind", "score"};
        if (opts->format == "geojson") {
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
        TableWriter out(stdout, opts->format == "csv" ? TableFormat::csv : TableFormat::jsonl, columns);
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
