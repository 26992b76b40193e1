#include "settings.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "placeline/base/atomic_write.hpp"
#include "placeline/base/data_paths.hpp"

namespace placeline::app {

namespace fs = std::filesystem;

std::string settings_path() { return config_dir() + "/settings.json"; }

void remember(std::vector<std::string>& list, const std::string& item, size_t max) {
    list.erase(std::remove(list.begin(), list.end(), item), list.end());
    list.insert(list.begin(), item);
    if (list.size() > max) list.resize(max);
}

namespace {

template <class T>
void read_field(const nlohmann::json& j, const char* key, T& out, std::vector<std::string>& problems) {
    if (!j.contains(key)) return;
    try {
        out = j.at(key).get<T>();
    } catch (const nlohmann::json::exception&) {
        problems.push_back(std::string("'") + key + "' has the wrong type");
    }
}

}  // namespace

Settings load_settings(const std::string& path, Diagnostics& diags) {
    Settings s;
    std::error_code ec;
    if (!fs::exists(path, ec)) return s;
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(buf.str());
        if (!j.is_object()) throw nlohmann::json::type_error::create(302, "not a JSON object", nullptr);
    } catch (const nlohmann::json::exception& e) {
        std::string aside = path + ".corrupt";
        fs::rename(path, aside, ec);
        diags.report(Severity::warning, path, 0,
                     std::string("settings are corrupt (") + e.what() + "); using defaults" +
                         (ec ? "" : ", the old file is kept as " + aside));
        return s;
    }
    std::vector<std::string> problems;
    read_field(j, "window_x", s.window_x, problems);
    read_field(j, "window_y", s.window_y, problems);
    read_field(j, "window_w", s.window_w, problems);
    read_field(j, "window_h", s.window_h, problems);
    read_field(j, "maximized", s.maximized, problems);
    read_field(j, "recent_corpora", s.recent_corpora, problems);
    read_field(j, "recent_layers", s.recent_layers, problems);
    read_field(j, "projection", s.projection, problems);
    read_field(j, "theme", s.theme, problems);
    read_field(j, "label_mode", s.label_mode, problems);
    read_field(j, "label_language", s.label_language, problems);
    read_field(j, "show_layers", s.show_layers, problems);
    read_field(j, "last_folder", s.last_folder, problems);
    s.window_w = std::clamp(s.window_w, 320, 16384);
    s.window_h = std::clamp(s.window_h, 240, 16384);
    for (const std::string& p : problems) diags.report(Severity::warning, path, 0, p + "; that setting keeps its default");
    return s;
}

std::string save_settings(const std::string& path, const Settings& s) {
    nlohmann::ordered_json j = {
        {"window_x", s.window_x},   {"window_y", s.window_y},   {"window_w", s.window_w},
        {"window_h", s.window_h},   {"maximized", s.maximized}, {"recent_corpora", s.recent_corpora},
        {"recent_layers", s.recent_layers}, {"projection", s.projection}, {"theme", s.theme},
        {"label_mode", s.label_mode}, {"label_language", s.label_language},
        {"show_layers", s.show_layers},
        {"last_folder", s.last_folder},
    };
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    if (ec) return "cannot create " + fs::path(path).parent_path().string() + ": " + ec.message();
    return write_file_atomically(path, j.dump(2) + "\n");
}

}  // namespace placeline::app
