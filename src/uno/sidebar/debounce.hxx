// A job that runs on the main loop once things have been quiet for a while: the Data panel's
// audit, after the last keystroke rather than on each one.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <functional>
#include <memory>

namespace reportkit::office {

class debounce {
public:
    debounce(const css::uno::Reference<css::uno::XComponentContext>& context, std::chrono::milliseconds quiet,
             std::function<void()> job);
    ~debounce();
    debounce(const debounce&) = delete;
    debounce& operator=(const debounce&) = delete;

    void poke(); // something changed: run the job `quiet` after the last poke
    void stop(); // on the main thread: the job never runs again

private:
    struct state;
    std::shared_ptr<state> state_;
};

} // namespace reportkit::office
