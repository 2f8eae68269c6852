// Installing the built .oxt into a running office's user profile (no unopkg, so root works too).
#pragma once

#include "uno/client/office.hxx"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace reportkit::office {

// A fingerprint of the file's bytes, to notice a rebuilt .oxt.
std::string file_fingerprint(const std::string& path);

// Adds (or replaces) the extension in the "user" repository, accepting its license the way
// `unopkg add -s` does. Throws office_error with the office's message on failure.
void install_extension(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const std::string& oxt);

// Starts an office on the profile with the extension installed and its components in-process.
// An office runs the components of an extension added while it runs in a separate uno process
// until it restarts, and every call from there into a document crosses a pipe (≈0.1 ms), so
// this installs with a first office, stops it, and starts the one it returns.
std::unique_ptr<office_process> start_with_extension(const office_config& config, const std::string& oxt,
                                                     std::chrono::seconds timeout);

} // namespace reportkit::office
