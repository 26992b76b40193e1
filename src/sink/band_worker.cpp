#include "band_worker.hpp"

namespace placeline::sink {

BandWorker::BandWorker() : thread_([this] { loop(); }) {}

BandWorker::~BandWorker() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
    }
    wake_.notify_one();
    thread_.join();
}

void BandWorker::start(std::function<void()> job) {
    {
        std::lock_guard lock(mutex_);
        job_ = std::move(job);
        busy_ = true;
    }
    wake_.notify_one();
}

void BandWorker::wait() {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [this] { return !busy_; });
}

void BandWorker::loop() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return quit_ || busy_; });
        if (quit_) return;
        std::function<void()> job = std::move(job_);
        lock.unlock();
        job();
        lock.lock();
        busy_ = false;
        done_.notify_one();
    }
}

}  // namespace placeline::sink
