// The variant report: for each place the corpus mentions, its forms per article, its known names by
// script, its suspects, and the flags an editor wants to see (see variants.hpp).
//
// Index:
//   1. forms per place and article, from the atlas's mentions (fuzzy ones are suspects instead)
//   2. known names grouped by script
//   3. flags: inconsistent in an article, across articles; contested pairs; suspicious rows
#include <algorithm>
#include <set>
#include <unordered_map>

#include "placeline/places/names.hpp"
#include "variants_internal.hpp"

namespace placeline {

std::vector<std::string> flag_names(uint8_t flags) {
    std::vector<std::string> out;
    if (flags & flag_inconsistent_in_article) out.push_back("inconsistent-in-article");
    if (flags & flag_inconsistent_across) out.push_back("inconsistent-across-articles");
    if (flags & flag_contested) out.push_back("contested");
    if (flags & flag_suspicious_gazetteer) out.push_back("suspicious-gazetteer");
    if (flags & flag_misspelt) out.push_back("misspelt");
    return out;
}

const char* script_display_name(std::string_view s) {
    static const std::pair<std::string_view, const char*> table[] = {
        {"Latn", "Latin"},   {"Cyrl", "Cyrillic"}, {"Armn", "Armenian"}, {"Geor", "Georgian"}, {"Grek", "Greek"},
        {"Arab", "Arabic"},  {"Hebr", "Hebrew"},   {"Hani", "Han"},      {"Hira", "Hiragana"}, {"Kana", "Katakana"},
        {"Hang", "Hangul"},  {"Thai", "Thai"},     {"Deva", "Devanagari"}, {"Beng", "Bengali"}, {"Taml", "Tamil"},
        {"Ethi", "Ethiopic"}, {"Syrc", "Syriac"},  {"Thaa", "Thaana"},   {"Mlym", "Malayalam"}, {"Telu", "Telugu"},
        {"Knda", "Kannada"}, {"Gujr", "Gujarati"}, {"Guru", "Gurmukhi"}, {"Sinh", "Sinhala"},   {"Khmr", "Khmer"},
        {"Laoo", "Lao"},     {"Mymr", "Myanmar"},  {"Tibt", "Tibetan"},  {"Mong", "Mongolian"}, {"Zyyy", "Common"}};
    for (auto [code, name] : table)
        if (code == s) return name;
    return "Other";
}

const PlaceVariants* VariantReport::find(PlaceIndex p) const {
    for (const PlaceVariants& v : places)
        if (v.place == p) return &v;
    return nullptr;
}

namespace {

// The script subtag of a BCP 47 tag ("und-Cyrl", "az-Latn"), else empty.
std::string_view script_subtag(std::string_view tag) {
    for (size_t at = 0; at < tag.size();) {
        size_t end = tag.find('-', at);
        if (end == std::string_view::npos) end = tag.size();
        std::string_view part = tag.substr(at, end - at);
        if (part == "x") break;  // private use: nothing after it is a script
        if (part.size() == 4 && part[0] >= 'A' && part[0] <= 'Z') return part;
        at = end + 1;
    }
    return {};
}

std::vector<KnownName> known_names(const Place& p) {
    std::vector<KnownName> out;
    for (const Name& n : p.names) {
        std::string script(script_subtag(n.lang));
        if (script.empty()) script = script_of(n.text);
        std::string lang = n.lang.empty() ? "und-" + script : n.lang;
        out.push_back({n.text, std::move(lang), std::move(script)});
    }
    // Latin first (what English readers look for), then by script code; the gazetteer's order
    // (canonical name first) inside each script.
    std::stable_sort(out.begin(), out.end(), [](const KnownName& a, const KnownName& b) {
        bool la = a.script == "Latn", lb = b.script == "Latn";
        if (la != lb) return la;
        return a.script < b.script;
    });
    return out;
}

void add_flags_for_forms(PlaceVariants& v, const std::vector<std::set<std::string>>& per_article,
                         const std::vector<uint32_t>& articles) {
    std::set<std::string> all;
    for (size_t i = 0; i < articles.size(); ++i) {
        all.insert(per_article[i].begin(), per_article[i].end());
        if (per_article[i].size() > 1) {
            v.flags |= flag_inconsistent_in_article;
            v.inconsistent_articles.push_back(articles[i]);
        }
    }
    if (all.size() > 1 && articles.size() > 1)
        for (size_t i = 1; i < articles.size(); ++i)
            if (per_article[i] != per_article[0]) v.flags |= flag_inconsistent_across;
}

}  // namespace

VariantReport build_variant_report(const Atlas& atlas, const VariantData& data) {
    const Gazetteer& g = atlas.gazetteer();
    VariantReport report;
    std::unordered_map<PlaceIndex, size_t> slot;
    for (const PlaceCount& pc : atlas.places()) {
        slot[pc.place] = report.places.size();
        report.places.push_back({});
        report.places.back().place = pc.place;
    }

    // --- 1. Forms. Mentions come sorted by passage, and passages by article.
    struct FormsOfPlace {
        std::vector<uint32_t> articles;                      // articles mentioning it, in order
        std::vector<std::set<std::string>> folded;           // per such article: folded forms
    };
    std::vector<FormsOfPlace> fp(report.places.size());
    std::string folded;
    for (const Mention& m : atlas.mentions()) {
        if (m.flags & mention_fuzzy) continue;
        auto it = slot.find(m.place);
        if (it == slot.end()) continue;
        PlaceVariants& v = report.places[it->second];
        std::string_view form = atlas.surface(m);
        auto f = std::find_if(v.forms.begin(), v.forms.end(), [&](const FormUse& u) { return u.form == form; });
        if (f == v.forms.end()) {
            v.forms.push_back({std::string(form), 0, {}});
            f = v.forms.end() - 1;
        }
        ++f->count;
        if (f->articles.empty() || f->articles.back().first != m.article) f->articles.push_back({m.article, 0});
        ++f->articles.back().second;
        FormsOfPlace& x = fp[it->second];
        if (x.articles.empty() || x.articles.back() != m.article) {
            x.articles.push_back(m.article);
            x.folded.emplace_back();
        }
        x.folded.back().insert(fold_name(form));
    }

    // --- 3 (part). Suspicious gazetteer rows, by the places they name.
    report.suspicious_rows = suspicious_admin1_rows(g);
    std::unordered_map<PlaceIndex, std::vector<const SuspiciousRow*>> row_of;
    for (const SuspiciousRow& r : report.suspicious_rows) {
        row_of[r.row].push_back(&r);
        for (PlaceIndex p : r.named) row_of[p].push_back(&r);
        for (PlaceIndex p : r.gn_named) row_of[p].push_back(&r);
    }

    // Contested pairs: the folded spellings of each side.
    std::vector<std::pair<std::set<std::string>, std::set<std::string>>> sides;
    for (const ContestedPair& c : data.contested) {
        std::set<std::string> a, b;
        for (const auto& s : c.side_a) a.insert(fold_name(s));
        for (const auto& s : c.side_b) b.insert(fold_name(s));
        sides.push_back({std::move(a), std::move(b)});
    }

    for (size_t i = 0; i < report.places.size(); ++i) {
        PlaceVariants& v = report.places[i];
        std::stable_sort(v.forms.begin(), v.forms.end(), [](const FormUse& a, const FormUse& b) { return a.count > b.count; });
        const Place& p = g.place(v.place);
        // --- 2. Known names
        v.known = known_names(p);
        // --- 3. Flags
        add_flags_for_forms(v, fp[i].folded, fp[i].articles);
        std::set<std::string> used, names;
        for (const auto& s : fp[i].folded) used.insert(s.begin(), s.end());
        names = used;
        for (const Name& n : p.names) names.insert(fold_name(n.text));
        for (size_t c = 0; c < sides.size(); ++c) {
            const auto& [a, b] = sides[c];
            auto meets = [](const std::set<std::string>& x, const std::set<std::string>& y) {
                for (const auto& s : x)
                    if (y.count(s)) return true;
                return false;
            };
            if (!meets(a, names) || !meets(b, names) || !(meets(a, used) || meets(b, used))) continue;
            ContestedUse use{data.contested[c], {}, {}};
            for (size_t k = 0; k < fp[i].articles.size(); ++k) {
                if (meets(a, fp[i].folded[k])) use.articles_a.push_back(fp[i].articles[k]);
                if (meets(b, fp[i].folded[k])) use.articles_b.push_back(fp[i].articles[k]);
            }
            v.contested.push_back(std::move(use));
            v.flags |= flag_contested;
        }
        if (auto it = row_of.find(v.place); it != row_of.end()) {
            v.flags |= flag_suspicious_gazetteer;
            for (const SuspiciousRow* r : it->second) {
                auto which = [&](const std::vector<PlaceIndex>& ps) {
                    return ps.empty() ? std::string("no other place")
                                      : std::string(g.name(ps.front())) + " (" + std::string(g.id(ps.front())) + ")";
                };
                std::string note = "Natural Earth admin-1 row " + std::string(g.id(r->row)) + ": name '" + r->name +
                                   "' is " + which(r->named) + ", gn_name '" + r->gn_name + "' is " + which(r->gn_named);
                if (std::find(v.gazetteer_notes.begin(), v.gazetteer_notes.end(), note) == v.gazetteer_notes.end())
                    v.gazetteer_notes.push_back(std::move(note));
            }
        }
    }

    // Suspects, under the place each most likely means.
    for (auto& [place, s] : variants::find_suspects(atlas)) {
        auto it = slot.find(place);
        if (it == slot.end()) continue;
        report.places[it->second].suspects.push_back(std::move(s));
        report.places[it->second].flags |= flag_misspelt;
        ++report.suspect_count;
    }
    return report;
}

}  // namespace placeline
