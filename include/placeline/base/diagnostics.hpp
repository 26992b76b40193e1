#pragma once
// Diagnostics: what went wrong with the user's input, said so that they can find it.
// Every reader reports here instead of throwing, so one bad file never stops the rest.
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
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
    // What is kept: everything reported, or (problems) the warnings and errors only, for a caller
    // that shows no info ones. The CLI prints warnings and errors only, and an info came for
    // nearly every article ("not named in the text: author"): on 4,704 LGL files a list of some
    // 4,700, each with two strings on the heap, grown by doubling (some 250 fresh pages).
    enum class Keep : uint8_t { all, problems };
    Diagnostics() = default;
    explicit Diagnostics(Keep keep) : keep_info_(keep == Keep::all) {}
    void report(Severity s, std::string file, int line, std::string message);
    void warn(std::string file, std::string message) { report(Severity::warning, std::move(file), 0, std::move(message)); }
    void error(std::string file, std::string message) { report(Severity::error, std::move(file), 0, std::move(message)); }
    // Views: where infos are not kept, nothing is copied (an article's path and its note were).
    void info(std::string_view file, std::string_view message) {
        if (keep_info_) report(Severity::info, std::string(file), 0, std::string(message));
    }
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
    bool keep_info_ = true;  // fixed at construction: read without the lock
};

}  // namespace placeline
