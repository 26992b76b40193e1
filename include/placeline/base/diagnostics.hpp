#pragma once
// Diagnostics: what went wrong with the user's input, said so that they can find it.
// Every reader reports here instead of throwing, so one bad file never stops the rest.
#include <mutex>
#include <string>
#include <vector>

namespace placeline {

enum class Severity { info, warning, error };

struct Diagnostic {
    Severity severity = Severity::warning;
    std::string file;      // empty when it is not about one file
    int line = 0;          // 1-based; 0 when unknown
    std::string message;
};

// One line, as printed on stderr and in the app's log: "file:line: warning: message".
std::string format_diagnostic(const Diagnostic& d);

// Thread-safe collector: loaders run in parallel and report into one list.
class Diagnostics {
public:
    void report(Severity s, std::string file, int line, std::string message);
    void warn(std::string file, std::string message) { report(Severity::warning, std::move(file), 0, std::move(message)); }
    void error(std::string file, std::string message) { report(Severity::error, std::move(file), 0, std::move(message)); }
    void info(std::string file, std::string message) { report(Severity::info, std::move(file), 0, std::move(message)); }
    std::vector<Diagnostic> snapshot() const;
    // Calls visit(d) for each diagnostic in report order, under the lock and without copying
    // them (snapshot() copies every one, info ones included, to print the few others).
    // `visit` must not report into this collector.
    template <class Visit>
    void for_each(Visit visit) const {
        std::lock_guard lock(mutex_);
        for (const Diagnostic& d : items_) visit(d);
    }
    void append(const std::vector<Diagnostic>& more);
    size_t size() const;

private:
    mutable std::mutex mutex_;
    std::vector<Diagnostic> items_;
};

}  // namespace placeline
