#pragma once
// One export at a time off the UI thread (File > Export): the work gets a Progress to report to
// and to check for cancellation; the window shows the stage and a bar, and a Cancel button.
// The work returns an empty string on success, else the reason. Its end wakes the event loop
// (an SDL event of its own type), so an idle window shows the outcome at once.
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "placeline/base/progress.hpp"

namespace placeline::app {

class ExportJob {
public:
    ~ExportJob();
    // Starts `work` on its own thread; refused (false) while one runs.
    bool start(std::function<std::string(Progress&)> work);
    bool busy() const;
    void cancel() { progress_->cancel(); }
    const Progress& progress() const { return *progress_; }
    // The outcome of the finished work, once; nothing while it runs or when already taken.
    // `cancelled` says whether the user cancelled it.
    struct Outcome {
        std::string error;
        bool cancelled = false;
    };
    std::optional<Outcome> take();

private:
    std::thread worker_;
    std::shared_ptr<Progress> progress_ = std::make_shared<Progress>();
    mutable std::mutex mutex_;
    bool busy_ = false;
    std::optional<Outcome> outcome_;
};

}  // namespace placeline::app
