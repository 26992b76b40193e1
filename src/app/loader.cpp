#include "loader.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "placeline/render/view.hpp"

namespace placeline::app {

Loader::~Loader() {
    progress_->cancel();
    if (worker_.joinable()) worker_.join();
}

void Loader::launch(std::function<std::shared_ptr<const render::MapData>(Progress&)> work) {
    progress_->cancel();
    if (worker_.joinable()) worker_.join();
    progress_ = std::make_shared<Progress>();
    int generation;
    {
        std::lock_guard lock(mutex_);
        busy_ = true;
        running_ = true;
        generation = ++generation_;
    }
    worker_ = std::thread([this, work = std::move(work), progress = progress_, generation] {
        struct Finished {
            Loader* loader;
            ~Finished() {
                std::lock_guard lock(loader->mutex_);
                loader->running_ = false;
                loader->stopped_.notify_all();
            }
        } finished{this};
        auto data = work(*progress);
        if (data && map_width_ > 0 && map_height_ > 0 && !progress->cancelled()) {
            progress->stage("Simplifying the layers for the view");
            const geo::Bounds b = render::default_bounds(*data);
            if (!b.empty()) render::prepare_levels(*data, render::View::fit(b, map_width_, map_height_, map_margin_).scale);
        }
        {
            std::lock_guard lock(mutex_);
            if (generation != generation_ || progress->cancelled()) return;
            result_ = std::move(data);
            busy_ = false;
        }
        if (on_done_) on_done_();
    });
}

void Loader::start(const render::MapSources& sources) {
    launch([this, sources](Progress& progress) {
        auto t0 = std::chrono::steady_clock::now();
        auto data = render::load_map_data(sources, diags_, &progress);
        if (std::getenv("PLACELINE_TIMING"))
            std::fprintf(stderr, "placeline: loading took %.1f ms\n",
                         std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        return data;
    });
}

void Loader::reproject(std::shared_ptr<const render::MapData> data, const std::string& projection) {
    launch([this, data, projection](Progress& progress) {
        progress.stage("Projecting layers");
        std::vector<geo::Layer> layers;
        for (const auto& l : data->layers) layers.push_back(l.source);
        return render::build_map_data(data->atlas, std::move(layers), projection, diags_, data->styles,
                                      data->place_shapes);
    });
}

bool Loader::stop(std::chrono::milliseconds limit) {
    progress_->cancel();
    std::unique_lock lock(mutex_);
    if (!stopped_.wait_for(lock, limit, [this] { return !running_; })) return false;
    lock.unlock();
    if (worker_.joinable()) worker_.join();
    return true;
}

void Loader::cancel() {
    progress_->cancel();
    std::lock_guard lock(mutex_);
    ++generation_;  // whatever the worker finishes is not taken
    busy_ = false;
}

bool Loader::busy() const {
    std::lock_guard lock(mutex_);
    return busy_;
}

std::shared_ptr<const render::MapData> Loader::take() {
    std::lock_guard lock(mutex_);
    return std::move(result_);
}

}  // namespace placeline::app
