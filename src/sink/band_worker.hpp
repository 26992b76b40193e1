#pragma once
// A second thread that stays: a full redraw hands it one band of rows per frame. Started once,
// its per-thread buffers (segments, rasterizer cells) survive from frame to frame, where a
// thread started per frame would allocate and fault them in again every time.
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace placeline::sink {

class BandWorker {
public:
    BandWorker();
    ~BandWorker();
    BandWorker(const BandWorker&) = delete;
    BandWorker& operator=(const BandWorker&) = delete;

    // Starts `job` on the worker; `wait` returns once it is done. One job at a time.
    void start(std::function<void()> job);
    void wait();

private:
    void loop();

    std::mutex mutex_;
    std::condition_variable wake_, done_;
    std::function<void()> job_;
    bool busy_ = false, quit_ = false;
    std::thread thread_;
};

}  // namespace placeline::sink
