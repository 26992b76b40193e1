#include "command_history.hpp"

namespace placeline::app {

void CommandHistory::push(Edit edit) {
    undone_.clear();
    done_.push_back(std::move(edit));
    if (done_.size() > limit) done_.erase(done_.begin());
}

namespace {

// Takes the last edit of `from` one way (undo or redo) and moves it to `to`; a step that fails
// leaves it where it was.
std::string step(std::vector<Edit>& from, std::vector<Edit>& to, bool undo, AppState& s) {
    if (from.empty()) return {};
    // Taken off the list before it runs: it must not see itself there.
    Edit edit = std::move(from.back());
    from.pop_back();
    std::string error = undo ? edit.undo(s) : edit.redo(s);
    (error.empty() ? to : from).push_back(std::move(edit));
    return error;
}

}  // namespace

std::string CommandHistory::undo(AppState& s) { return step(done_, undone_, true, s); }

std::string CommandHistory::redo(AppState& s) { return step(undone_, done_, false, s); }

void CommandHistory::clear() {
    done_.clear();
    undone_.clear();
}

}  // namespace placeline::app
