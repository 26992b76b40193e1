#include "toml_tolerant.hpp"

#include "placeline/base/input_file.hpp"

#include <fstream>
#include <sstream>

namespace placeline::render {

toml::table parse_toml_tolerant(std::string_view toml_text, const std::string& source_name, Diagnostics& diags) {
    std::string text(toml_text);
    for (int attempt = 0;; ++attempt) {
        try {
            return toml::parse(text, source_name);
        } catch (const toml::parse_error& e) {
            int line = int(e.source().begin.line);
            diags.report(Severity::error, source_name, line,
                         std::string("not valid TOML: ") + std::string(e.description()) + "; line skipped");
            size_t start = 0;
            for (int l = 1; l < line && start != std::string::npos; ++l) {
                start = text.find('\n', start);
                if (start != std::string::npos) ++start;
            }
            if (attempt >= 20 || line < 1 || start == std::string::npos || start >= text.size()) return {};
            // Blank the line but keep its newline, so later lines keep their numbers.
            size_t end = text.find('\n', start);
            text.replace(start, (end == std::string::npos ? text.size() : end) - start, "");
        }
    }
}

bool read_text_file(const std::string& path, std::string& out, std::string& error) {
    return read_input_file(path, out, error);
}

}  // namespace placeline::render
