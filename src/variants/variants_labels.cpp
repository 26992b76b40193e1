// Map labels: what to call a place, by the user's choice and the time window. A pure function of
// its inputs, so the map, `placeline render` and the tests agree.
#include <algorithm>
#include <map>

#include "placeline/places/names.hpp"
#include "placeline/variants/variants.hpp"

namespace placeline {

const char* to_string(LabelMode m) {
    switch (m) {
        case LabelMode::most_written: return "most-written";
        case LabelMode::english: return "english";
        case LabelMode::local: return "local";
        case LabelMode::language: return "language";
    }
    return "most-written";
}

LabelMode label_mode_from_string(std::string_view s) {
    for (LabelMode m : {LabelMode::most_written, LabelMode::english, LabelMode::local, LabelMode::language})
        if (s == to_string(m)) return m;
    return LabelMode::most_written;
}

namespace {

// The official language of a country, for the "local" labels. Countries not listed keep the
// English name.
std::string_view official_language(std::string_view country) {
    static const std::pair<std::string_view, std::string_view> table[] = {
        {"AM", "hy"}, {"AZ", "az"}, {"GE", "ka"}, {"RU", "ru"}, {"UA", "uk"}, {"BY", "be"}, {"TR", "tr"},
        {"IR", "fa"}, {"KZ", "kk"}, {"KG", "ky"}, {"TJ", "tg"}, {"UZ", "uz"}, {"TM", "tk"}, {"MD", "ro"},
        {"RO", "ro"}, {"BG", "bg"}, {"GR", "el"}, {"IL", "he"}, {"SY", "ar"}, {"IQ", "ar"}, {"FR", "fr"},
        {"DE", "de"}, {"ES", "es"}, {"IT", "it"}, {"PL", "pl"}, {"CN", "zh"}, {"JP", "ja"}, {"RS", "sr"},
        {"LT", "lt"}, {"LV", "lv"}, {"EE", "et"}, {"NL", "nl"}, {"PT", "pt"}, {"SE", "sv"}, {"NO", "nb"}};
    for (auto [c, l] : table)
        if (c == country) return l;
    return {};
}

// The script a language is written in by default.
std::string_view default_script(std::string_view lang) {
    static const std::pair<std::string_view, std::string_view> table[] = {
        {"ru", "Cyrl"}, {"uk", "Cyrl"}, {"be", "Cyrl"}, {"bg", "Cyrl"}, {"sr", "Cyrl"}, {"kk", "Cyrl"},
        {"ky", "Cyrl"}, {"tg", "Cyrl"}, {"mk", "Cyrl"}, {"mn", "Cyrl"}, {"hy", "Armn"}, {"ka", "Geor"},
        {"el", "Grek"}, {"he", "Hebr"}, {"ar", "Arab"}, {"fa", "Arab"}, {"ur", "Arab"}, {"zh", "Hani"},
        {"ja", "Jpan"}, {"ko", "Kore"}};
    for (auto [l, s] : table)
        if (l == lang) return s;
    return "Latn";
}

bool is_script_code(std::string_view tag) {
    return tag.size() == 4 && tag[0] >= 'A' && tag[0] <= 'Z' && tag[1] >= 'a' && tag[1] <= 'z';
}

std::string_view primary_language(std::string_view tag) { return tag.substr(0, tag.find('-')); }

// The spelling of a place in a language or script, or empty.
std::string name_in(const Place& place, std::string_view wanted) {
    if (wanted.empty()) return {};
    if (is_script_code(wanted)) {
        for (const Name& n : place.names)
            if (script_of(n.text) == wanted) return n.text;
        return {};
    }
    // A name tagged with the language itself ("hy"), then with the language and its usual script
    // ("az-Latn", not the romanisation "hy-Latn").
    for (const Name& n : place.names)
        if (n.lang == wanted) return n.text;
    const std::string_view script = default_script(wanted);
    for (const Name& n : place.names)
        if (primary_language(n.lang) == wanted && script_of(n.text) == script) return n.text;
    if (script != "Latn") {
        // GeoNames tags only scripts ("und-Cyrl"): the first name in the language's script.
        for (const Name& n : place.names)
            if (script_of(n.text) == script) return n.text;
    } else if (wanted == "az" || wanted == "tr") {
        // Azerbaijani and Turkish spellings show themselves by their letters (ə, ı, ş, ğ).
        for (const Name& n : place.names)
            if (n.text.find("ə") != std::string::npos || n.text.find("ı") != std::string::npos ||
                n.text.find("Ş") != std::string::npos || n.text.find("ş") != std::string::npos)
                return n.text;
    }
    return {};
}

std::string_view wanted_language(const Place& place, const LabelChoice& choice) {
    switch (choice.mode) {
        case LabelMode::local: return official_language(place.country);
        case LabelMode::language: return choice.language;
        default: return "en";
    }
}

}  // namespace

std::string label_for(const Place& place, const LabelChoice& choice, const TimeSpan& window,
                      const std::vector<DatedName>& dated, std::string_view most_written) {
    const std::string_view lang = wanted_language(place, choice);
    // A name with dates, when the window ends inside its years: the later name of a renaming year.
    if (window.valid() && !dated.empty() && window.last < make_day(9999, 12, 31) && window.last > make_day(-4000, 1, 1)) {
        const int year = civil_from_day(window.last).year;
        const std::string folded = fold_name(place.name);
        int best_from = INT32_MIN;
        for (const DatedName& d : dated)
            if (year >= d.from_year && year <= d.to_year && d.country == place.country && d.from_year > best_from &&
                fold_name(d.place) == folded)
                best_from = d.from_year;
        if (best_from != INT32_MIN) {
            const DatedName* pick = nullptr;
            for (const DatedName& d : dated) {
                if (d.from_year != best_from || d.country != place.country || fold_name(d.place) != folded) continue;
                bool fits = is_script_code(lang) ? script_of(d.name) == lang : primary_language(d.lang) == lang;
                if (fits) pick = &d;
                else if (!pick && d.lang == "en") pick = &d;
            }
            if (pick) return pick->name;
        }
    }
    switch (choice.mode) {
        case LabelMode::most_written:
            return most_written.empty() ? place.name : std::string(most_written);
        case LabelMode::english: return place.name;
        case LabelMode::local:
        case LabelMode::language: {
            std::string n = name_in(place, lang);
            return n.empty() ? place.name : n;
        }
    }
    return place.name;
}

// "As most articles write it": each article votes for the form it uses most for the place, and
// the form with most votes wins (ties: more uses in all). Counting articles that use a form at
// all would favour a short form every article drops once ("Karabakh") over the one they write.
std::unordered_map<PlaceIndex, std::string> most_written_forms(const Atlas& atlas) {
    struct Tally {
        uint32_t votes = 0, count = 0;
    };
    // Per place: its forms' tallies; per (place, article): that article's uses of each form.
    std::unordered_map<PlaceIndex, std::vector<std::pair<std::string_view, Tally>>> tallies;
    std::map<std::pair<PlaceIndex, uint32_t>, std::vector<std::pair<std::string_view, uint32_t>>> in_article;
    for (const Mention& m : atlas.mentions()) {
        if (m.flags & mention_fuzzy) continue;
        std::string_view form = atlas.surface(m);
        auto& forms = tallies[m.place];
        auto it = std::find_if(forms.begin(), forms.end(), [&](const auto& f) { return f.first == form; });
        if (it == forms.end()) it = forms.insert(forms.end(), {form, Tally{}});
        ++it->second.count;
        auto& uses = in_article[{m.place, m.article}];
        auto u = std::find_if(uses.begin(), uses.end(), [&](const auto& f) { return f.first == form; });
        if (u == uses.end()) u = uses.insert(uses.end(), {form, 0});
        ++u->second;
    }
    for (const auto& [key, uses] : in_article) {
        auto top = std::max_element(uses.begin(), uses.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        auto& forms = tallies[key.first];
        for (auto& f : forms)
            if (f.first == top->first) ++f.second.votes;
    }
    std::unordered_map<PlaceIndex, std::string> out;
    for (auto& [place, forms] : tallies) {
        auto best = forms.begin();
        for (auto it = forms.begin(); it != forms.end(); ++it)
            if (std::pair(it->second.votes, it->second.count) > std::pair(best->second.votes, best->second.count))
                best = it;
        out.emplace(place, std::string(best->first));
    }
    return out;
}

}  // namespace placeline
