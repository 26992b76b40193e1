// The geoparser's evidence for a mention, and the popup that corrects it: pick another place of
// that name, or say it is no place; for every such name in the corpus or for this mention only.
// The choice goes to the corpus's overrides file (written atomically) and the corpus is loaded
// again, so the correction shows the way every later load will show it.
#include <imgui.h>

#include <algorithm>

#include "app_state.hpp"
#include "placeline/places/names.hpp"
#include "placeline/text/text.hpp"

namespace placeline::app {

namespace {

std::string place_line(const Gazetteer& g, PlaceIndex p) {
    const PlaceFacts& f = g.facts(p);
    std::string line = std::string(g.name(p)) + "  (" + to_string(f.kind);
    if (!f.country_code().empty()) line += ", " + std::string(f.country_code());
    if (f.population > 0) line += ", pop. " + std::to_string(f.population);
    return line + ")  " + std::string(g.id(p));
}

const Article& article_of(const Atlas& atlas, const Mention& m) { return atlas.corpus().articles[m.article]; }

}  // namespace

void draw_mention_evidence(const Atlas& atlas, const Mention& m) {
    const Gazetteer& g = atlas.gazetteer();
    std::string surface(atlas.surface(m));
    ImGui::Text("\"%s\"  ->  %s", surface.c_str(), place_line(g, m.place).c_str());
    std::string latin = latin_display(surface);
    if (latin != surface) ImGui::TextDisabled("In Latin letters: %s", latin.c_str());
    ImGui::Text("Score %.2f  (total %.2f, %u place%s of this name)", m.score, m.why.total, m.why.candidates,
                m.why.candidates == 1 ? "" : "s");
    if (m.flags & mention_fuzzy)
        ImGui::TextColored(ImVec4(0.7f, 0.35f, 0, 1), "Near spelling of \"%s\": probably a misspelling",
                           m.why.name_key < g.keys().size() ? std::string(g.key_text(g.keys()[m.why.name_key])).c_str() : "?");
    if (m.flags & mention_overridden) ImGui::TextColored(ImVec4(0.1f, 0.4f, 0.8f, 1), "Corrected by you");
    ImGui::Separator();
    for (uint8_t i = 0; i < m.why.signal_count; ++i)
        ImGui::Text("%+6.2f  %s", m.why.signals[i].weight(), to_string(m.why.signals[i].signal));
    if (m.why.runner_up_count) {
        ImGui::Separator();
        ImGui::TextUnformatted("Runners-up:");
        for (uint8_t i = 0; i < m.why.runner_up_count; ++i)
            ImGui::BulletText("%+.2f  %s", m.why.runners_up[i].total, place_line(g, m.why.runners_up[i].place).c_str());
    }
}

void draw_mention_correction(AppState& s) {
    if (!ImGui::BeginPopup("Correct mention")) return;
    if (!s.correcting || !s.data || !s.data->atlas) {
        ImGui::EndPopup();
        return;
    }
    const Atlas& atlas = *s.data->atlas;
    const Gazetteer& g = atlas.gazetteer();
    const Mention& m = *s.correcting;
    std::string surface(atlas.surface(m));
    std::string form = fold_name(surface);
    ImGui::Text("\"%s\" is now %s", surface.c_str(), place_line(g, m.place).c_str());
    std::string scope = "This mention only (else every \"" + surface + "\" in the corpus)";
    ImGui::Checkbox(scope.c_str(), &s.correct_this_mention_only);
    ImGui::Separator();

    // `what` names the correction in the Edit menu ("Undo Correct "Shusha" to ...").
    auto apply = [&](const std::string& place_id, bool remove, const std::string& what) {
        Overrides o = atlas.overrides();
        if (o.path().empty()) o.set_path(Overrides::path_for(s.sources.corpus));
        const Overrides before = o;
        const Article& a = article_of(atlas, m);
        CodepointMap cps(a.text);
        Override ov;
        ov.form = form;
        ov.place_id = place_id;
        if (s.correct_this_mention_only) {
            ov.file = o.relative(a.path);
            ov.start = uint32_t(cps.to_codepoint(m.span.start));
            ov.end = uint32_t(cps.to_codepoint(m.span.end));
        }
        if (remove) o.clear(ov);
        else o.set(ov);
        s.correction_error = o.save();
        if (s.correction_error.empty()) {
            record_correction(s, before, o, what);
            s.loader.start(s.sources);  // load again: the correction applies as on every later load
            s.correcting.reset();
            ImGui::CloseCurrentPopup();
        }
    };

    ImGui::TextUnformatted("Places of this name:");
    std::vector<PlaceIndex> places;
    if (m.why.name_key < g.keys().size())
        for (PlaceIndex p : g.postings(g.keys()[m.why.name_key])) places.push_back(p);
    if (std::find(places.begin(), places.end(), m.place) == places.end()) places.insert(places.begin(), m.place);
    // The resolver's order first (the winner, then the runners-up), then the rest by population.
    std::stable_sort(places.begin(), places.end(), [&](PlaceIndex a, PlaceIndex b) {
        auto rank = [&](PlaceIndex p) {
            if (p == m.place) return 0;
            for (uint8_t i = 0; i < m.why.runner_up_count; ++i)
                if (m.why.runners_up[i].place == p) return 1 + i;
            return 10;
        };
        if (rank(a) != rank(b)) return rank(a) < rank(b);
        return g.facts(a).population > g.facts(b).population;
    });
    if (places.size() > 25) places.resize(25);
    ImGui::BeginChild("candidates", ImVec2(560, std::min(260.0f, 24.0f * float(places.size()) + 8)), true);
    for (PlaceIndex p : places) {
        ImGui::PushID(static_cast<int>(p));
        bool current = p == m.place;
        if (ImGui::Selectable(place_line(g, p).c_str(), current) && !current)
            apply(std::string(g.id(p)), false, "Correct \"" + surface + "\" to " + std::string(g.name(p)));
        ImGui::PopID();
    }
    ImGui::EndChild();
    if (ImGui::Button("Not a place")) apply("", false, "\"" + surface + "\" is not a place");
    mark_item(s, "not a place");
    ImGui::SameLine();
    if ((m.flags & mention_overridden) && ImGui::Button("Undo my correction")) apply("", true, "Remove the correction of \"" + surface + "\"");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        s.correcting.reset();
        ImGui::CloseCurrentPopup();
    }
    if (!s.correction_error.empty())
        ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "Could not save: %s", s.correction_error.c_str());
    ImGui::TextDisabled("Saved in %s", atlas.overrides().path().c_str());
    ImGui::EndPopup();
}

}  // namespace placeline::app
