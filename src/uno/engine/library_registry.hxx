// The libraries one office process knows: discovered once, plus files loaded explicitly.
// Shared by every engine instance, so the sidebar and a CLI client see the same set.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/library/discovery.hpp"

#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace reportkit::office {

struct known_library {
    library_ptr lib;
    library_origin origin;
};

class library_registry {
public:
    static library_registry& instance();

    std::vector<known_library> all(const css::uno::Reference<css::uno::XComponentContext>& context);
    library_ptr find(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& id);
    void add(library_ptr lib); // replaces a loaded library with the same id
    // A library file was written with the new section `section_id`: the folders are searched
    // again, and a loaded library of the same id replaced by `lib`. Then every watcher is told
    // (on the caller's thread).
    void saved(library_ptr lib, const std::string& section_id);
    using watcher = std::function<void(const std::string& library_id, const std::string& section_id)>;
    // `changed` is called after each save until the returned id is passed to unwatch.
    int watch(watcher changed);
    void unwatch(int id);

private:
    void discover(const css::uno::Reference<css::uno::XComponentContext>& context); // holds mutex_

    std::mutex mutex_;
    std::optional<library_set> discovered_;
    std::vector<library_ptr> loaded_; // preferred over discovered ones
    std::vector<std::pair<int, watcher>> watchers_;
    int next_watcher_ = 0;
};

} // namespace reportkit::office
