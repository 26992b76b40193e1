#pragma once
// Independent items (articles, files, layers) spread over the machine's cores: `worker` runs on
// the calling thread and on up to one other thread per further core, no more threads than
// `items`, and each call pulls items until none is left (an atomic counter of its own). Returns
// when all are done. The worker may keep per-thread state (scratch buffers, a PROJ object) in its
// frame.
//
// The other threads are the process's helper threads, started at the first call and kept, parked
// between calls (src/base/helper_threads.cpp): one long document makes some thirty passes over
// the cores, and starting and joining a thread for each cost more than waking one. A helper that
// wakes after the calling thread has finished its run skips the call (the caller has pulled every
// item), so the caller never waits for a late one. Between calls a helper may spin a while before
// it parks, to take the next pass at once (set_helper_spin). A call made while the helpers are busy (a pass
// inside an item of another call, or a second thread's call) starts threads of its own instead,
// as every call did before.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace placeline {

// The machine's cores, asked once per process (glibc reads /sys at every
// std::thread::hardware_concurrency() call); at least 1.
size_t core_count();

// Starts the helper threads now (parked) when the machine has more than one core, rather than at
// the first call that wants them: a long document's first pass (reading its words) then finds
// them ready, where a helper started by that pass could join it late or not at all.
void start_helper_threads();

// How long a helper thread spins for the next call before it parks, and the caller for a helper
// still on its last item before it sleeps (default none: both sleep at once). The command line
// sets a millisecond: on one long document a helper woken from sleep joined each of some forty
// passes 20 to 60 µs late, now and then milliseconds, where spinning it joins at once
// (bench/README.md, "Fifteenth round"). The window sets none: a core spinning between its frames'
// passes would burn power for nothing.
void set_helper_spin(std::chrono::microseconds spin);

namespace detail {
// Runs `work(context)` on the calling thread and on those of `helpers` helper threads that wake
// before it returns there, and returns when all have returned; false, having run nothing, when
// the helpers are busy.
bool run_on_helper_threads(size_t helpers, void (*work)(void*), void* context);
}  // namespace detail

template <class Worker>
void run_on_cores(size_t items, Worker worker) {
    // One item or none: the calling thread alone.
    if (items <= 1) {
        worker();
        return;
    }
    const size_t threads = std::min(core_count(), items);
    if (threads <= 1) {
        worker();
        return;
    }
    // Each thread runs its own copy of the worker, as a std::thread started with it would.
    auto work = [](void* w) {
        Worker own(*static_cast<const Worker*>(w));
        own();
    };
    if (detail::run_on_helper_threads(threads - 1, work, &worker)) return;
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
}

// The common case: `each(i)` for every i in [0, items), spread over the cores by one shared
// counter. Which thread runs an item is not fixed, so `each` writes only to item i's own slot.
template <class Each>
void for_each_on_cores(size_t items, Each each) {
    std::atomic<size_t> next{0};
    run_on_cores(items, [&] {
        for (size_t i; (i = next.fetch_add(1)) < items;) each(i);
    });
}

// One long document's per-item work (its matches' local words and priors): items [0, items) in
// runs of `run` consecutive ones, the runs spread over the cores as above, so that each thread
// reads neighbouring text. With one run or none, all on the calling thread: an ordinary article
// wakes no thread. `each(i)` writes only to item i's own slot, as above.
template <class Each>
void for_each_run_on_cores(size_t items, size_t run, Each each) {
    const size_t runs = (items + run - 1) / run;
    if (runs <= 1) {
        for (size_t i = 0; i < items; ++i) each(i);
        return;
    }
    for_each_on_cores(runs, [&](size_t r) {
        for (size_t i = r * run, end = std::min(items, i + run); i < end; ++i) each(i);
    });
}

// The same, with `beside()` run once, on one thread, while the runs go over the cores: a
// long document's serial step that the runs neither read nor write (numbering its pairs, making
// an index) takes one core while the other starts on the runs, where it kept one core busy
// and the other waiting before them. It is the first item pulled, so that the thread that takes
// it has the runs' time to finish it in. With one run or none, `beside()` and then the items on
// the calling thread, as an ordinary article does everything.
template <class Each, class Beside>
void for_each_run_on_cores_beside(size_t items, size_t run, Each each, Beside beside) {
    const size_t runs = (items + run - 1) / run;
    if (runs <= 1) {
        beside();
        for (size_t i = 0; i < items; ++i) each(i);
        return;
    }
    for_each_on_cores(runs + 1, [&](size_t r) {
        if (r == 0) {
            beside();
            return;
        }
        for (size_t i = (r - 1) * run, end = std::min(items, i + run); i < end; ++i) each(i);
    });
}

}  // namespace placeline
