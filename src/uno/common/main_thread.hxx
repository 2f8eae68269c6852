// Running document work on LibreOffice's main thread.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace reportkit::office {

// Who calls the engine. Code that holds the SolarMutex (a document event, a job posted to the
// main loop) is `ui`: the main thread cannot run anything until it returns. Everything else,
// a menu command and a remote client alike, is a `client`.
enum class caller { client, ui };

// Runs `work` on the office's main thread and waits for it, rethrowing what it threw. Runs it
// on the calling thread for UI code, when already on the main thread, and when there is no main
// thread to go to (a uno process that hosts the components of an extension installed without a
// restart). From any other thread each call into a document hands the SolarMutex over, and the
// main thread runs Writer's idle jobs (layout, word count) in between: an outline took twice as
// long. A client that holds the SolarMutex unknown to us would block the main thread for good:
// after 10 s the caller runs the work itself, the main thread being stuck.
void run_on_main_thread(const css::uno::Reference<css::uno::XComponentContext>& context, caller who,
                        const std::function<void()>& work);

// Runs `work` later on the main thread, from the main loop, where it holds the SolarMutex for its
// whole run. The toolkit calls a panel's action and mouse listeners with the SolarMutex released:
// an edit made right there would let other threads see, or close, a half-edited document.
// Exceptions from `work` end here: it reports its own errors.
void post_to_main_loop(const css::uno::Reference<css::uno::XComponentContext>& context,
                       std::function<void()> work);

template <class F>
auto on_main_thread(const css::uno::Reference<css::uno::XComponentContext>& context, caller who, F work) {
    using result = decltype(work());
    if constexpr (std::is_void_v<result>) {
        run_on_main_thread(context, who, work);
    } else {
        std::optional<result> out;
        run_on_main_thread(context, who, [&] { out.emplace(work()); });
        return std::move(*out);
    }
}

} // namespace reportkit::office
