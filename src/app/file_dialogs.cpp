#include "file_dialogs.hpp"

#include <imgui.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <utility>

#include "app_state.hpp"
#include "placeline/base/atomic_write.hpp"
#include "placeline/geo/export_layers.hpp"
#include "placeline/render/map_picture.hpp"
#include "placeline/sink/canvas.hpp"

namespace placeline::app {

namespace fs = std::filesystem;

namespace {

// The largest PNG side the export draws: 10000 x 10000 is 400 MB of pixels already.
constexpr int max_png_side = 10000;

FileBrowser::Box item_box() {
    ImVec2 a = ImGui::GetItemRectMin(), z = ImGui::GetItemRectMax();
    return {a.x, a.y, z.x, z.y};
}

nlohmann::ordered_json box_json(const FileBrowser::Box& b) { return {b.x0, b.y0, b.x1, b.y1}; }

std::string start_folder(const AppState& s) {
    if (!s.settings.last_folder.empty()) return s.settings.last_folder;
    if (!s.sources.corpus.empty()) return fs::path(s.sources.corpus.front()).parent_path().string();
    return {};
}

void open_corpus_browser(AppState& s, bool add) {
    s.file_dialogs.purpose = add ? FileDialogs::Purpose::add_articles : FileDialogs::Purpose::open_corpus;
    open_browser(s.file_dialogs.browser, add ? FileBrowser::Mode::add : FileBrowser::Mode::open,
                 add ? "Add articles" : "Open a corpus", start_folder(s));
}

void open_export_window(AppState& s) {
    ExportForm& f = s.file_dialogs.form;
    f.open = true;
    if (f.width <= 0 || f.height <= 0) {
        // The map's size in the window, in screen pixels.
        f.width = std::max(1, int(s.map_rect.w * s.pixel_ratio));
        f.height = std::max(1, int(s.map_rect.h * s.pixel_ratio));
    }
}

std::string default_export_name(const ExportForm& f) { return f.format == ExportForm::Format::png ? "map.png" : "places.gpkg"; }
const char* export_extension(const ExportForm& f) { return f.format == ExportForm::Format::png ? ".png" : ".gpkg"; }

// The path follows the format: map.png becomes map.gpkg, and back.
void switch_format(ExportForm& f, ExportForm::Format format) {
    if (f.format == format) return;
    const std::string old_ext = export_extension(f);
    f.format = format;
    fs::path p(f.path);
    if (!f.path.empty() && p.extension() == old_ext) f.path = p.replace_extension(export_extension(f)).string();
    f.confirm_replace.clear();
    f.replace_ok.clear();
    f.result.clear();
}

// Articles chosen in the browser go to the loader, as dropped files and command-line paths do.
void open_articles(AppState& s, const std::vector<std::string>& paths, bool add) {
    FileDialogs& d = s.file_dialogs;
    if (!add) {
        d.before_open = s.sources;
        s.sources.corpus.clear();
        s.view_fitted = false;  // a new corpus is framed when it arrives
    }
    for (const std::string& p : paths) {
        if (std::find(s.sources.corpus.begin(), s.sources.corpus.end(), p) == s.sources.corpus.end())
            s.sources.corpus.push_back(p);
        remember(s.settings.recent_corpora, p);
    }
    s.settings.last_folder = d.browser.listing.path;
    s.loader.start(s.sources);
}

// The view's pixels at the form's size, drawn as `placeline render` draws (render/map_picture.hpp,
// sink::OffscreenCanvas): the same part of the map the window shows, fitted to the new size.
std::string draw_view_pixels(const AppState& s, int width, int height, std::vector<uint8_t>& rgba) {
    const float scale = render::output_scale(width, height);
    sink::OffscreenCanvas canvas(width, height, false, scale);
    if (!canvas.ok()) return canvas.error();
    const render::View view = render::View::fit(s.view.world_bounds(), width, height, 0);
    render::Scene scene{s.data.get(), &s.map, s.theme, scale};
    render::DrawList list;
    render::draw_map_picture(scene, view, sink::text_measure(canvas.label_font()), list);
    canvas.draw(list, scene.theme.water);
    rgba = canvas.pixels();
    return {};
}

void start_export(AppState& s) {
    FileDialogs& d = s.file_dialogs;
    ExportForm& f = d.form;
    f.result.clear();
    f.failed = false;
    const std::string path = f.path;
    auto fail = [&](const std::string& why) {
        f.result = why;
        f.failed = true;
    };
    if (path.empty()) return fail("Choose where to write the file.");
    if (std::string why = check_output_path(path); !why.empty()) return fail(why);
    if (!s.data || !s.data->atlas) return fail("Nothing to export yet: open a corpus first.");
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && f.replace_ok != path) {
        f.confirm_replace = path;  // the window asks: Replace or Cancel
        return;
    }
    f.confirm_replace.clear();
    f.replace_ok.clear();  // once: the next export to this file asks again
    s.settings.last_folder = fs::path(path).parent_path().string();
    if (f.format == ExportForm::Format::gpkg) {
        d.job.start([atlas = s.data->atlas, path](Progress& p) {
            return geo::export_atlas(*atlas, {path, ""}, &p);
        });
        return;
    }
    if (f.width < 1 || f.height < 1 || f.width > max_png_side || f.height > max_png_side)
        return fail("The size must be 1 to " + std::to_string(max_png_side) + " pixels each way.");
    // Drawing needs the fonts' ImGui context, so it happens here, on the UI thread; encoding and
    // writing, the slow part of a large picture, go to the background.
    auto pixels = std::make_shared<std::vector<uint8_t>>();
    if (std::string why = draw_view_pixels(s, f.width, f.height, *pixels); !why.empty()) return fail(why);
    d.job.start([pixels, path, w = f.width, h = f.height](Progress& p) -> std::string {
        p.stage("Encoding the PNG");
        if (p.cancelled()) return "cancelled";
        std::string png = sink::encode_png(pixels->data(), w, h);
        if (png.empty()) return "cannot encode the PNG";
        if (p.cancelled()) return "cancelled";
        p.stage("Writing " + path);
        return write_file_atomically(path, png);
    });
}

void take_export_outcome(AppState& s) {
    ExportForm& f = s.file_dialogs.form;
    auto outcome = s.file_dialogs.job.take();
    if (!outcome) return;
    f.failed = !outcome->error.empty();
    if (outcome->cancelled && f.failed) f.result = "Export cancelled; nothing was written.";
    else if (f.failed) f.result = outcome->error;
    else f.result = "Wrote " + f.path;
    s.messages.report(f.failed ? Severity::warning : Severity::info, f.path, 0, f.result);
}

void draw_export_window(AppState& s) {
    FileDialogs& d = s.file_dialogs;
    ExportForm& f = d.form;
    take_export_outcome(s);
    if (!f.open) return;
    const bool running = d.job.busy();
    f.export_box = f.cancel_box = {};  // drawn below, or not at all this frame
    // Height 0 every frame: the window fits its rows as they come and go (progress, confirmation).
    ImGui::SetNextWindowSize(ImVec2(600 * s.ui_scale, 0), ImGuiCond_Always);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x / 2, vp->Pos.y + vp->Size.y / 3), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    bool keep = true;
    if (ImGui::Begin("Export###export", &keep, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        int format = int(f.format);
        ImGui::BeginDisabled(running);
        if (ImGui::RadioButton("PNG of the view", &format, 0)) switch_format(f, ExportForm::Format::png);
        f.png_box = item_box();
        ImGui::SameLine();
        if (ImGui::RadioButton("GeoPackage of places and mentions", &format, 1)) switch_format(f, ExportForm::Format::gpkg);
        f.gpkg_box = item_box();
        if (f.format == ExportForm::Format::png) {
            ImGui::SetNextItemWidth(120 * s.ui_scale);
            ImGui::InputInt("##width", &f.width, 0, 0, ImGuiInputTextFlags_AutoSelectAll);
            f.width_box = item_box();
            ImGui::SameLine();
            ImGui::TextUnformatted("x");
            ImGui::SameLine();
            ImGui::SetNextItemWidth(120 * s.ui_scale);
            ImGui::InputInt("##height", &f.height, 0, 0, ImGuiInputTextFlags_AutoSelectAll);
            f.height_box = item_box();
            ImGui::SameLine();
            ImGui::TextUnformatted("pixels");
            ImGui::TextDisabled("The part of the map the window shows, drawn as placeline render draws it.");
        } else {
            ImGui::TextDisabled("Layers places and mentions, as placeline export --gpkg writes them.");
        }
        char path[4096];
        std::snprintf(path, sizeof path, "%s", f.path.c_str());
        ImGui::SetNextItemWidth(-100 * s.ui_scale);
        if (ImGui::InputTextWithHint("##out", "file to write", path, sizeof path)) f.confirm_replace.clear(), f.replace_ok.clear();
        f.path = path;
        ImGui::SameLine();
        if (ImGui::Button("Choose...", ImVec2(-1, 0))) {
            d.purpose = FileDialogs::Purpose::export_path;
            const std::string folder = f.path.empty() ? start_folder(s) : fs::path(f.path).parent_path().string();
            const std::string name = f.path.empty() ? default_export_name(f) : fs::path(f.path).filename().string();
            open_browser(d.browser, FileBrowser::Mode::save, "Export to", folder, name, export_extension(f));
        }
        f.choose_box = item_box();
        ImGui::EndDisabled();
        if (running) {
            ImGui::TextUnformatted(d.job.progress().stage_text().c_str());
            ImGui::ProgressBar(d.job.progress().fraction(), ImVec2(-100 * s.ui_scale, 0));
            ImGui::SameLine();
            if (ImGui::Button("Cancel", ImVec2(-1, 0))) d.job.cancel();
            f.cancel_box = item_box();
        } else if (!f.confirm_replace.empty()) {
            ImGui::TextColored(ImVec4(0.75f, 0.35f, 0, 1), "%s exists. Replace it?",
                               fs::path(f.confirm_replace).filename().string().c_str());
            if (ImGui::Button("Replace")) {
                f.replace_ok = f.confirm_replace;
                start_export(s);
            }
            f.export_box = item_box();
            ImGui::SameLine();
            if (ImGui::Button("Cancel")) f.confirm_replace.clear();
            f.cancel_box = item_box();
        } else {
            if (ImGui::Button("Export")) start_export(s);
            f.export_box = item_box();
            if (!f.result.empty()) {
                ImGui::SameLine();
                ImGui::TextColored(f.failed ? ImVec4(0.75f, 0.15f, 0.1f, 1) : ImVec4(0.1f, 0.5f, 0.2f, 1), "%s",
                                   f.result.c_str());
            }
        }
    }
    ImGui::End();
    if (!keep && !running) f.open = false;
}

}  // namespace

