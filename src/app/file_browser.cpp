#include "file_browser.hpp"

#include <imgui.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cctype>
#include <cstdlib>
#include <filesystem>

#include "placeline/base/atomic_write.hpp"

namespace placeline::app {

namespace fs = std::filesystem;
using Kind = FolderEntry::Kind;

namespace {

bool choosable(const FolderEntry& e) { return e.kind != Kind::special && e.kind != Kind::broken_link; }

std::string entry_path(const FileBrowser& b, const FolderEntry& e) {
    return (fs::path(b.listing.path) / e.name).string();
}

int row_count(const FileBrowser& b) { return int(b.listing.entries.size()); }

void select_only(FileBrowser& b, int row) {
    std::fill(b.selected.begin(), b.selected.end(), 0);
    if (row >= 0 && row < row_count(b) && choosable(b.listing.entries[size_t(row)])) b.selected[size_t(row)] = 1;
}

void select_range(FileBrowser& b, int from, int to) {
    std::fill(b.selected.begin(), b.selected.end(), 0);
    if (from < 0) from = to;
    for (int i = std::min(from, to); i <= std::max(from, to); ++i)
        if (i >= 0 && i < row_count(b) && choosable(b.listing.entries[size_t(i)])) b.selected[size_t(i)] = 1;
}

// A click or a key on a file in save mode names the file to write.
void name_from_row(FileBrowser& b, int row) {
    if (b.mode != FileBrowser::Mode::save || row < 0 || row >= row_count(b)) return;
    const FolderEntry& e = b.listing.entries[size_t(row)];
    if (e.kind != Kind::folder && choosable(e)) b.file_name = e.name;
}

void move_cursor(FileBrowser& b, int to, bool extend) {
    if (row_count(b) == 0) return;
    to = std::clamp(to, 0, row_count(b) - 1);
    if (!extend || b.anchor < 0) b.anchor = to;
    b.cursor = to;
    if (extend) select_range(b, b.anchor, to);
    else select_only(b, to);
    name_from_row(b, to);
    b.scroll_to_cursor = true;
}

void go_up(FileBrowser& b) {
    fs::path p(b.listing.path);
    if (p.has_parent_path() && p.parent_path() != p) browse_to(b, p.parent_path().string());
}

std::optional<std::vector<std::string>> finish(FileBrowser& b, std::vector<std::string> paths) {
    b.open = false;
    return paths;
}

// The file save mode would write, or nothing (and a message) when the name cannot be used.
std::optional<std::string> save_target(FileBrowser& b) {
    std::string name = b.file_name;
    while (!name.empty() && (name.back() == ' ' || name.back() == '/')) name.pop_back();
    if (name.empty()) {
        b.message = "Type a file name.";
        return std::nullopt;
    }
    fs::path p = fs::path(b.listing.path) / name;  // an absolute name stands alone
    if (!b.extension.empty() && !p.has_extension()) p += b.extension;
    std::error_code ec;
    if (!fs::is_directory(p.parent_path(), ec)) {
        b.message = p.parent_path().string() + ": no such folder";
        return std::nullopt;
    }
    if (std::string why = check_output_path(p.string()); !why.empty()) {
        b.message = why;
        return std::nullopt;
    }
    return p.lexically_normal().string();
}

std::optional<std::vector<std::string>> accept(FileBrowser& b, bool replace_confirmed = false) {
    b.message.clear();
    if (b.mode == FileBrowser::Mode::save) {
        auto target = save_target(b);
        if (!target) return std::nullopt;
        struct stat st {};
        if (::lstat(target->c_str(), &st) == 0 && !(replace_confirmed && b.confirm_replace == *target)) {
            b.confirm_replace = *target;  // asked in the window: Replace or Cancel
            return std::nullopt;
        }
        b.confirm_replace.clear();
        return finish(b, {*target});
    }
    std::vector<std::string> paths;
    for (int i = 0; i < row_count(b); ++i)
        if (b.selected[size_t(i)] && choosable(b.listing.entries[size_t(i)]))
            paths.push_back(entry_path(b, b.listing.entries[size_t(i)]));
    if (paths.empty()) paths.push_back(b.listing.path);  // nothing selected: the folder shown
    return finish(b, std::move(paths));
}

// Enter and double-click on a row: into a folder, else choose the file.
std::optional<std::vector<std::string>> activate(FileBrowser& b, int row) {
    const FolderEntry& e = b.listing.entries[size_t(row)];
    if (e.kind == Kind::folder) {
        browse_to(b, entry_path(b, e));
        return std::nullopt;
    }
    if (!choosable(e)) {
        b.message = entry_path(b, e) + (e.kind == Kind::broken_link ? ": a broken link" : ": not a regular file; never opened");
        return std::nullopt;
    }
    if (b.mode == FileBrowser::Mode::save) {
        b.file_name = e.name;
        return accept(b);
    }
    select_only(b, row);
    return accept(b);
}

const char* kind_text(const FolderEntry& e) {
    switch (e.kind) {
        case Kind::folder: return e.link ? "folder (link)" : "folder";
        case Kind::article: return e.link ? "article (link)" : "article";
        case Kind::other_file: return "file";
        case Kind::special: return "FIFO, socket or device";
        case Kind::broken_link: return "broken link";
    }
    return "";
}

FileBrowser::Box last_item_box() {
    ImVec2 a = ImGui::GetItemRectMin(), z = ImGui::GetItemRectMax();
    return {a.x, a.y, z.x, z.y};
}

// Save mode lists the folders and the files of the format being saved (the names one may
// want to replace), unless all files are asked for.
bool saved_kind(const FileBrowser& b, const FolderEntry& e) {
    if (e.kind == Kind::folder || b.show_all_files) return true;
    const std::string& n = e.name;
    const std::string& x = b.extension;
    return n.size() > x.size() && std::equal(x.rbegin(), x.rend(), n.rbegin(), [](char a, char c) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(c));
           });
}

}  // namespace

