#include "uno/engine/library_registry.hxx"

#include "uno/engine/library_folders.hxx"

#include <algorithm>

namespace reportkit::office {

library_registry& library_registry::instance() {
    static library_registry registry;
    return registry;
}

void library_registry::discover(const css::uno::Reference<css::uno::XComponentContext>& context) {
    if (!discovered_) discovered_ = discover_libraries(library_folders(context));
}

std::vector<known_library>
library_registry::all(const css::uno::Reference<css::uno::XComponentContext>& context) {
    std::lock_guard lock(mutex_);
    discover(context);
    std::vector<known_library> result;
    for (auto& lib : loaded_)
        result.push_back({lib, library_origin::explicit_file});
    for (size_t i = 0; i < discovered_->libraries.size(); ++i) {
        auto& lib = discovered_->libraries[i];
        if (std::none_of(loaded_.begin(), loaded_.end(), [&](auto& l) { return l->id == lib->id; }))
            result.push_back({lib, discovered_->origins[i]});
    }
    return result;
}

library_ptr library_registry::find(const css::uno::Reference<css::uno::XComponentContext>& context,
                                   const std::string& id) {
    std::lock_guard lock(mutex_);
    for (auto& lib : loaded_)
        if (lib->id == id) return lib;
    discover(context);
    for (auto& lib : discovered_->libraries)
        if (lib->id == id) return lib;
    return nullptr;
}

void library_registry::add(library_ptr lib) {
    std::lock_guard lock(mutex_);
    std::erase_if(loaded_, [&](auto& l) { return l->id == lib->id; });
    loaded_.push_back(std::move(lib));
}

void library_registry::saved(library_ptr lib, const std::string& section_id) {
    std::vector<watcher> call;
    {
        std::lock_guard lock(mutex_);
        discovered_.reset();
        for (auto& l : loaded_)
            if (l->id == lib->id) l = lib;
        for (auto& [id, changed] : watchers_)
            call.push_back(changed);
    }
    for (auto& changed : call) // outside the lock: a watcher asks for the libraries again
        changed(lib->id, section_id);
}

int library_registry::watch(watcher changed) {
    std::lock_guard lock(mutex_);
    watchers_.emplace_back(++next_watcher_, std::move(changed));
    return next_watcher_;
}

void library_registry::unwatch(int id) {
    std::lock_guard lock(mutex_);
    std::erase_if(watchers_, [&](auto& w) { return w.first == id; });
}

} // namespace reportkit::office
