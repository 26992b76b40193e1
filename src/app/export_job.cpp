#include "export_job.hpp"

#include <utility>

#include <SDL.h>

namespace placeline::app {

ExportJob::~ExportJob() {
    // Quitting mid-export: the work stops at its next check and writes nothing.
    progress_->cancel();
    if (worker_.joinable()) worker_.join();
}

bool ExportJob::start(std::function<std::string(Progress&)> work) {
    {
        std::lock_guard lock(mutex_);
        if (busy_) return false;
        busy_ = true;
        outcome_.reset();
    }
    if (worker_.joinable()) worker_.join();
    progress_ = std::make_shared<Progress>();
    worker_ = std::thread([this, work = std::move(work), progress = progress_] {
        std::string error;
        try {
            error = work(*progress);
        } catch (const std::exception& e) {  // bad_alloc for a huge picture: a message, not terminate
            error = e.what();
        }
        {
            std::lock_guard lock(mutex_);
            outcome_ = Outcome{error, progress->cancelled()};
            busy_ = false;
        }
        static const Uint32 wake = SDL_RegisterEvents(1);
        SDL_Event e{};
        e.type = wake;
        SDL_PushEvent(&e);
    });
    return true;
}

bool ExportJob::busy() const {
    std::lock_guard lock(mutex_);
    return busy_;
}

std::optional<ExportJob::Outcome> ExportJob::take() {
    std::lock_guard lock(mutex_);
    return std::exchange(outcome_, std::nullopt);
}

}  // namespace placeline::app
