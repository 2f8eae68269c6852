// The libraries one office process knows: discovered once, plus files loaded explicitly.
// Shared by every engine instance, so the sidebar and a CLI client see the same set.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/library/discovery.hpp"

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

private:
    void discover(const css::uno::Reference<css::uno::XComponentContext>& context); // holds mutex_

    std::mutex mutex_;
    std::optional<library_set> discovered_;
    std::vector<library_ptr> loaded_; // preferred over discovered ones
};

} // namespace reportkit::office
