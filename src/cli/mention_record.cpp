#include "mention_record.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "json_text.hpp"

namespace placeline::cli {

namespace {

// Each signal's weight summed per signal, rounded to thousandths after each addition, in the
// order the signals first appear.
struct SignalSum {
    std::string_view name;
    double weight;
};
size_t sum_signals(const Evidence& why, std::array<SignalSum, 12>& sums) {
    size_t n = 0;
    for (uint8_t i = 0; i < why.signal_count; ++i) {
        std::string_view name = to_string(why.signals[i].signal);
        auto it = std::find_if(sums.begin(), sums.begin() + n, [&](const SignalSum& s) { return s.name == name; });
        if (it == sums.begin() + n) sums[n++] = {name, 0.0};
        it->weight = std::round((it->weight + why.signals[i].weight()) * 1000) / 1000;
    }
    return n;
}

std::vector<std::string_view> flag_names(uint16_t flags) {
    std::vector<std::string_view> out;
    if (flags & mention_fuzzy) out.push_back("fuzzy");
    if (flags & mention_qualified) out.push_back("qualified");
    if (flags & mention_overridden) out.push_back("overridden");
    if (flags & mention_transliterated) out.push_back("transliterated");
    return out;
}

// Totals are floats rounded to thousandths as floats, then widened.
double rounded_total(float total) { return std::round(total * 1000) / 1000; }

}  // namespace

const std::vector<std::string>& mention_columns() {
    static const std::vector<std::string> columns = {"file", "start", "end", "text", "place_id", "name",
                                                     "lat", "lon", "country", "kind", "score", "why"};
    return columns;
}

nlohmann::json mention_json(const Atlas& atlas, const Mention& m, const CodepointMap& cps) {
    const Gazetteer& g = atlas.gazetteer();
    const Article& a = atlas.corpus().articles[m.article];
    const Place& p = g.place(m.place);
    // The evidence: each signal's weight, the total, how many places bear the name, the name
    // matched, the runners-up and the flags.
    std::array<SignalSum, 12> sums;
    nlohmann::json signals = nlohmann::json::object();
    for (size_t i = 0, n = sum_signals(m.why, sums); i < n; ++i) signals[std::string(sums[i].name)] = sums[i].weight;
    nlohmann::json runners = nlohmann::json::array();
    for (uint8_t i = 0; i < m.why.runner_up_count; ++i) {
        const RunnerUp& r = m.why.runners_up[i];
        runners.push_back({{"place_id", std::string(g.id(r.place))},
                           {"name", std::string(g.name(r.place))},
                           {"total", rounded_total(r.total)}});
    }
    nlohmann::json flags = nlohmann::json::array();
    for (std::string_view f : flag_names(m.flags)) flags.push_back(f);
    nlohmann::json why = {{"signals", signals},
                          {"total", rounded_total(m.why.total)},
                          {"candidates", m.why.candidates},
                          {"runners_up", runners},
                          {"flags", flags}};
    if (m.why.name_key < g.keys().size()) why["matched"] = std::string(g.key_text(g.keys()[m.why.name_key]));
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
            {"why", why}};
}

void append_mention_jsonl(std::string& out, const Atlas& atlas, const Mention& m, const CodepointMap& cps) {
    const Gazetteer& g = atlas.gazetteer();
    const PlaceFacts& f = g.facts(m.place);
    // Columns in mention_columns() order; inside `why` the keys are sorted, as in mention_json.
    JsonObjectOut row(out);
    row.string("file", atlas.corpus().articles[m.article].path);
    row.number("start", uint64_t(cps.to_codepoint(m.span.start)));
    row.number("end", uint64_t(cps.to_codepoint(m.span.end)));
    row.string("text", atlas.surface(m));
    row.string("place_id", g.id(m.place));
    row.string("name", g.name(m.place));
    row.number("lat", f.lat);
    row.number("lon", f.lon);
    row.string("country", f.country_code());
    row.string("kind", to_string(f.kind));
    row.number("score", double(m.score));
    row.key("why");
    JsonObjectOut why(out);
    why.number("candidates", uint64_t(m.why.candidates));
    why.key("flags") += '[';
    bool first = true;
    for (std::string_view name : flag_names(m.flags)) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, name);
    }
    out += ']';
    if (m.why.name_key < g.keys().size()) why.string("matched", g.key_text(g.keys()[m.why.name_key]));
    why.key("runners_up") += '[';
    for (uint8_t i = 0; i < m.why.runner_up_count; ++i) {
        const RunnerUp& r = m.why.runners_up[i];
        if (i) out += ',';
        JsonObjectOut runner(out);
        runner.string("name", g.name(r.place));
        runner.string("place_id", g.id(r.place));
        runner.number("total", rounded_total(r.total));
        runner.close();
    }
    out += ']';
    std::array<SignalSum, 12> sums;
    size_t n = sum_signals(m.why, sums);
    for (size_t i = 1; i < n; ++i)  // sorted by name, as a json object keeps its keys; at most 12
        for (size_t j = i; j > 0 && sums[j].name < sums[j - 1].name; --j) std::swap(sums[j], sums[j - 1]);
    why.key("signals");
    JsonObjectOut signals(out);
    for (size_t i = 0; i < n; ++i) signals.number(sums[i].name, sums[i].weight);
    signals.close();
    why.number("total", rounded_total(m.why.total));
    why.close();
    row.close();
    out += '\n';
}

}  // namespace placeline::cli