void draw_file_menu_items(AppState& s) {
    if (ImGui::MenuItem("Open folder or files...", "Ctrl+O")) open_corpus_browser(s, false);
    if (ImGui::MenuItem("Add articles...", "Ctrl+Shift+O")) open_corpus_browser(s, true);
    if (ImGui::MenuItem("Export...", "Ctrl+E")) open_export_window(s);
}

void draw_file_dialogs(AppState& s) {
    FileDialogs& d = s.file_dialogs;
    if (!s.loader.busy()) d.before_open.reset();
    draw_export_window(s);
    if (auto chosen = draw_browser(d.browser, s.ui_scale)) {
        if (d.purpose == FileDialogs::Purpose::export_path) {
            // The browser asked before choosing a file that exists.
            d.form.path = d.form.replace_ok = chosen->front();
            d.form.confirm_replace.clear();
            d.form.result.clear();
            s.settings.last_folder = d.browser.listing.path;
        } else {
            open_articles(s, *chosen, d.purpose == FileDialogs::Purpose::add_articles);
        }
    }
}

bool file_dialogs_key(AppState& s, const SDL_Keysym& key) {
    FileDialogs& d = s.file_dialogs;
    const bool ctrl = key.mod & KMOD_CTRL, shift = key.mod & KMOD_SHIFT;
    if (d.browser.open) {
        if (ctrl && key.scancode == SDL_SCANCODE_Q) return false;  // quitting still works
        if (auto chosen = browser_key(d.browser, key)) {
            if (d.purpose == FileDialogs::Purpose::export_path)
                d.form.path = d.form.replace_ok = chosen->front(), d.form.confirm_replace.clear();
            else open_articles(s, *chosen, d.purpose == FileDialogs::Purpose::add_articles);
        }
        return true;
    }
    if (ctrl && key.scancode == SDL_SCANCODE_O) {
        open_corpus_browser(s, shift);
        return true;
    }
    if (ctrl && key.scancode == SDL_SCANCODE_E) {
        open_export_window(s);
        return true;
    }
    if (d.form.open && !ctrl && key.scancode == SDL_SCANCODE_ESCAPE && !d.job.busy()) {
        d.form.open = false;
        return true;
    }
    return false;
}

