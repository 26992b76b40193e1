// The overrides file: {"version": 1, "overrides": [{"form": "georgia", "place": "ne:GE"},
// {"file": "003.txt", "start": 10, "end": 17, "form": "yevlash", "place": "gn:584649"},
// {"form": "most", "place": null}]}. Null place: not a place.
#include "placeline/places/overrides.hpp"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "placeline/base/atomic_write.hpp"
#include "placeline/base/input_file.hpp"

namespace placeline {

namespace fs = std::filesystem;

namespace {
bool same_scope(const Override& a, const Override& b) {
    return a.per_mention() ? a.file == b.file && a.start == b.start && a.end == b.end : !b.per_mention() && a.form == b.form;
}
}  // namespace

std::string Overrides::path_for(const std::vector<std::string>& corpus_paths) {
    if (corpus_paths.empty()) return {};
    std::error_code ec;
    fs::path first = corpus_paths.front();
    fs::path folder = fs::is_directory(first, ec) ? first : first.parent_path();
    if (folder.empty()) folder = ".";
    return (folder / "placeline-overrides.json").string();
}

Overrides Overrides::load(const std::string& path, Diagnostics& diags) {
    Overrides o;
    o.path_ = path;
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec))) return o;  // none yet
    std::string text, error;
    if (!read_input_file(path, text, error)) {
        diags.warn(path, "cannot read the overrides file: it " + error + "; ignored");
        return o;
    }
    nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("overrides") || !doc["overrides"].is_array()) {
        diags.warn(path, "not an overrides file (expected a JSON object with an \"overrides\" list); ignored");
        return o;
    }
    size_t k = 0;
    for (const auto& item : doc["overrides"]) {
        ++k;
        Override ov;
        bool ok = item.is_object() && item.contains("place") && (item["place"].is_null() || item["place"].is_string());
        if (ok) {
            ov.form = item.value("form", "");
            ov.file = item.value("file", "");
            if (!item["place"].is_null()) ov.place_id = item["place"].get<std::string>();
            if (!ov.file.empty()) {
                ok = item.contains("start") && item.contains("end") && item["start"].is_number_unsigned() &&
                     item["end"].is_number_unsigned();
                if (ok) {
                    ov.start = item["start"].get<uint32_t>();
                    ov.end = item["end"].get<uint32_t>();
                    ok = ov.start < ov.end;
                }
            } else {
                ok = !ov.form.empty();
            }
        }
        if (!ok) {
            diags.warn(path, "override " + std::to_string(k) + " is incomplete (needs \"place\" and a \"form\", or a \"file\" with \"start\" < \"end\"); skipped");
            continue;
        }
        o.set(std::move(ov));
    }
    return o;
}

std::string Overrides::save() const {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Override& o : items_) {
        nlohmann::ordered_json j;
        if (o.per_mention()) {
            j["file"] = o.file;
            j["start"] = o.start;
            j["end"] = o.end;
        }
        if (!o.form.empty()) j["form"] = o.form;
        j["place"] = o.place_id.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(o.place_id);
        list.push_back(std::move(j));
    }
    nlohmann::ordered_json doc = {{"version", 1}, {"overrides", std::move(list)}};
    return write_file_atomically(path_, doc.dump(1) + "\n");
}

void Overrides::set(Override o) {
    for (Override& existing : items_)
        if (same_scope(existing, o)) {
            existing = std::move(o);
            return;
        }
    items_.push_back(std::move(o));
}

bool Overrides::clear(const Override& scope) {
    auto it = std::find_if(items_.begin(), items_.end(), [&](const Override& o) { return same_scope(o, scope); });
    if (it == items_.end()) return false;
    items_.erase(it);
    return true;
}

std::string Overrides::relative(const std::string& article_path) const {
    std::error_code ec;
    fs::path folder = fs::absolute(fs::path(path_).parent_path(), ec);
    fs::path article = fs::absolute(article_path, ec);
    fs::path rel = article.lexically_normal().lexically_relative(folder.lexically_normal());
    return rel.empty() ? article_path : rel.string();
}

const Override* Overrides::find(std::string_view file, uint32_t start, uint32_t end, std::string_view form) const {
    const Override* by_form = nullptr;
    for (const Override& o : items_) {
        if (o.per_mention()) {
            if (o.file == file && o.start == start && o.end == end) return &o;
        } else if (o.form == form) {
            by_form = &o;
        }
    }
    return by_form;
}

}  // namespace placeline
