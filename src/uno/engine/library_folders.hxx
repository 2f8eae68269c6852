// Where the engine looks for section libraries: the .oxt's templates/, the user's folder, shares.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/library/discovery.hpp"

#include <string>
#include <vector>

namespace reportkit::office {

inline constexpr char extension_identifier[] = "org.reportkit.writer";

// The team shares of org.reportkit.Settings/Libraries/SharedFolders as system paths; an entry
// that is not a file URL (or cannot be converted) as written.
std::vector<std::string> shared_folders(const css::uno::Reference<css::uno::XComponentContext>& context);

// The maintainer's own library folder: <profile>/user/reportkit/libraries (it may not exist yet).
std::string own_library_folder(const css::uno::Reference<css::uno::XComponentContext>& context);

// Bundled first, then <profile>/user/reportkit/libraries, then the SharedFolders setting.
std::vector<library_folder> library_folders(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace reportkit::office
