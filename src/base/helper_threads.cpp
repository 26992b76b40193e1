// The process's helper threads for run_on_cores (include/placeline/base/on_cores.hpp): one fewer
// than the cores, started at the first call that wants them and parked on a condition variable
// between calls. A call hands them one job (a function and its context) under the lock and runs
// it itself; a helper asked for joins in if it wakes while the job is still open. The caller,
// its own run done, closes the job and waits only for the helpers that joined: on a busy machine
// a helper may wake late, when the caller has already taken every item, and the caller does not
// wait for it to find that out.
//
// Between jobs a helper may first spin for a while, then park (set_helper_spin): a long
// document's passes follow one another within microseconds to a millisecond, and a helper woken
// from the condition variable joined 20 to 60 µs after the job opened, now and then some
// milliseconds (a parked virtual core is slow to wake), leaving the caller alone on the items
// meanwhile, some forty times a document. The caller likewise spins that long for a helper still
// on its last item before it sleeps.
#include <algorithm>
#include <atomic>
#include <chrono>
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

// How long a thread spins for the next job or a helper's finish before it sleeps, in
// microseconds (set_helper_spin); 0: it sleeps at once.
std::atomic<int64_t> spin_us{0};

// Spins until `ready()` or the spin time has passed; whether ready.
template <class Ready>
bool spin_until(Ready ready) {
    const int64_t us = spin_us.load(std::memory_order_relaxed);
    if (us <= 0) return ready();
    const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(us);
    do {
        if (ready()) return true;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();  // lets the sibling hyper-thread run, and saves power
#endif
    } while (std::chrono::steady_clock::now() < until);
    return ready();
}

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
            start_locked(helpers);
            work_ = work;
            context_ = context;
            asked_ = helpers;
            joined_ = finished_ = 0;
            open_ = true;
            ++job_;
            posted_.store(job_, std::memory_order_release);
        }
        wake_.notify_all();
        work(context);
        {
            std::unique_lock lock(mutex_);
            open_ = false;  // no helper joins from now on
            if (finished_ != joined_) {
                lock.unlock();
                spin_until([&] { return working_.load(std::memory_order_acquire) == 0; });
                lock.lock();
            }
            done_.wait(lock, [&] { return finished_ == joined_; });
        }
        taken_.store(false, std::memory_order_release);
        return true;
    }

    // Starts the helpers now, parked, rather than at the first call that wants them.
    void start(size_t helpers) {
        std::lock_guard lock(mutex_);
        start_locked(helpers);
    }

private:
    void start_locked(size_t helpers) {
        while (threads_.size() < helpers) threads_.emplace_back([this, i = threads_.size()] { serve(i); });
    }

    // Helper `index`: waits for a job that asks for it, joins it while it is open, says when done.
    void serve(size_t index) {
        std::unique_lock lock(mutex_);
        // A helper started by a job may take part in that job: it counts from the one before.
        uint64_t seen = job_ - 1;
        for (;;) {
            if (job_ == seen) {
                lock.unlock();
                spin_until([&] { return posted_.load(std::memory_order_acquire) != seen; });
                lock.lock();
            }
            wake_.wait(lock, [&] { return job_ != seen; });
            seen = job_;
            if (index >= asked_ || !open_) continue;
            ++joined_;
            working_.fetch_add(1, std::memory_order_relaxed);
            void (*work)(void*) = work_;
            void* context = context_;
            lock.unlock();
            work(context);
            lock.lock();
            working_.fetch_sub(1, std::memory_order_release);
            if (++finished_ == joined_ && !open_) done_.notify_one();
        }
    }

    std::atomic<bool> taken_{false};
    // What the spinning threads watch without the lock: the last job posted (job_), and the
    // helpers inside a job (joined_ - finished_).
    std::atomic<uint64_t> posted_{0};
    std::atomic<size_t> working_{0};
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

// Made once and never destroyed: its threads wait on its members until the process ends, and a
// destructor at exit would pull those from under them.
HelperThreads& helper_threads() {
    static HelperThreads* const threads = new HelperThreads;
    return *threads;
}

}  // namespace

namespace detail {

bool run_on_helper_threads(size_t helpers, void (*work)(void*), void* context) {
    return helper_threads().run(helpers, work, context);
}

}  // namespace detail

void set_helper_spin(std::chrono::microseconds spin) { spin_us.store(spin.count(), std::memory_order_relaxed); }

void start_helper_threads() {
    if (core_count() > 1) helper_threads().start(core_count() - 1);
}

}  // namespace placeline