void browse_to(FileBrowser& b, const std::string& folder) {
    const bool save = b.mode == FileBrowser::Mode::save;
    FolderListing next = list_folder(folder, b.show_all_files || save);
    if (save) std::erase_if(next.entries, [&](const FolderEntry& e) { return !saved_kind(b, e); });
    if (!next.error.empty()) {
        b.message = next.error;
        b.path_input = b.listing.path;
        return;
    }
    b.listing = std::move(next);
    b.path_input = b.listing.path;
    b.selected.assign(b.listing.entries.size(), 0);
    b.cursor = b.anchor = -1;
    b.message.clear();
    b.confirm_replace.clear();
}

void open_browser(FileBrowser& b, FileBrowser::Mode mode, const std::string& title, const std::string& folder,
                  const std::string& file_name, const std::string& extension) {
    b = FileBrowser{};
    b.open = true;
    b.mode = mode;
    b.title = title;
    b.accept_label = mode == FileBrowser::Mode::open ? "Open" : mode == FileBrowser::Mode::add ? "Add" : "Save";
    b.file_name = file_name;
    b.extension = extension;
    b.focus_name = mode == FileBrowser::Mode::save;
    // The remembered folder may be gone: its nearest folder that lists, else home, else /.
    std::error_code ec;
    fs::path start = folder.empty() ? fs::current_path(ec) : fs::path(folder);
    for (fs::path p = start; !p.empty(); p = p.parent_path()) {
        browse_to(b, p.string());
        if (b.listing.error.empty() && !b.listing.path.empty()) break;
        if (p == p.parent_path()) break;
    }
    if (b.listing.path.empty()) {
        const char* home = std::getenv("HOME");
        browse_to(b, home ? home : "/");
    }
    if (b.listing.path.empty()) browse_to(b, "/");
    b.message.clear();
}

