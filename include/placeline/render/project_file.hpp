#pragma once
// A corpus folder's project file, placeline.toml: the layers, styles and deck that belong to
// the corpus, and whether the embedded regional pack (the Caucasus history layers) is loaded.
// Format: README.md, section "Project file". Paths are relative to the folder.
#include <optional>
#include <string>
#include <vector>

#include "placeline/base/diagnostics.hpp"

namespace placeline::render {

struct ProjectFile {
    std::vector<std::string> layers;  // PATH or PATH:LAYER, made absolute
    std::vector<std::string> styles;  // style files, made absolute
    std::string deck;                 // a slide deck, made absolute; empty: none
    std::optional<bool> regional_layers;
};

// `folder`/placeline.toml; no file (or `folder` not a folder): an empty project. A bad key or
// value is reported with the file and line, and the rest of the file applies.
ProjectFile read_project_file(const std::string& folder, Diagnostics& diags);

}  // namespace placeline::render
