#include "table_writer.hpp"

namespace placeline::cli {

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

static std::string as_text(const nlohmann::json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_null()) return {};
    if (v.is_array()) {
        std::string joined;
        for (const auto& item : v) {
            if (!joined.empty()) joined += ';';
            joined += as_text(item);
        }
        return joined;
    }
    return v.dump();
}

void TableWriter::row(const nlohmann::json& object) {
    if (format_ != TableFormat::csv) {
        nlohmann::ordered_json ordered;
        for (const std::string& c : columns_) ordered[c] = object.contains(c) ? object.at(c) : nullptr;
        std::string line = ordered.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        std::fputs(line.c_str(), out_);
        std::fputc('\n', out_);
        return;
    }
    if (!header_done_) {
        for (size_t i = 0; i < columns_.size(); ++i) std::fprintf(out_, "%s%s", i ? "," : "", columns_[i].c_str());
        std::fputc('\n', out_);
        header_done_ = true;
    }
    for (size_t i = 0; i < columns_.size(); ++i) {
        std::string v = object.contains(columns_[i]) ? as_text(object.at(columns_[i])) : "";
        std::fprintf(out_, "%s%s", i ? "," : "", csv_field(v).c_str());
    }
    std::fputc('\n', out_);
}

}  // namespace placeline::cli
