#pragma once
// Independent items (articles, files, layers) spread over the machine's cores: `worker` runs on
// as many threads as there are cores but no more than `items`, the calling thread among them,
// and each call pulls items until none is left (an atomic counter of its own). Returns when all
// are done. The worker may keep per-thread state (scratch buffers, a PROJ object) in its frame.
#include <algorithm>
#include <thread>
#include <vector>

namespace placeline {

template <class Worker>
void run_on_cores(size_t items, Worker worker) {
    const size_t threads = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), items);
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
}

}  // namespace placeline
