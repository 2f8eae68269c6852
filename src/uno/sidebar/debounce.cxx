#include "uno/sidebar/debounce.hxx"

#include "uno/common/main_thread.hxx"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

using namespace css;

namespace reportkit::office {

// Shared by the owner and its waiting thread, which outlives neither a stop nor the process:
// it only waits, and posts the job to the main loop, which checks `stopped` before running it.
struct debounce::state {
    uno::Reference<uno::XComponentContext> context;
    std::chrono::milliseconds quiet;
    std::function<void()> job;
    std::mutex mutex;
    std::condition_variable wake;
    std::optional<std::chrono::steady_clock::time_point> due;
    bool stopped = false; // read and written under `mutex`; the job checks it on the main thread

    void wait_and_post(const std::shared_ptr<state>& self) {
        std::unique_lock<std::mutex> lock(mutex);
        while (!stopped) {
            if (!due) {
                wake.wait(lock);
                continue;
            }
            if (wake.wait_until(lock, *due) == std::cv_status::no_timeout) continue; // poked again
            if (std::chrono::steady_clock::now() < *due) continue;
            due.reset();
            lock.unlock();
            post_to_main_loop(context, [self] {
                {
                    std::lock_guard<std::mutex> guard(self->mutex);
                    if (self->stopped) return;
                }
                self->job();
            });
            lock.lock();
        }
    }
};

debounce::debounce(const uno::Reference<uno::XComponentContext>& context, std::chrono::milliseconds quiet,
                   std::function<void()> job)
    : state_(std::make_shared<state>()) {
    state_->context = context;
    state_->quiet = quiet;
    state_->job = std::move(job);
    std::thread([s = state_] { s->wait_and_post(s); }).detach();
}

debounce::~debounce() {
    stop();
}

void debounce::poke() {
    std::lock_guard<std::mutex> lock(state_->mutex);
    state_->due = std::chrono::steady_clock::now() + state_->quiet;
    state_->wake.notify_all();
}

void debounce::stop() {
    std::lock_guard<std::mutex> lock(state_->mutex);
    state_->stopped = true;
    state_->wake.notify_all();
}

} // namespace reportkit::office
