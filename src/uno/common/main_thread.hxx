// Running document work on LibreOffice's main thread.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace reportkit::office {

// Runs `work` on the office's main thread and waits for it, rethrowing what it threw. Runs it
// on the calling thread when already on the main thread (the sidebar, menu commands), when
// there is no main thread to go to (a uno process that hosts the components of an extension
// installed without a restart), or when the main thread does not take it up within 100 ms.
// From any other thread each call into a document hands the SolarMutex over, and the main
// thread runs Writer's idle jobs (layout, word count) in between: an outline took twice as long.
void run_on_main_thread(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const std::function<void()>& work);

template <class F>
auto on_main_thread(const css::uno::Reference<css::uno::XComponentContext>& context, F work) {
    using result = decltype(work());
    if constexpr (std::is_void_v<result>) {
        run_on_main_thread(context, work);
    } else {
        std::optional<result> out;
        run_on_main_thread(context, [&] { out.emplace(work()); });
        return std::move(*out);
    }
}

} // namespace reportkit::office
