// placeline passages [--place NAME|ID] [--from D] [--to D] [--format jsonl|csv] [--sentences] CORPUS...
#include <cstdio>
#include <memory>

#include "commands.hpp"
#include "placeline/atlas/atlas.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "table_writer.hpp"

namespace placeline::cli {

namespace {
struct PassagesOptions {
    std::string place, from, to;
    TableFormat format = TableFormat::jsonl;
    bool sentences = false;
    std::vector<std::string> corpus;
};
}  // namespace

Action add_passages_command(CLI::App& app) {
    auto opts = std::make_shared<PassagesOptions>();
    CLI::App* cmd = app.add_subcommand("passages", "List passages with their times and places");
    cmd->add_option("--place", opts->place, "Only passages of this place: any spelling of its name, or its id");
    cmd->add_option("--from", opts->from, "Only passages whose time meets [from, to]: YYYY-MM-DD");
    cmd->add_option("--to", opts->to, "YYYY-MM-DD");
    add_format_option(*cmd, opts->format, {TableFormat::jsonl, TableFormat::csv});
    cmd->add_flag("--sentences", opts->sentences,
                  "Add a 'sentences' key: each sentence's start and end (code points into the article)");
    cmd->add_option("corpus", opts->corpus, "Articles: files or folders")->required();
    return [opts]() -> int {
        TimeSpan window{INT32_MIN / 2, INT32_MAX / 2};
        if (!opts->from.empty()) {
            auto d = parse_iso_date(opts->from);
            if (!d) {
                std::fprintf(stderr, "placeline passages: --from must be YYYY-MM-DD (got '%s')\n", opts->from.c_str());
                return 2;
            }
            window.first = *d;
        }
        if (!opts->to.empty()) {
            auto d = parse_iso_date(opts->to);
            if (!d) {
                std::fprintf(stderr, "placeline passages: --to must be YYYY-MM-DD (got '%s')\n", opts->to.c_str());
                return 2;
            }
            window.last = *d;
        }
        if (window.first > window.last) {
            std::fprintf(stderr, "placeline passages: --from (%s) is after --to (%s)\n", opts->from.c_str(),
                         opts->to.c_str());
            return 2;
        }
        Diagnostics diags;
        auto gazetteer = geo::load_gazetteer(geo::default_gazetteer_sources(), diags);
        auto atlas = build_atlas(opts->corpus, gazetteer, diags);
        print_diagnostics(diags);

        std::vector<PlaceIndex> wanted;
        if (!opts->place.empty()) {
            PlaceIndex by_id = gazetteer->find_id(opts->place);
            wanted = by_id != no_place ? std::vector<PlaceIndex>{by_id} : gazetteer->find_by_name(opts->place);
            if (wanted.empty()) {
                std::fprintf(stderr, "placeline passages: no place called '%s' in the gazetteer\n", opts->place.c_str());
                return 1;
            }
        }
        // The contract's keys, then the sentences only when asked for (the contract stays exact).
        std::vector<std::string> columns{"file", "start", "end", "text", "time_start", "time_end", "time_basis", "places"};
        if (opts->sentences) columns.insert(columns.end(), {"sentences", "sentence_times"});
        const bool csv = opts->format == TableFormat::csv;
        TableWriter out(stdout, opts->format, columns);
        const Corpus& corpus = atlas->corpus();
        uint32_t current = UINT32_MAX;
        std::unique_ptr<CodepointMap> cps;
        for (uint32_t i = 0; i < corpus.passages.size(); ++i) {
            const Passage& p = corpus.passages[i];
            if (!atlas->passage_in(i, window, TimeAxis::event)) continue;
            std::vector<PlaceIndex> places = atlas->places_of_passage(i);
            if (!wanted.empty()) {
                bool hit = false;
                for (PlaceIndex w : wanted) hit |= std::find(places.begin(), places.end(), w) != places.end();
                if (!hit) continue;
            }
            if (p.article != current) {
                current = p.article;
                cps = std::make_unique<CodepointMap>(corpus.articles[current].text);
            }
            nlohmann::json ids = nlohmann::json::array();
            for (PlaceIndex pl : places) ids.push_back(gazetteer->place(pl).id);
            nlohmann::json row{{"file", corpus.articles[p.article].path},
                               {"start", cps->to_codepoint(p.span.start)},
                               {"end", cps->to_codepoint(p.span.end)},
                               {"text", std::string(corpus.text_of(p))},
                               {"time_start", format_iso(p.time.first)},
                               {"time_end", format_iso(p.time.last)},
                               {"time_basis", to_string(p.basis)},
                               {"places", ids}};
            if (opts->sentences) {
                // JSONL: [[start, end], ...]; CSV: "start-end;start-end".
                nlohmann::json spans = nlohmann::json::array();
                for (ByteSpan sentence : split_sentences(corpus.articles[p.article].text, p.span)) {
                    size_t a = cps->to_codepoint(sentence.start), b = cps->to_codepoint(sentence.end);
                    if (csv) spans.push_back(std::to_string(a) + "-" + std::to_string(b));
                    else spans.push_back({a, b});
                }
                row["sentences"] = std::move(spans);
                // Each sentence's own time: JSONL [time_start, time_end, time_basis]; CSV
                // "start/end/basis" joined by ';'.
                nlohmann::json times = nlohmann::json::array();
                for (const SentenceTime& s : p.sentences) {
                    if (csv) times.push_back(format_iso(s.time.first) + "/" + format_iso(s.time.last) + "/" + to_string(s.basis));
                    else times.push_back({format_iso(s.time.first), format_iso(s.time.last), to_string(s.basis)});
                }
                row["sentence_times"] = std::move(times);
            }
            out.row(row);
        }
        return 0;
    };
}

}  // namespace placeline::cli