std::optional<std::vector<std::string>> browser_key(FileBrowser& b, const SDL_Keysym& key) {
    const bool ctrl = key.mod & KMOD_CTRL, shift = key.mod & KMOD_SHIFT;
    switch (key.scancode) {
        case SDL_SCANCODE_DOWN: move_cursor(b, b.cursor + 1, shift); break;
        case SDL_SCANCODE_UP: move_cursor(b, b.cursor < 0 ? 0 : b.cursor - 1, shift); break;
        case SDL_SCANCODE_PAGEDOWN: move_cursor(b, b.cursor + 10, shift); break;
        case SDL_SCANCODE_PAGEUP: move_cursor(b, b.cursor - 10, shift); break;
        case SDL_SCANCODE_HOME: move_cursor(b, 0, shift); break;
        case SDL_SCANCODE_END: move_cursor(b, row_count(b) - 1, shift); break;
        case SDL_SCANCODE_BACKSPACE: go_up(b); break;
        case SDL_SCANCODE_ESCAPE: b.open = false; break;
        case SDL_SCANCODE_A:
            if (ctrl && b.mode != FileBrowser::Mode::save)
                for (int i = 0; i < row_count(b); ++i) b.selected[size_t(i)] = choosable(b.listing.entries[size_t(i)]);
            break;
        case SDL_SCANCODE_RETURN:
        case SDL_SCANCODE_KP_ENTER: {
            if (!b.confirm_replace.empty()) return accept(b, true);
            // Enter on a folder (the only row selected) goes into it; Ctrl+Enter, or Enter with no
            // row or several, chooses.
            const long picked = std::count(b.selected.begin(), b.selected.end(), 1);
            if (!ctrl && b.cursor >= 0 && b.cursor < row_count(b) && picked <= 1) return activate(b, b.cursor);
            return accept(b);
        }
        default: break;
    }
    return std::nullopt;
}

