#include "placeline/base/diagnostics.hpp"

#include <fmt/format.h>

namespace placeline {

std::string format_diagnostic(const Diagnostic& d) {
    const char* sev = d.severity == Severity::error ? "error" : d.severity == Severity::warning ? "warning" : "note";
    std::string where;
    if (!d.file.empty()) where = d.line > 0 ? fmt::format("{}:{}: ", d.file, d.line) : fmt::format("{}: ", d.file);
    return fmt::format("{}{}: {}", where, sev, d.message);
}

void Diagnostics::report(Severity s, std::string file, int line, std::string message) {
    if (s == Severity::info && !keep_info_) return;
    std::lock_guard lock(mutex_);
    items_.push_back({s, std::move(file), line, std::move(message)});
}

std::vector<Diagnostic> Diagnostics::snapshot() const {
    std::lock_guard lock(mutex_);
    return items_;
}

void Diagnostics::append(const std::vector<Diagnostic>& more) {
    std::lock_guard lock(mutex_);
    if (keep_info_) {
        items_.insert(items_.end(), more.begin(), more.end());
        return;
    }
    for (const Diagnostic& d : more)
        if (d.severity != Severity::info) items_.push_back(d);
}

size_t Diagnostics::size() const {
    std::lock_guard lock(mutex_);
    return items_.size();
}

}  // namespace placeline
