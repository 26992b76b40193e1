#include "mention_record.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "json_text.hpp"

namespace placeline::cli {

namespace {

// Each signal's name, and its place in the order of the names (the order a json object keeps its
// keys in): worked out once, so that a row's signals are named without measuring the names and
// sorted without comparing them.
struct SignalNames {
    std::array<std::string_view, 256> name;
    std::array<uint8_t, 256> rank;
    SignalNames() {
        std::array<uint8_t, 256> order;
        for (int i = 0; i < 256; ++i) {
            name[i] = to_string(Signal(i));
            order[i] = uint8_t(i);
        }
        std::stable_sort(order.begin(), order.end(), [&](uint8_t a, uint8_t b) { return name[a] < name[b]; });
        for (int r = 0; r < 256; ++r) rank[order[r]] = uint8_t(r);
    }
};
const SignalNames& signal_names() {
    static const SignalNames names;
    return names;
}

// Each signal's weight summed per signal, rounded to thousandths after each addition, in the
// order the signals first appear. Signals are told apart by value, not by name (each has a name
// of its own), and named once each.
struct SignalSum {
    Signal signal;
    std::string_view name;
    double weight;
};
size_t sum_signals(const Evidence& why, std::array<SignalSum, 12>& sums) {
    size_t n = 0;
    for (uint8_t i = 0; i < why.signal_count; ++i) {
        const Signal signal = why.signals[i].signal;
        auto it = std::find_if(sums.begin(), sums.begin() + n, [&](const SignalSum& s) { return s.signal == signal; });
        if (it == sums.begin() + n) sums[n++] = {signal, signal_names().name[uint8_t(signal)], 0.0};
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
    MentionRows(atlas).append(out, m, cps);
}

std::string_view MentionRows::place_text(PlaceIndex place, PlaceText which) {
    std::vector<Remembered>& table = which == PlaceText::mentioned ? mentioned_ : runners_up_;
    if (table.empty()) table.resize(size_t(1) << slot_bits_);
    Remembered& slot = table[(uint32_t(place) * 0x9E3779B1u) >> (32 - slot_bits_)];
    if (slot.place == place) return slot.text;
    const Gazetteer& g = atlas_.gazetteer();
    std::string& text = slot.text;
    text.clear();
    if (which == PlaceText::mentioned) {
        // Columns 5 to 10 of the row, without the commas around them.
        const PlaceFacts& f = g.facts(place);
        text += "\"place_id\":";
        append_json_string(text, g.id(place));
        text += ",\"name\":";
        append_json_string(text, g.name(place));
        text += ",\"lat\":";
        numbers_.append(text, f.lat);
        text += ",\"lon\":";
        numbers_.append(text, f.lon);
        text += ",\"country\":";
        append_json_string(text, f.country_code());
        text += ",\"kind\":";
        append_json_string(text, to_string(f.kind));
    } else {
        // A runner-up's object up to its total, keys sorted as in mention_json.
        text += "{\"name\":";
        append_json_string(text, g.name(place));
        text += ",\"place_id\":";
        append_json_string(text, g.id(place));
        text += ",\"total\":";
    }
    slot.place = place;
    return text;
}

void MentionRows::append(std::string& out, const Mention& m, const CodepointMap& cps) {
    const Gazetteer& g = atlas_.gazetteer();
    if (m.article != article_) {
        article_ = m.article;
        file_ = "{\"file\":";
        append_json_string(file_, atlas_.corpus().articles[m.article].path);
        file_ += ",\"start\":";
    }
    // Everything the row holds beyond its fixed keys, and the room it needs: the row is then
    // written through a pointer, every piece without a capacity test of its own.
    const std::string_view text = atlas_.surface(m);
    const std::string_view place = place_text(m.place, PlaceText::mentioned);
    const std::string_view matched =
        m.why.name_key < g.keys().size() ? g.key_text(g.keys()[m.why.name_key]) : std::string_view();
    std::array<SignalSum, 12> sums;
    const size_t n = sum_signals(m.why, sums);
    const SignalNames& names = signal_names();
    for (size_t i = 1; i < n; ++i)  // sorted by name, as a json object keeps its keys; at most 12
        for (size_t j = i; j > 0 && names.rank[uint8_t(sums[j].signal)] < names.rank[uint8_t(sums[j - 1].signal)]; --j)
            std::swap(sums[j], sums[j - 1]);
    // The fixed keys, punctuation and flags take some 200 bytes, and five numbers 32 each.
    size_t room = 512 + file_.size() + place.size() + json_string_room(text) + json_string_room(matched);
    // A runner-up's text is looked up only as it is written (two runners-up may share a slot),
    // so its room is what its id and name could take: 32 bytes of keys and punctuation.
    for (uint8_t i = 0; i < m.why.runner_up_count; ++i) {
        const PlaceIndex r = m.why.runners_up[i].place;
        room += 32 + json_string_room(g.name(r)) + json_string_room(g.id(r)) + json_number_room;
    }
    for (size_t i = 0; i < n; ++i) room += sums[i].name.size() + 4 + json_number_room;

    const size_t used = out.size();
    out.resize(used + room);
    char* p = out.data() + used;
    // Columns in mention_columns() order; inside `why` the keys are sorted, as in mention_json.
    p = write_text(p, file_);
    p = write_json_number(p, uint64_t(cps.to_codepoint(m.span.start)));
    p = write_text(p, ",\"end\":");
    p = write_json_number(p, uint64_t(cps.to_codepoint(m.span.end)));
    p = write_text(p, ",\"text\":");
    p = write_json_string(p, text);
    *p++ = ',';
    p = write_text(p, place);
    p = write_text(p, ",\"score\":");
    p = numbers_.write(p, double(m.score));
    p = write_text(p, ",\"why\":{\"candidates\":");
    p = write_json_number(p, uint64_t(m.why.candidates));
    p = write_text(p, ",\"flags\":[");
    bool first = true;
    for (std::string_view name : flag_names(m.flags)) {
        if (!first) *p++ = ',';
        first = false;
        p = write_json_string(p, name);
    }
    *p++ = ']';
    if (m.why.name_key < g.keys().size()) {
        p = write_text(p, ",\"matched\":");
        p = write_json_string(p, matched);
    }
    p = write_text(p, ",\"runners_up\":[");
    for (uint8_t i = 0; i < m.why.runner_up_count; ++i) {
        if (i) *p++ = ',';
        p = write_text(p, place_text(m.why.runners_up[i].place, PlaceText::runner_up));
        p = numbers_.write(p, rounded_total(m.why.runners_up[i].total));
        *p++ = '}';
    }
    p = write_text(p, "],\"signals\":");
    if (n == 0) p = write_text(p, "{}");
    for (size_t i = 0; i < n; ++i) {
        *p++ = i ? ',' : '{';
        *p++ = '"';
        p = write_text(p, sums[i].name);
        p = write_text(p, "\":");
        p = numbers_.write(p, sums[i].weight);
    }
    if (n) *p++ = '}';
    p = write_text(p, ",\"total\":");
    p = numbers_.write(p, rounded_total(m.why.total));
    p = write_text(p, "}}\n");
    out.resize(size_t(p - out.data()));
}

}  // namespace placeline::cli
