#include "uno/common/main_thread.hxx"

#include "uno/common/strings.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/exc_hlp.hxx>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <sys/syscall.h>
#include <unistd.h>

using namespace css;

namespace reportkit::office {
namespace {

// soffice's main thread is its process's first thread; other hosts of the component have none.
bool in_office_process() {
    static const bool office = [] {
        std::error_code ec;
        return std::filesystem::read_symlink("/proc/self/exe", ec).filename() == "soffice.bin";
    }();
    return office;
}

bool on_first_thread() {
    return static_cast<pid_t>(syscall(SYS_gettid)) == getpid();
}

// A job the main thread runs, unless the caller takes it back first: only when the main thread is
// stuck behind a SolarMutex the caller holds. Taking back a job from a main thread that is merely
// busy would let both threads work on ReportKit's state and the document at once.
class main_thread_job : public cppu::WeakImplHelper1<awt::XCallback> {
public:
    explicit main_thread_job(const std::function<void()>& work) : work_(work) {}

    void SAL_CALL notify(const uno::Any&) override {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (state_ == state::taken_back) return;
            state_ = state::running;
        }
        cv_.notify_all();
        uno::Any error;
        try {
            work_();
        } catch (const uno::Exception&) {
            error = cppu::getCaughtException();
        } catch (const std::exception& e) {
            error <<= uno::RuntimeException(to_ou(e.what()));
        } catch (...) { // nothing may escape into the main loop
            error <<= uno::RuntimeException("ReportKit: unexpected error");
        }
        std::lock_guard<std::mutex> lock(mutex_);
        error_ = error;
        state_ = state::done;
        cv_.notify_all();
    }

    // Waits for the job; runs it here when the main thread has not started it within `patience`.
    void wait(std::chrono::milliseconds patience) {
        std::unique_lock<std::mutex> lock(mutex_);
        if (!cv_.wait_for(lock, patience, [this] { return state_ != state::pending; })) {
            state_ = state::taken_back;
            lock.unlock();
            return work_();
        }
        cv_.wait(lock, [this] { return state_ == state::done; });
        if (error_.hasValue()) cppu::throwException(error_);
    }

private:
    enum class state { pending, running, done, taken_back };
    const std::function<void()>& work_;
    std::mutex mutex_;
    std::condition_variable cv_;
    state state_ = state::pending;
    uno::Any error_;
};

// A job the main loop runs once, nobody waiting for it.
class posted_job : public cppu::WeakImplHelper1<awt::XCallback> {
public:
    explicit posted_job(std::function<void()> work) : work_(std::move(work)) {}

    void SAL_CALL notify(const uno::Any&) override {
        try {
            work_();
        } catch (...) { // nothing may escape into the main loop
        }
    }

private:
    std::function<void()> work_;
};

} // namespace

void post_to_main_loop(const uno::Reference<uno::XComponentContext>& context, std::function<void()> work) {
    rtl::Reference<posted_job> job(new posted_job(std::move(work)));
    awt::AsyncCallback::create(context)->addCallback(uno::Reference<awt::XCallback>(job.get()), uno::Any());
}

void run_on_main_thread(const uno::Reference<uno::XComponentContext>& context, caller who,
                        const std::function<void()>& work) {
    if (who == caller::ui || !in_office_process() || on_first_thread()) return work();
    rtl::Reference<main_thread_job> job(new main_thread_job(work));
    awt::AsyncCallback::create(context)->addCallback(uno::Reference<awt::XCallback>(job.get()), uno::Any());
    job->wait(std::chrono::seconds(10));
}

} // namespace reportkit::office
