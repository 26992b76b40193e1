#pragma once
// Background loading: the window keeps drawing (with a progress bar) while articles are read,
// places found and layers projected on a worker thread. The UI only ever sees a finished
// MapData (the Tracy model: build off the UI thread, read a finished model).
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "placeline/base/diagnostics.hpp"
#include "placeline/base/progress.hpp"
#include "placeline/render/map_load.hpp"

namespace placeline::app {

class Loader {
public:
    ~Loader();
    // Starts loading; a load still running is cancelled and its result dropped.
    void start(const render::MapSources& sources);
    // Re-projects already loaded data on the worker.
    void reproject(std::shared_ptr<const render::MapData> data, const std::string& projection);

    bool busy() const;
    // Stops the load in progress: its result is dropped and the data shown stays.
    void cancel();
    // Quitting: cancels the load and waits at most `limit` for the worker to stop. False if it
    // still runs (a stage that cannot stop half way, such as resolving one huge article): the
    // caller then ends the process without it rather than keep a closed window's process alive.
    bool stop(std::chrono::milliseconds limit);
    // The finished data, once; nullptr while busy or when already taken.
    std::shared_ptr<const render::MapData> take();
    const Progress& progress() const { return *progress_; }
    // Called on the worker thread when a result is ready (the app wakes its event loop).
    void on_done(std::function<void()> callback) { on_done_ = std::move(callback); }
    // The map's size in the window and the margin a fitted view keeps (updated every frame): a
    // finished load builds the layers' detail for the view it will first be shown in.
    void set_map_size(int width, int height, float margin) {
        map_width_ = width, map_height_ = height, map_margin_ = margin;
    }
    // Diagnostics of every load so far.
    std::vector<Diagnostic> diagnostics() const { return diags_.snapshot(); }

private:
    void launch(std::function<std::shared_ptr<const render::MapData>(Progress&)> work);
    std::thread worker_;
    std::shared_ptr<Progress> progress_ = std::make_shared<Progress>();
    Diagnostics diags_;
    mutable std::mutex mutex_;
    std::shared_ptr<const render::MapData> result_;
    bool busy_ = false;
    std::function<void()> on_done_;
    int generation_ = 0;
    std::condition_variable stopped_;
    bool running_ = false;  // the worker thread has not returned yet (under mutex_)
    std::atomic<int> map_width_{0}, map_height_{0};
    std::atomic<float> map_margin_{0};
};

}  // namespace placeline::app
