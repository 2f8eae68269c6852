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

} // namespace reportkit::office
