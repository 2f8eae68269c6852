// Publish to Team Folder…: the maintainer's own copy of a library (in the user's library folder)
// copied to a team folder of the Options page, with the next version and a one-line change note
// written into it (core/library/publish). The dialog proposes the version; anything that stops
// the publication (lint errors, a team copy not older) is shown and the dialog comes back with
// what was typed, until it is published or cancelled.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <string_view>

namespace reportkit::office {

// What was published, for a status line; empty when nothing was.
std::string publish_to_team(const css::uno::Reference<css::uno::XComponentContext>& context,
                            const css::uno::Reference<css::frame::XFrame>& frame,
                            const std::string& library_id, std::string_view language);

} // namespace reportkit::office
