// run_on_cores and its helper threads (include/placeline/base/on_cores.hpp): every item once,
// from one call after another (helpers spinning or parked between), from a call nested in another's
// item, and from two threads at once.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "placeline/base/on_cores.hpp"

using namespace placeline;

namespace {

// How many slots of `seen` were visited exactly once.
size_t visited_once(const std::vector<std::atomic<int>>& seen) {
    size_t once = 0;
    for (const auto& s : seen) once += s.load() == 1;
    return once;
}

}  // namespace

TEST_CASE("for_each_on_cores visits every index once in each of many calls in a row") {
    // The helper threads are woken again for each call: none may miss a call or run one twice.
    for (int call = 0; call < 500; ++call) {
        const size_t items = 2 + size_t(call % 7);
        std::vector<std::atomic<int>> seen(items);
        for_each_on_cores(items, [&](size_t i) { seen[i].fetch_add(1); });
        REQUIRE(visited_once(seen) == items);
    }
}

TEST_CASE("for_each_on_cores visits every index once with the helpers started ahead, both spinning and parked between calls") {
    // Without a spin a helper parks at once; with one it spins for the next call (calls in a row
    // meet it spinning) and parks after the spin (calls after a pause wake it): no way may lose an
    // item or run one twice, and starting the helpers again starts no more.
    for (int spin_us : {0, 1000}) {
        CAPTURE(spin_us);
        set_helper_spin(std::chrono::microseconds(spin_us));
        start_helper_threads();
        start_helper_threads();
        for (int call = 0; call < 60; ++call) {
            if (call % 3 == 2) std::this_thread::sleep_for(std::chrono::milliseconds(2));  // longer than the spin
            const size_t items = 3 + size_t(call % 5) * 40;
            std::vector<std::atomic<int>> seen(items);
            for_each_on_cores(items, [&](size_t i) { seen[i].fetch_add(1); });
            REQUIRE(visited_once(seen) == items);
        }
    }
    set_helper_spin(std::chrono::microseconds(0));
}

TEST_CASE("for_each_on_cores inside another's item visits every index once") {
    // The inner calls find the helper threads taken by the outer one, and start threads of their own.
    constexpr size_t outer = 6, inner = 50;
    std::vector<std::atomic<int>> seen(outer * inner);
    for_each_on_cores(outer, [&](size_t o) { for_each_on_cores(inner, [&](size_t i) { seen[o * inner + i].fetch_add(1); }); });
    CHECK(visited_once(seen) == outer * inner);
}

TEST_CASE("for_each_on_cores called from two threads at once visits every index once") {
    constexpr size_t items = 1000;
    std::vector<std::atomic<int>> a(items), b(items);
    std::thread other([&] {
        for (int k = 0; k < 20; ++k) for_each_on_cores(items / 20, [&](size_t i) { a[k * (items / 20) + i].fetch_add(1); });
    });
    for (int k = 0; k < 20; ++k) for_each_on_cores(items / 20, [&](size_t i) { b[k * (items / 20) + i].fetch_add(1); });
    other.join();
    CHECK(visited_once(a) == items);
    CHECK(visited_once(b) == items);
}

TEST_CASE("run_on_cores runs its worker on the calling thread and at most one more per core, each with its own copy") {
    std::mutex m;
    std::set<std::thread::id> threads;
    std::atomic<int> runs{0};
    int copies_own_state = 0;
    // A worker with state of its own: each thread's copy starts from the state given.
    run_on_cores(64, [&, state = 0]() mutable {
        const bool fresh = state == 0;
        ++state;
        runs.fetch_add(1);
        std::lock_guard lock(m);
        threads.insert(std::this_thread::get_id());
        copies_own_state += fresh;
    });
    // A helper that wakes after the calling thread's run skips it: between one run and one per core.
    CHECK(runs.load() >= 1);
    CHECK(runs.load() <= int(std::min<size_t>(core_count(), 64)));
    CHECK(copies_own_state == runs.load());
    CHECK(threads.size() == size_t(runs.load()));
    CHECK(threads.count(std::this_thread::get_id()) == 1);
}

TEST_CASE("for_each_run_on_cores_beside visits every index once and runs its side step once") {
    // A long run of items (several runs, on the cores) and a short one (one run, all on the
    // calling thread): either way each index once and the side step once.
    for (size_t items : {size_t(5000), size_t(7)}) {
        std::vector<std::atomic<int>> seen(items);
        std::atomic<int> beside{0};
        for_each_run_on_cores_beside(items, 64, [&](size_t i) { seen[i].fetch_add(1); }, [&] { beside.fetch_add(1); });
        CHECK(visited_once(seen) == items);
        CHECK(beside.load() == 1);
    }
}
