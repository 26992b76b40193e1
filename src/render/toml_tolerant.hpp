#pragma once
// Reading a human-edited TOML file without losing all of it to one typo: a line TOML refuses is
// reported (file and line) and blanked out, and the rest is read. Shared by decks and styles.
#include <toml++/toml.h>

#include <string>
#include <string_view>

#include "placeline/base/diagnostics.hpp"

namespace placeline::render {

toml::table parse_toml_tolerant(std::string_view text, const std::string& source_name, Diagnostics& diags);

// The whole file, or nothing (reported) when it cannot be read.
bool read_text_file(const std::string& path, std::string& out, std::string& error);

}  // namespace placeline::render
