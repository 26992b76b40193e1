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
// of its own); they are named as they are written.
struct SignalSum {
    Signal signal;
    double weight;
};
size_t sum_signals(const Evidence& why, std::array<SignalSum, 12>& sums) {
    size_t n = 0;
    for (uint8_t i = 0; i < why.signal_count; ++i) {
        const Signal signal = why.signals[i].signal;
        size_t k = 0;
        while (k < n && sums[k].signal != signal) ++k;
        if (k == n) sums[n++] = {signal, 0.0};
        sums[k].weight = std::round((sums[k].weight + why.signals[i].weight()) * 1000) / 1000;
    }
    return n;
}

// The flags' names, in the order the records list them.
constexpr std::pair<uint16_t, std::string_view> flag_names[] = {
    {mention_fuzzy, "fuzzy"},
    {mention_qualified, "qualified"},
    {mention_overridden, "overridden"},
    {mention_transliterated, "transliterated"},
};

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
    for (size_t i = 0, n = sum_signals(m.why, sums); i < n; ++i)
        signals[std::string(signal_names().name[uint8_t(sums[i].signal)])] = sums[i].weight;
    nlohmann::json runners = nlohmann::json::array();
    for (uint8_t i = 0; i < m.why.runner_up_count; ++i) {
        const RunnerUp& r = m.why.runners_up[i];
        runners.push_back({{"place_id", std::string(g.id(r.place))},
                           {"name", std::string(g.name(r.place))},
                           {"total", rounded_total(r.total)}});
    }
    nlohmann::json flags = nlohmann::json::array();
    for (auto [flag, name] : flag_names)
        if (m.flags & flag) flags.push_back(name);
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
    if (shared_places_) {
        const uint64_t key_word = uint64_t(place) | uint64_t(which) << 32;
        const std::string_view key(reinterpret_cast<const char*>(&key_word), sizeof key_word);
        const uint64_t hash = key_word * 0x9E3779B97F4A7C15ull;
        const SharedTexts::Found found = shared_places_->find(hash, key);
        if (found.found) return found.text;
        if (found.empty) {
            TextBuffer& text = made_places_[int(which)];
            make_place_text(text, place, which);
            return shared_places_->publish(found, hash, key, text.view(), arena_);
        }
    }
    std::vector<Remembered>& table = which == PlaceText::mentioned ? mentioned_ : runners_up_;
    if (table.empty()) table.resize(size_t(1) << slot_bits_);
    Remembered& slot = table[(uint32_t(place) * 0x9E3779B1u) >> (32 - slot_bits_)];
    if (slot.place == place) return slot.text.view();
    make_place_text(slot.text, place, which);
    slot.place = place;
    return slot.text.view();
}

void MentionRows::make_place_text(TextBuffer& text, PlaceIndex place, PlaceText which) {
    const Gazetteer& g = atlas_.gazetteer();
    const std::string_view id = g.id(place), name = g.name(place);
    text.clear();
    char* p;
    if (which == PlaceText::mentioned) {
        // Columns 5 to 10 of the row, without the commas around them. A place's point is its own
        // (not worth remembering among the numbers the rows repeat).
        const PlaceFacts& f = g.facts(place);
        const std::string_view country = f.country_code(), kind = to_string(f.kind);
        p = text.room(64 + json_string_room(id) + json_string_room(name) + 2 * json_number_room +
                      json_string_room(country) + json_string_room(kind));
        p = write_text(p, "\"place_id\":");
        p = write_json_string(p, id);
        p = write_text(p, ",\"name\":");
        p = write_json_string(p, name);
        p = write_text(p, ",\"lat\":");
        p = write_json_number(p, f.lat);
        p = write_text(p, ",\"lon\":");
        p = write_json_number(p, f.lon);
        p = write_text(p, ",\"country\":");
        p = write_json_string(p, country);
        p = write_text(p, ",\"kind\":");
        p = write_json_string(p, kind);
    } else {
        // A runner-up's object up to its total, keys sorted as in mention_json.
        p = text.room(32 + json_string_room(id) + json_string_room(name));
        p = write_text(p, "{\"name\":");
        p = write_json_string(p, name);
        p = write_text(p, ",\"place_id\":");
        p = write_json_string(p, id);
        p = write_text(p, ",\"total\":");
    }
    text.commit(p);
}

MentionRows::WhyKey MentionRows::why_key(const Mention& m) {
    const Evidence& why = m.why;
    WhyKey key;
    auto put = [&](uint32_t word) { key.words[key.size++] = word; };
    auto bits = [](float f) {
        uint32_t b;
        std::memcpy(&b, &f, sizeof b);
        return b;
    };
    put(uint32_t(why.signal_count) | uint32_t(why.runner_up_count) << 8 | uint32_t(m.flags) << 16);
    put(bits(why.total));
    put(why.candidates);
    put(why.name_key);
    for (uint8_t i = 0; i < why.signal_count; ++i)
        put(uint32_t(uint8_t(why.signals[i].signal)) << 16 | uint16_t(why.signals[i].hundredths));
    for (uint8_t i = 0; i < why.runner_up_count; ++i) {
        put(why.runners_up[i].place);
        put(bits(why.runners_up[i].total));
    }
    return key;
}

