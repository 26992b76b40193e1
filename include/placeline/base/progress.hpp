#pragma once
// Progress of long work (corpus loading, gazetteer compilation) as the window shows it.
// Written by the worker thread, read by the UI thread every frame: lock-free for the fraction,
// a small lock for the stage text.
#include <atomic>
#include <mutex>
#include <string>

namespace placeline {

class Progress {
public:
    void stage(std::string text) {
        std::lock_guard lock(mutex_);
        stage_ = std::move(text);
        fraction_.store(0.0f);
    }
    void set(float fraction) { fraction_.store(fraction); }
    float fraction() const { return fraction_.load(); }
    std::string stage_text() const {
        std::lock_guard lock(mutex_);
        return stage_;
    }
    // Cooperative cancellation: workers check it between items.
    void cancel() { cancelled_.store(true); }
    bool cancelled() const { return cancelled_.load(); }

private:
    std::atomic<float> fraction_{0.0f};
    std::atomic<bool> cancelled_{false};
    mutable std::mutex mutex_;
    std::string stage_;
};

}  // namespace placeline
