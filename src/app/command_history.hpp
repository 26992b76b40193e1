#pragma once
// Undo and redo: a list of the edits done and of those undone. An edit carries both directions
// as functions, so corrections (which write the overrides file) and layer changes (which set the
// map state and may load again) are undone the same way. A step that cannot be taken (the
// overrides file cannot be written) says why and stays where it was, so what is on disk always
// matches the history.
#include <functional>
#include <string>
#include <vector>

namespace placeline::app {

struct AppState;

struct Edit {
    std::string name;  // what the Edit menu says: "Undo Hide layer Countries"
    // Each returns an empty string, or why it could not be done.
    std::function<std::string(AppState&)> undo, redo;
};

class CommandHistory {
public:
    // A new edit: what was undone can no longer be redone.
    void push(Edit edit);
    bool can_undo() const { return !done_.empty(); }
    bool can_redo() const { return !undone_.empty(); }
    const std::string& undo_name() const { return done_.back().name; }
    const std::string& redo_name() const { return undone_.back().name; }
    // Empty, or why the step failed (then nothing moved).
    std::string undo(AppState& s);
    std::string redo(AppState& s);
    void clear();
    // Oldest first.
    const std::vector<Edit>& done() const { return done_; }
    const std::vector<Edit>& undone() const { return undone_; }

    // How many edits are kept; the oldest go first.
    static constexpr size_t limit = 500;

private:
    std::vector<Edit> done_, undone_;
};

}  // namespace placeline::app
