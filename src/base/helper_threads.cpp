// The process's helper threads for run_on_cores (include/placeline/base/on_cores.hpp): one fewer
// than the cores, started at the first call that wants them and parked on a condition variable
// between calls. A call hands them one job (a function and its context) under the lock and runs
// it itself; a helper asked for joins in if it wakes while the job is still open. The caller,
// its own run done, closes the job and waits only for the helpers that joined: on a busy machine
// a helper may wake late, when the caller has already taken every item, and the caller does not
// wait for it to find that out.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "placeline/base/on_cores.hpp"

namespace placeline {

size_t core_count() {
    static const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    return cores;
}

namespace {

class HelperThreads {
public:
    // Whether the job ran: on the calling thread, and on those of `helpers` helpers that woke
    // while the caller ran it.
    bool run(size_t helpers, void (*work)(void*), void* context) {
        // One job at a time: a caller that finds the helpers taken (a pass nested in a helper's
        // item, or another thread's call) is told so at once rather than made to wait, which
        // from inside a job could wait forever.
        if (taken_.exchange(true, std::memory_order_acquire)) return false;
        {
            std::lock_guard lock(mutex_);
            while (threads_.size() < helpers) threads_.emplace_back([this, i = threads_.size()] { serve(i); });
            work_ = work;
            context_ = context;
            asked_ = helpers;
            joined_ = finished_ = 0;
            open_ = true;
            ++job_;
        }
        wake_.notify_all();
        work(context);
        {
            std::unique_lock lock(mutex_);
            open_ = false;  // no helper joins from now on
            done_.wait(lock, [&] { return finished_ == joined_; });
        }
        taken_.store(false, std::memory_order_release);
        return true;
    }

private:
    // Helper `index`: waits for a job that asks for it, joins it while it is open, says when done.
    void serve(size_t index) {
        std::unique_lock lock(mutex_);
        // A helper started by a job may take part in that job: it counts from the one before.
        uint64_t seen = job_ - 1;
        for (;;) {
            wake_.wait(lock, [&] { return job_ != seen; });
            seen = job_;
            if (index >= asked_ || !open_) continue;
            ++joined_;
            void (*work)(void*) = work_;
            void* context = context_;
            lock.unlock();
            work(context);
            lock.lock();
            if (++finished_ == joined_ && !open_) done_.notify_one();
        }
    }

    std::atomic<bool> taken_{false};
    std::mutex mutex_;
    std::condition_variable wake_, done_;
    std::vector<std::thread> threads_;  // never joined: they serve until the process ends
    // The current job, under mutex_.
    uint64_t job_ = 0;
    void (*work_)(void*) = nullptr;
    void* context_ = nullptr;
    size_t asked_ = 0;                  // helpers [0, asked_) may join it
    bool open_ = false;                 // while the caller runs it: helpers may still join
    size_t joined_ = 0, finished_ = 0;  // helpers that joined it, and of those, that are done
};

}  // namespace

namespace detail {

bool run_on_helper_threads(size_t helpers, void (*work)(void*), void* context) {
    // Made once and never destroyed: its threads wait on its members until the process ends,
    // and a destructor at exit would pull those from under them.
    static HelperThreads* const threads = new HelperThreads;
    return threads->run(helpers, work, context);
}

}  // namespace detail

}  // namespace placeline
