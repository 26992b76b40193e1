#pragma once
// The user's corrections of the geoparser: "this name is that place" or "this is not a place",
// for every identical mention in the corpus or for one mention. Kept in a JSON file beside the
// corpus (placeline-overrides.json in its folder), written atomically, applied at every load.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "placeline/base/diagnostics.hpp"

namespace placeline {

struct Override {
    // Scope: `file` empty -> every mention whose text folds to `form`; else the one mention of
    // `file` (relative to the overrides file's folder) at code points [start, end).
    std::string form;       // folded surface form (fold_name)
    std::string file;
    uint32_t start = 0, end = 0;
    std::string place_id;   // empty: not a place
    bool per_mention() const { return !file.empty(); }
};

class Overrides {
public:
    // Where the overrides of a corpus live: in the folder given (the first one), or in the folder
    // of the first file given.
    static std::string path_for(const std::vector<std::string>& corpus_paths);
    // Missing file: no overrides. A damaged file or entry is reported and skipped.
    static Overrides load(const std::string& path, Diagnostics& diags);
    // Writes atomically; returns an empty string or the reason.
    std::string save() const;

    const std::string& path() const { return path_; }
    void set_path(std::string path) { path_ = std::move(path); }
    // Adds or replaces the override of the same scope.
    void set(Override o);
    // Removes the override of that scope; true when there was one.
    bool clear(const Override& scope);
    bool empty() const { return items_.empty(); }
    const std::vector<Override>& items() const { return items_; }

    // An article's path as the overrides file names it (relative to its folder).
    std::string relative(const std::string& article_path) const;
    // The override for one mention: a per-mention one first, else one for its form.
    const Override* find(std::string_view relative_file, uint32_t start, uint32_t end, std::string_view form) const;

private:
    std::string path_;
    std::vector<Override> items_;
};

}  // namespace placeline
