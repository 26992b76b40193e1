// Resolution: each match's candidates are scored by adding signals (see Signal in mention.hpp),
// every one kept with its weight so that the choice can be explained and shown.
//
//   1. priors: kind, population, curated, exact name, seat of a same-named region
//   2. local words: cues, qualifiers, common words, parts of other names
//   3. the document: the countries and points of its confident places (anchors)
//   4. one sense per name per document, unless a mention's own evidence is strong
//   5. the threshold: a match whose best total stays below it is no mention
// Weights are in log-odds-like units; the threshold is 1.5. They were set by hand on the
// annotated sample corpus and the unit tests, which are what keeps them honest.
#include <algorithm>
#include <cmath>
#include <map>

#include "placeline/places/matcher.hpp"
#include "placeline/places/names.hpp"
#include "placeline/places/resolution.hpp"

namespace placeline {

const char* to_string(Signal s) {
    switch (s) {
        case Signal::kind: return "kind";
        case Signal::population: return "population";
        case Signal::curated: return "curated";
        case Signal::exact_name: return "exact_name";
        case Signal::seat_of_region: return "seat_of_region";
        case Signal::context_country: return "context_country";
        case Signal::context_distance: return "context_distance";
        case Signal::qualifier: return "qualifier";
        case Signal::cue: return "cue";
        case Signal::demonym_cue: return "demonym_cue";
        case Signal::common_word: return "common_word";
        case Signal::name_part: return "name_part";
        case Signal::organisation: return "organisation";
        case Signal::sentence_start: return "sentence_start";
        case Signal::one_sense: return "one_sense";
        case Signal::fuzzy: return "fuzzy";
        case Signal::override_: return "override";
    }
    return "?";
}

namespace resolution {
namespace {

constexpr float threshold = 1.5f;

float kind_weight(PlaceKind k) {
    switch (k) {
        case PlaceKind::continent: return 3.0f;
        case PlaceKind::country: return 3.0f;
        case PlaceKind::region: return 2.5f;
        case PlaceKind::capital: return 2.5f;
        case PlaceKind::corridor: return 2.0f;
        case PlaceKind::water: return 2.0f;
        case PlaceKind::admin1: return 1.5f;
        case PlaceKind::landmark: return 1.5f;
        case PlaceKind::admin2: return 1.0f;
        case PlaceKind::admin_seat: return 1.0f;
        case PlaceKind::city: return 0.5f;
        case PlaceKind::village: return 0.0f;
        case PlaceKind::other: return 0.0f;
    }
    return 0;
}

bool is_area(PlaceKind k) {
    return k == PlaceKind::continent || k == PlaceKind::country || k == PlaceKind::region || k == PlaceKind::admin1 ||
           k == PlaceKind::admin2;
}
bool is_settlement(PlaceKind k) {
    return k == PlaceKind::capital || k == PlaceKind::admin_seat || k == PlaceKind::city || k == PlaceKind::village;
}

struct Scored {
    PlaceIndex place;
    Evidence why;
};

// A confident place of the document, as context for the others. Occurrences of one name that
// resolve alike are one anchor with a weight, and points are unit vectors, so that the context
// loop is a dot product per pair instead of trigonometry.
struct Anchor {
    const KeyEntry* key;
    PlaceIndex place;
    std::string_view country;
    double x, y, z;
    bool area;
    float weight;
};

void unit_vector(double lat, double lon, double& x, double& y, double& z) {
    constexpr double rad = 3.14159265358979323846 / 180.0;
    x = std::cos(lat * rad) * std::cos(lon * rad);
    y = std::cos(lat * rad) * std::sin(lon * rad);
    z = std::sin(lat * rad);
}

void sort_by_total(std::vector<Scored>& v) {
    std::stable_sort(v.begin(), v.end(), [](const Scored& a, const Scored& b) { return a.why.total > b.why.total; });
}

}  // namespace
}  // namespace resolution

std::vector<Mention> resolve(const Gazetteer& g, std::string_view text, const std::vector<NameMatch>& matches) {
    using namespace resolution;
    const Lexicon& lex = lexicon();
    std::vector<LocalContext> ctx = local_contexts(g, text, matches);

    // --- 1 and 2: priors and local words, per candidate
    std::vector<std::vector<Scored>> scored(matches.size());
    for (size_t i = 0; i < matches.size(); ++i) {
        const NameMatch& m = matches[i];
        const LocalContext& c = ctx[i];
        if (c.demonym) continue;
        std::string_view key = m.key ? g.key_text(*m.key) : std::string_view();
        // A city named like the region it lies in is what articles mean by the name.
        bool has_region = false;
        for (PlaceIndex p : m.candidates) has_region |= is_area(g.facts(p).kind) && g.facts(p).kind != PlaceKind::country;
        for (PlaceIndex p : m.candidates) {
            const PlaceFacts& f = g.facts(p);
            Scored s{p, {}};
            Evidence& e = s.why;
            e.add(Signal::kind, kind_weight(f.kind));
            if (f.population > 0)
                e.add(Signal::population,
                      std::clamp(0.5f * (std::log10(float(f.population) + 1) - 4.0f), -1.0f, 1.5f));
            if (f.flags & PlaceFacts::curated) e.add(Signal::curated, 0.3f);
            // The main name is better evidence than one of many variants ("Osa" is also a spelling of Osh).
            // Curated places' variants were chosen by a person: no penalty for them.
            bool main_name = m.key && g.name_key(p) == m.key;
            if (main_name || !(f.flags & PlaceFacts::curated)) e.add(Signal::exact_name, main_name ? 0.5f : -0.5f);
            if (has_region && is_area(f.kind) && f.kind != PlaceKind::country) {
                for (PlaceIndex r : m.candidates) {
                    const PlaceFacts& rf = g.facts(r);
                    if (r != p && is_settlement(rf.kind) && rf.country_code() == f.country_code() &&
                        distance_km(f.lat, f.lon, rf.lat, rf.lon) < 100) {
                        e.add(Signal::seat_of_region, -1.0f);  // the region is named after this city
                        break;
                    }
                }
            }
            if (c.cue == Cue::city) e.add(Signal::cue, is_settlement(f.kind) ? 1.0f : -0.5f);
            // "Hadrut region", "Aghdam district": with no area of that name, the region is named after
            // the town, and the town is the best point for it.
            if (c.cue == Cue::region) e.add(Signal::cue, is_area(f.kind) ? 1.0f : has_region ? -0.5f : 0.0f);
            if (c.cue == Cue::landmark)
                e.add(Signal::cue, f.kind == PlaceKind::landmark || f.kind == PlaceKind::village ? 1.0f : 0.0f);
            if (!c.cue_country.empty()) e.add(Signal::demonym_cue, f.country_code() == c.cue_country ? 1.5f : -1.0f);
            if (c.qualifier >= 0 && !is_area(f.kind)) {
                bool fits = false;
                for (PlaceIndex q : matches[size_t(c.qualifier)].candidates) {
                    const PlaceFacts& qf = g.facts(q);
                    if (!is_area(qf.kind)) continue;
                    fits |= qf.country_code() == f.country_code() &&
                            (qf.kind == PlaceKind::country || distance_km(qf.lat, qf.lon, f.lat, f.lon) < 300);
                }
                e.add(Signal::qualifier, fits ? 3.0f : -1.5f);
            }
            // Countries and continents are what such a word names when capitalised ("Turkey", "China").
            if (c.common_word && f.kind != PlaceKind::country && f.kind != PlaceKind::continent &&
                !(key.find(' ') != std::string_view::npos && (f.flags & PlaceFacts::curated)))
                e.add(Signal::common_word, -2.5f);
            if (c.name_part) e.add(Signal::name_part, c.person ? -5.0f : -2.0f);
            if (c.organisation) e.add(Signal::organisation, -4.0f);
            scored[i].push_back(s);
        }
        sort_by_total(scored[i]);
    }

    // --- 3: the document's anchors: the best candidate of every confident match, and the
    // countries its demonyms name (half weight each). Two rounds: places that only context made
    // confident (a village beside a town) are anchors for the second.
    std::map<std::string, float, std::less<>> demonym_countries;
    for (size_t i = 0; i < matches.size(); ++i)
        if (ctx[i].demonym)
            if (const std::string* cc = lex.demonym(g.key_text(*matches[i].key)); cc && !cc->empty())
                demonym_countries[*cc] += 0.5f;
    {
        // Demonyms the matcher did not see as names (most are not gazetteer keys): a quick scan.
        Token t;
        std::string w;
        for (size_t at = 0; next_token(text, at, t); at = t.end) {
            if (!t.capitalised) continue;
            fold_token(text.substr(t.start, t.end - t.start), t.ascii, w);
            if (const std::string* cc = lex.demonym(w); cc && !cc->empty()) demonym_countries[*cc] += 0.5f;
        }
    }
    auto anchors_of = [&](const std::vector<std::vector<Scored>>& s) {
        std::vector<Anchor> anchors;
        for (size_t i = 0; i < matches.size(); ++i) {
            if (ctx[i].demonym || s[i].empty() || s[i][0].why.total < threshold) continue;
            PlaceIndex p = s[i][0].place;
            auto same = std::find_if(anchors.begin(), anchors.end(),
                                     [&](const Anchor& a) { return a.key == matches[i].key && a.place == p; });
            if (same != anchors.end()) {
                same->weight += 1.0f;
                continue;
            }
            const PlaceFacts& f = g.facts(p);
            Anchor a{matches[i].key, p, f.country_code(), 0, 0, 0, is_area(f.kind), 1.0f};
            unit_vector(f.lat, f.lon, a.x, a.y, a.z);
            anchors.push_back(a);
        }
        return anchors;
    };
    const std::vector<std::vector<Scored>> priors = scored;
    std::vector<Anchor> anchors;
    for (int round = 0; round < 2; ++round) {
        anchors = anchors_of(scored);
        scored = priors;
        for (size_t i = 0; i < matches.size(); ++i) {
            float total_weight = 0;
            std::map<std::string_view, float> country_weight;
            for (const Anchor& a : anchors) {
                if (a.key == matches[i].key) continue;  // a name is no evidence for itself
                total_weight += a.weight;
                if (!a.country.empty()) country_weight[a.country] += a.weight;
            }
            for (auto& [cc, w] : demonym_countries) {
                total_weight += w;
                country_weight[cc] += w;
            }
            for (Scored& sc : scored[i]) {
                const PlaceFacts& f = g.facts(sc.place);
                if (total_weight > 0 && !f.country_code().empty()) {
                    auto it = country_weight.find(f.country_code());
                    float share = it == country_weight.end() ? 0.0f : it->second / total_weight;
                    sc.why.add(Signal::context_country, 2.0f * share);
                }
                if (f.kind != PlaceKind::country && f.kind != PlaceKind::continent) {
                    double x, y, z, best_dot = -2;
                    unit_vector(f.lat, f.lon, x, y, z);
                    for (const Anchor& a : anchors)
                        if (a.key != matches[i].key && !a.area) best_dot = std::max(best_dot, x * a.x + y * a.y + z * a.z);
                    double nearest = best_dot < -1.5 ? 1e9 : 6371.0 * std::acos(std::clamp(best_dot, -1.0, 1.0));
                    // Far from everything else the article names, a town needs other evidence.
                    float w = nearest < 50 ? 1.2f : nearest < 150 ? 0.8f : nearest < 400 ? 0.4f : 0.0f;
                    if (nearest >= 3000 && nearest < 1e8 && is_settlement(f.kind)) w = -0.5f;
                    sc.why.add(Signal::context_distance, w);
                }
            }
            sort_by_total(scored[i]);
        }
    }
    std::vector<std::string> focus;  // countries by weight, for the fuzzy pass
    {
        std::map<std::string, float, std::less<>> weight = demonym_countries;
        for (const Anchor& a : anchors_of(scored))
            if (!a.country.empty()) weight[std::string(a.country)] += a.weight;
        std::vector<std::pair<float, std::string>> order;
        for (auto& [cc, w] : weight) order.push_back({w, cc});
        std::sort(order.begin(), order.end(), [](auto& a, auto& b) { return a.first > b.first; });
        for (auto& [w, cc] : order) focus.push_back(cc);
    }

    // --- 4: one sense per name per document. The place with the best summed total over every
    // occurrence of a name wins each occurrence, unless that occurrence's own winner leads by a
    // wide margin (a qualifier or a cue said otherwise).
    std::map<const KeyEntry*, std::map<PlaceIndex, float>> sums;
    for (size_t i = 0; i < matches.size(); ++i)
        for (const Scored& s : scored[i]) sums[matches[i].key][s.place] += s.why.total;
    for (size_t i = 0; i < matches.size(); ++i) {
        if (scored[i].size() < 2) continue;
        const auto& sum = sums[matches[i].key];
        PlaceIndex consensus = std::max_element(sum.begin(), sum.end(), [](auto& a, auto& b) {
                                   return a.second < b.second;
                               })->first;
        if (consensus == scored[i][0].place) continue;
        auto it = std::find_if(scored[i].begin(), scored[i].end(), [&](const Scored& s) { return s.place == consensus; });
        float gap = scored[i][0].why.total - it->why.total;
        if (gap < 2.0f) {
            it->why.add(Signal::one_sense, gap + 0.1f);
            sort_by_total(scored[i]);
        }
    }

    // --- 5: the threshold, and the evidence kept
    std::vector<Mention> out;
    for (size_t i = 0; i < matches.size(); ++i) {
        if (scored[i].empty()) continue;
        const Scored& best = scored[i][0];
        if (best.why.total < threshold) continue;
        Mention mention;
        mention.span = matches[i].span;
        mention.place = best.place;
        mention.why = best.why;
        mention.why.candidates = static_cast<uint32_t>(matches[i].candidates.size());
        mention.why.name_key = static_cast<uint32_t>(matches[i].key - g.keys().data());
        float denominator = 0;
        for (const Scored& s : scored[i]) denominator += std::exp(std::min(s.why.total - best.why.total, 0.0f));
        for (size_t k = 1; k < scored[i].size() && mention.why.runner_up_count < mention.why.runners_up.size(); ++k)
            mention.why.runners_up[mention.why.runner_up_count++] = {scored[i][k].place, scored[i][k].why.total};
        float confidence = 1.0f / (1.0f + std::exp(-(best.why.total - threshold)));
        mention.score = std::clamp(confidence / denominator, 0.0f, 1.0f);
        if (best.why.weight_of(Signal::qualifier) > 0) mention.flags |= mention_qualified;
        std::string_view surface = text.substr(matches[i].span.start, matches[i].span.end - matches[i].span.start);
        for (unsigned char ch : surface)
            if (ch >= 0x80) {
                if (script_of(surface) != "Latn") mention.flags |= mention_transliterated;
                break;
            }
        out.push_back(mention);
    }

    // Near spellings after a cue ("the Azerbaijani city of Yevlash").
    for (Mention& m : fuzzy_mentions(g, text, matches, focus)) out.push_back(m);
    std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
    return out;
}

}  // namespace placeline