void cancel_loading(AppState& s) {
    s.loader.cancel();
    if (s.file_dialogs.before_open) s.sources = *std::exchange(s.file_dialogs.before_open, std::nullopt);
}

nlohmann::ordered_json file_dialogs_state(const AppState& s) {
    const FileDialogs& d = s.file_dialogs;
    const FileBrowser& b = d.browser;
    nlohmann::ordered_json entries = nlohmann::ordered_json::array();
    static const char* const kinds[] = {"folder", "article", "file", "special", "broken_link"};
    for (size_t i = 0; i < b.listing.entries.size(); ++i) {
        const FolderEntry& e = b.listing.entries[i];
        entries.push_back({{"name", e.name},
                           {"kind", kinds[int(e.kind)]},
                           {"selected", i < b.selected.size() && b.selected[i]},
                           {"box", i < b.row_boxes.size() ? box_json(b.row_boxes[i]) : nlohmann::ordered_json()}});
    }
    const ExportForm& f = d.form;
    return {{"corpus", s.sources.corpus},
            {"articles", s.data && s.data->atlas ? s.data->atlas->corpus().articles.size() : 0},
            {"browser",
             {{"open", b.open},
              {"mode", b.mode == FileBrowser::Mode::open ? "open" : b.mode == FileBrowser::Mode::add ? "add" : "save"},
              {"path", b.listing.path},
              {"cursor", b.cursor},
              {"entries", entries},
              {"message", b.message},
              {"confirm_replace", b.confirm_replace},
              {"file_name", b.file_name},
              {"accept", box_json(b.accept_box)},
              {"cancel", box_json(b.cancel_box)},
              {"replace", box_json(b.replace_box)},
              {"name", box_json(b.name_box)},
              {"path_bar", box_json(b.path_box)}}},
            {"export",
             {{"open", f.open},
              {"format", f.format == ExportForm::Format::png ? "png" : "gpkg"},
              {"width", f.width},
              {"height", f.height},
              {"path", f.path},
              {"running", d.job.busy()},
              {"confirm_replace", f.confirm_replace},
              {"result", f.result},
              {"failed", f.failed},
              {"export", box_json(f.export_box)},
              {"cancel", box_json(f.cancel_box)},
              {"width_box", box_json(f.width_box)},
              {"height_box", box_json(f.height_box)},
              {"choose", box_json(f.choose_box)},
              {"gpkg", box_json(f.gpkg_box)}}}};
}

}  // namespace placeline::app