char* MentionRows::write_why(TextBuffer& out, char* p, const Mention& m) {
    const WhyKey key = why_key(m);
    // Hashed two words at a time (the words past the key's size are zero).
    uint64_t hash = 0;
    for (uint32_t i = 0; i < key.size; i += 2) {
        uint64_t pair;
        std::memcpy(&pair, &key.words[i], sizeof pair);
        hash = (hash ^ pair) * 0x9E3779B97F4A7C15ull;
    }
    // Shared first; kept on this thread's own where the shared table has no room for it.
    const std::string_view key_bytes(reinterpret_cast<const char*>(key.words.data()), key.size * sizeof(uint32_t));
    SharedTexts::Found shared;
    if (shared_whys_) {
        shared = shared_whys_->find(hash, key_bytes);
        if (shared.found) {
            p = out.room(p, shared.text.size());
            return write_text(p, shared.text);
        }
    }
    RememberedWhy* slot = nullptr;
    if (!shared.empty) {
        if (whys_.empty()) whys_.resize(size_t(1) << slot_bits_);
        slot = &whys_[hash >> (64 - slot_bits_)];
        if (slot->key == key) {
            p = out.room(p, slot->text.size());
            return write_text(p, slot->text);
        }
    }

    const Gazetteer& g = atlas_.gazetteer();
    const Evidence& why = m.why;
    const std::string_view matched =
        why.name_key < g.keys().size() ? g.key_text(g.keys()[why.name_key]) : std::string_view();
    std::array<SignalSum, 12> sums;
    const size_t n = sum_signals(why, sums);
    const SignalNames& names = signal_names();
    for (size_t i = 1; i < n; ++i)  // sorted by name, as a json object keeps its keys; at most 12
        for (size_t j = i; j > 0 && names.rank[uint8_t(sums[j].signal)] < names.rank[uint8_t(sums[j - 1].signal)]; --j)
            std::swap(sums[j], sums[j - 1]);
    // Up to the runners-up: keys, punctuation and flags take some 100 bytes, the candidates a number.
    p = out.room(p, 128 + json_number_room + json_string_room(matched));
    const size_t start = size_t(p - out.data());
    // Inside `why` the keys are sorted, as in mention_json.
    p = write_text(p, ",\"why\":{\"candidates\":");
    p = write_json_number(p, uint64_t(why.candidates));
    p = write_text(p, ",\"flags\":[");
    bool first = true;
    for (auto [flag, name] : flag_names) {
        if (!(m.flags & flag)) continue;
        if (!first) *p++ = ',';
        first = false;
        *p++ = '"';
        p = write_text(p, name);
        *p++ = '"';
    }
    *p++ = ']';
    if (why.name_key < g.keys().size()) {
        p = write_text(p, ",\"matched\":");
        p = write_json_string(p, matched);
    }
    p = write_text(p, ",\"runners_up\":[");
    for (uint8_t i = 0; i < why.runner_up_count; ++i) {
        // Each runner-up's text is looked up as it is written (two may share a slot).
        const std::string_view text = place_text(why.runners_up[i].place, PlaceText::runner_up);
        p = out.room(p, text.size() + json_number_room + 2);
        if (i) *p++ = ',';
        p = write_text(p, text);
        p = numbers_.write(p, rounded_total(why.runners_up[i].total));
        *p++ = '}';
    }
    // The rest: keys and punctuation, each signal's name, and numbers.
    size_t room = 32 + json_number_room;
    for (size_t i = 0; i < n; ++i) room += names.name[uint8_t(sums[i].signal)].size() + 4 + json_number_room;
    p = out.room(p, room);
    p = write_text(p, "],\"signals\":");
    if (n == 0) p = write_text(p, "{}");
    for (size_t i = 0; i < n; ++i) {
        *p++ = i ? ',' : '{';
        *p++ = '"';
        p = write_text(p, names.name[uint8_t(sums[i].signal)]);
        p = write_text(p, "\":");
        p = numbers_.write(p, sums[i].weight);
    }
    if (n) *p++ = '}';
    p = write_text(p, ",\"total\":");
    p = numbers_.write(p, rounded_total(why.total));
    p = write_text(p, "}}\n");
    const std::string_view text(out.data() + start, size_t(p - out.data()) - start);
    if (slot) {
        slot->key = key;
        slot->text.assign(text);
    } else {
        shared_whys_->publish(shared, hash, key_bytes, text, arena_);
    }
    return p;
}

void MentionRows::append(TextBuffer& out, const Mention& m, const CodepointMap* cps) {
    if (m.article != article_) {
        article_ = m.article;
        file_ = "{\"file\":";
        append_json_string(file_, atlas_.corpus().articles[m.article].path);
        file_ += ",\"start\":";
    }
    const std::string_view text = atlas_.surface(m);
    const std::string_view place = place_text(m.place, PlaceText::mentioned);
    // Up to `why`: keys and punctuation take some 40 bytes, and three numbers 32 each.
    char* p = out.room(64 + 3 * json_number_room + file_.size() + place.size() + json_string_room(text));
    // Columns in mention_columns() order.
    // The end counted from the start, over the mention's own few bytes, rather than from the
    // checkpoint before it (the same count: code points are the bytes that do not continue one).
    // A surface written as it is (nearly every one) is ASCII: a code point a byte.
    const bool plain = plain_json_string(text);
    const size_t start = cps ? cps->to_codepoint(m.span.start)
                             : std::min<size_t>(m.span.start, atlas_.corpus().articles[m.article].text.size());
    p = write_text(p, file_);
    p = write_json_number(p, uint64_t(start));
    p = write_text(p, ",\"end\":");
    p = write_json_number(p, uint64_t(start + (plain ? text.size() : count_codepoints(text))));
    p = write_text(p, ",\"text\":");
    p = plain ? write_plain_json_string(p, text) : write_json_string(p, text);
    *p++ = ',';
    p = write_text(p, place);
    p = write_text(p, ",\"score\":");
    p = numbers_.write(p, double(m.score));
    out.commit(write_why(out, p, m));
}

void MentionRows::append(std::string& out, const Mention& m, const CodepointMap& cps) {
    row_.clear();
    append(row_, m, cps);
    out += row_.view();
}

}  // namespace placeline::cli
