#pragma once
// What the real-window tests share: Xvfb on a free display, the app started on it with a state
// dump and a config folder of its own, xdotool for input, and waiting for the dump to say so.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <chrono>
#include <algorithm>
#include <cmath>
#include <memory>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;
namespace fs = std::filesystem;
using json = nlohmann::json;

namespace window_test {

inline pid_t spawn(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::vector<std::string> env_storage(extra_env);
    for (char** e = environ; *e; ++e) env_storage.emplace_back(*e);
    std::vector<char*> env;
    for (auto& e : env_storage) env.push_back(e.data());
    env.push_back(nullptr);
    pid_t pid = -1;
    if (posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), env.data()) != 0) return -1;
    return pid;
}

inline bool wait_for(const std::function<bool()>& condition, double seconds) {
    auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < end) {
        if (condition()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return condition();
}

inline json read_json(const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    try {
        return json::parse(ss.str());
    } catch (...) {
        return json();
    }
}

inline int xdotool(const std::string& display, const std::string& args) {
    std::string cmd = "DISPLAY=" + display + " xdotool " + args + " >/dev/null 2>&1";
    return std::system(cmd.c_str());
}

struct Session {
    std::string display;
    pid_t xvfb = -1, app = -1;
    std::string dir, dump;

    ~Session() {
        if (app > 0) kill(app, SIGKILL), waitpid(app, nullptr, 0);
        if (xvfb > 0) kill(xvfb, SIGTERM), waitpid(xvfb, nullptr, 0);
    }
};

// Starts Xvfb on a display it finds free and the app on it with `args`; `settings` (JSON), when given, is
// the app's settings file as it starts.
inline void start(Session& s, const std::vector<std::string>& args, int offset, const std::string& screen = "1600x1000x24",
                  const std::string& settings = {}) {
    s.dir = (fs::temp_directory_path() / ("placeline-window-" + std::to_string(getpid()) + "-" + std::to_string(offset)))
                .string();
    fs::create_directories(s.dir + "/config");
    s.dump = s.dir + "/state.json";
    if (!settings.empty()) {
        fs::create_directories(s.dir + "/config/placeline");
        std::ofstream(s.dir + "/config/placeline/settings.json") << settings;
    }
    // Xvfb picks a free display itself and writes its number to a pipe (-displayfd): a number
    // chosen here could be taken by another test process running at the same time.
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    s.xvfb = spawn({"Xvfb", "-displayfd", std::to_string(fds[1]), "-screen", "0", screen, "-nolisten", "tcp"}, {});
    close(fds[1]);
    REQUIRE(s.xvfb > 0);
    std::string number;
    pollfd reader{fds[0], POLLIN, 0};
    char c;
    while (poll(&reader, 1, 10000) > 0 && read(fds[0], &c, 1) == 1 && c != '\n') number += c;
    close(fds[0]);
    REQUIRE_MESSAGE(!number.empty(), "Xvfb did not start");
    s.display = ":" + number;
    std::vector<std::string> argv = {PLACELINE_EXE};
    argv.insert(argv.end(), args.begin(), args.end());
    s.app = spawn(argv, {"DISPLAY=" + s.display, "PLACELINE_STATE_DUMP=" + s.dump,
                         "XDG_CONFIG_HOME=" + s.dir + "/config", "SDL_VIDEODRIVER=x11"});
    REQUIRE(s.app > 0);
}

// The state once the corpus is loaded and its markers drawn, the window found by xdotool.
inline json wait_for_markers(Session& s) {
    json state;
    REQUIRE_MESSAGE(wait_for([&] {
                        state = read_json(s.dump);
                        return state.is_object() && state["loaded"] == true && !state["markers"].empty();
                    }, 30),
                    "the app did not show the corpus");
    REQUIRE(xdotool(s.display, "search --sync --name Placeline") == 0);
    return state;
}

// Moves the pointer to a point of the app's window.
inline int move_pointer(const Session& s, double x, double y) {
    return xdotool(s.display, "search --name Placeline mousemove --window %1 " + std::to_string(int(x)) + " " +
                                  std::to_string(int(y)));
}

// Hovers (x, y) of the app's window and clicks there: the place `id` must show as hovered, then
// be selected. Returns the state after the click.
inline json hover_and_click(const Session& s, double x, double y, const std::string& id) {
    REQUIRE(move_pointer(s, x, y) == 0);
    // A warp of the pointer alone reaches SDL as no motion: one pixel of real motion after it.
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    REQUIRE(xdotool(s.display, "mousemove_relative 1 1") == 0);
    json state;
    CHECK_MESSAGE(wait_for([&] {
                      state = read_json(s.dump);
                      return state["hovered"] == id;
                  }, 10),
                  state["hovered"].dump());
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    REQUIRE(xdotool(s.display, "click 1") == 0);
    CHECK_MESSAGE(wait_for([&] {
                      state = read_json(s.dump);
                      return state["selected"].is_object() && state["selected"]["id"] == id;
                  }, 10),
                  state["selected"].dump());
    return state;
}

// Presses the left button at (xa, y), moves to (xb, y) in steps and lets go.
inline void drag_pointer(const Session& s, double xa, double xb, double y) {
    move_pointer(s, xa, y);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    xdotool(s.display, "mousedown 1");
    // No wait for a frame to see the press: a slow frame that gets the press and the moves
    // together still sees the press where it was (src/app/frame_events.hpp).
    for (int i = 1; i <= 8; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        move_pointer(s, xa + (xb - xa) * i / 8, y);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    xdotool(s.display, "mouseup 1");
}

}  // namespace window_test

using namespace window_test;