std::optional<std::vector<std::string>> draw_browser(FileBrowser& b, float ui_scale) {
    if (!b.open) return std::nullopt;
    std::optional<std::vector<std::string>> chosen;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(720 * ui_scale, 480 * ui_scale), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x / 2, vp->Pos.y + vp->Size.y / 2), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowFocus();
    bool keep = true;
    const std::string window_name = b.title + "###file_browser";
    if (ImGui::Begin(window_name.c_str(), &keep, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        if (ImGui::Button("Up")) go_up(b);
        ImGui::SameLine();
        char path[4096];
        std::snprintf(path, sizeof path, "%s", b.path_input.c_str());
        ImGui::SetNextItemWidth(-1);
        // A click selects the whole path, to type another over it.
        if (ImGui::InputText("##path", path, sizeof path, ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll))
            browse_to(b, path);
        else
            b.path_input = path;
        b.path_box = last_item_box();

        const float footer = ImGui::GetFrameHeightWithSpacing() * (b.mode == FileBrowser::Mode::save ? 3.2f : 2.2f);
        const ImGuiTableFlags table_flags =
            ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingStretchProp;
        b.row_boxes.assign(b.listing.entries.size(), {});
        if (ImGui::BeginTable("##entries", 3, table_flags, ImVec2(0, -footer))) {
            ImGui::TableSetupScrollFreeze(0, 1);
            ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 6);
            ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthStretch, 2);
            ImGui::TableSetupColumn("Size", ImGuiTableColumnFlags_WidthStretch, 1.2f);
            ImGui::TableHeadersRow();
            if (b.listing.entries.empty()) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                if (b.show_all_files) ImGui::TextDisabled("(empty folder)");
                else if (b.mode == FileBrowser::Mode::save) ImGui::TextDisabled("(no folders or %s files here)", b.extension.c_str());
                else ImGui::TextDisabled("(no folders or articles here)");
            }
            for (int i = 0; i < row_count(b); ++i) {
                const FolderEntry& e = b.listing.entries[size_t(i)];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::PushID(i);
                const std::string label = e.kind == Kind::folder ? e.name + "/" : e.name;
                ImGuiSelectableFlags flags = ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick;
                if (!choosable(e)) flags |= ImGuiSelectableFlags_Disabled;
                const bool is_selected = b.selected[size_t(i)] || i == b.cursor;
                if (ImGui::Selectable(label.c_str(), is_selected, flags)) {
                    const ImGuiIO& io = ImGui::GetIO();
                    if (ImGui::IsMouseDoubleClicked(0)) {
                        chosen = activate(b, i);
                    } else if (io.KeyCtrl && b.mode != FileBrowser::Mode::save) {
                        b.selected[size_t(i)] = !b.selected[size_t(i)];
                        b.cursor = b.anchor = i;
                    } else {
                        move_cursor(b, i, io.KeyShift && b.mode != FileBrowser::Mode::save);
                        b.scroll_to_cursor = false;
                    }
                }
                if (size_t(i) < b.row_boxes.size()) b.row_boxes[size_t(i)] = last_item_box();
                if (b.scroll_to_cursor && i == b.cursor) ImGui::SetScrollHereY();
                ImGui::TableNextColumn();
                ImGui::TextDisabled("%s", kind_text(e));
                ImGui::TableNextColumn();
                if (e.kind == Kind::article || e.kind == Kind::other_file) ImGui::TextDisabled("%s", format_size(e.size).c_str());
                ImGui::PopID();
                if (chosen || !b.open) break;  // the listing may have changed under the loop
            }
            b.scroll_to_cursor = false;
            ImGui::EndTable();
        }
        if (b.mode == FileBrowser::Mode::save) {
            char name[1024];
            std::snprintf(name, sizeof name, "%s", b.file_name.c_str());
            ImGui::TextUnformatted("File name");
            ImGui::SameLine();
            ImGui::SetNextItemWidth(-1);
            if (b.focus_name) ImGui::SetKeyboardFocusHere(), b.focus_name = false;
            if (ImGui::InputText("##name", name, sizeof name, ImGuiInputTextFlags_EnterReturnsTrue)) {
                b.file_name = name;
                chosen = accept(b);
            } else {
                if (b.file_name != name) b.confirm_replace.clear();
                b.file_name = name;
            }
            b.name_box = last_item_box();
        }
        if (ImGui::Checkbox("Show all files", &b.show_all_files)) browse_to(b, b.listing.path);
        ImGui::SameLine();
        if (!b.confirm_replace.empty()) {
            ImGui::TextColored(ImVec4(0.75f, 0.35f, 0, 1), "%s exists. Replace it?",
                               fs::path(b.confirm_replace).filename().string().c_str());
        } else if (!b.message.empty()) {
            ImGui::TextColored(ImVec4(0.75f, 0.15f, 0.1f, 1), "%s", b.message.c_str());
        } else {
            ImGui::TextDisabled(b.mode == FileBrowser::Mode::save ? "Enter saves"
                                                                   : "Enter opens a folder or chooses; Ctrl+Enter chooses; Backspace goes up");
        }
        const float button_w = 90 * ui_scale;
        ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - 2 * button_w - ImGui::GetStyle().ItemSpacing.x);
        if (ImGui::Button("Cancel", ImVec2(button_w, 0))) b.open = false;
        b.cancel_box = last_item_box();
        ImGui::SameLine();
        const bool confirming = !b.confirm_replace.empty();
        b.replace_box = {};
        if (ImGui::Button(confirming ? "Replace" : b.accept_label.c_str(), ImVec2(button_w, 0)))
            chosen = accept(b, confirming);
        (confirming ? b.replace_box : b.accept_box) = last_item_box();
    }
    ImGui::End();
    if (!keep) b.open = false;
    return chosen;
}

}  // namespace placeline::app
