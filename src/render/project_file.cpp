#include "placeline/render/project_file.hpp"

#include <filesystem>

#include "toml_tolerant.hpp"

namespace placeline::render {

namespace fs = std::filesystem;

ProjectFile read_project_file(const std::string& folder, Diagnostics& diags) {
    ProjectFile p;
    std::error_code ec;
    const fs::path path = fs::path(folder) / "placeline.toml";
    if (!fs::is_directory(folder, ec) || !fs::is_regular_file(path, ec)) return p;
    std::string text, error;
    if (!read_text_file(path.string(), text, error)) {
        diags.error(path.string(), "cannot read the project file: " + error);
        return p;
    }
    const std::string name = path.string();
    toml::table t = parse_toml_tolerant(text, name, diags);
    auto bad = [&](const toml::node& n, const std::string& what) {
        diags.report(Severity::warning, name, int(n.source().begin.line), what);
    };
    // A path in the file, relative to the folder; a layer keeps its ":LAYER" suffix.
    auto resolve = [&](const std::string& s) {
        fs::path rel(s);
        return rel.is_absolute() ? s : (fs::path(folder) / rel).lexically_normal().string();
    };
    auto paths = [&](const toml::node& n, const std::string& key, std::vector<std::string>& out) {
        const toml::array* a = n.as_array();
        if (!a) return bad(n, "'" + key + "' must be a list of paths in quotes; ignored");
        for (const toml::node& e : *a) {
            if (auto v = e.value<std::string>()) out.push_back(resolve(*v));
            else bad(e, "'" + key + "' entries must be paths in quotes; ignored");
        }
    };
    for (const auto& [k, node] : t) {
        const std::string key(k.str());
        if (key == "layers") paths(node, key, p.layers);
        else if (key == "styles") paths(node, key, p.styles);
        else if (key == "deck") {
            if (auto v = node.value<std::string>()) p.deck = resolve(*v);
            else bad(node, "'deck' must be a path in quotes; ignored");
        } else if (key == "regional_layers") {
            if (auto v = node.value<bool>()) p.regional_layers = *v;
            else bad(node, "'regional_layers' must be true or false; ignored");
        } else {
            bad(node, "unknown key '" + key + "' (layers, styles, deck, regional_layers); ignored");
        }
    }
    return p;
}

}  // namespace placeline::render
