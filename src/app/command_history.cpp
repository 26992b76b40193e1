#include "command_history.hpp"

namespace placeline::app {

void CommandHistory::push(Edit edit) {
    undone_.clear();
    done_.push_back(std::move(edit));
    if (done_.size() > limit) done_.erase(done_.begin());
}

std::string CommandHistory::undo(AppState& s) {
    if (done_.empty()) return {};
    // Moved before it runs: an edit's function may push nothing, but must not see itself listed.
    Edit edit = std::move(done_.back());
    done_.pop_back();
    std::string error = edit.undo(s);
    if (!error.empty()) {
        done_.push_back(std::move(edit));
        return error;
    }
    undone_.push_back(std::move(edit));
    return {};
}

std::string CommandHistory::redo(AppState& s) {
    if (undone_.empty()) return {};
    Edit edit = std::move(undone_.back());
    undone_.pop_back();
    std::string error = edit.redo(s);
    if (!error.empty()) {
        undone_.push_back(std::move(edit));
        return error;
    }
    done_.push_back(std::move(edit));
    return {};
}

void CommandHistory::clear() {
    done_.clear();
    undone_.clear();
}

}  // namespace placeline::app
