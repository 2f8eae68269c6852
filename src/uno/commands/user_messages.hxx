// Telling the user something from a document's window: a message box or a question over its
// frame, or nothing for a hidden document (the command line's), where no one would see it.
#pragma once

#include "core/ui/compare_view.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <string_view>

namespace reportkit::office {

bool is_visible(const css::uno::Reference<css::frame::XFrame>& frame);

// Shows an information (warning = false) or warning box with an OK button; an engine's refusal
// without its "ReportKit: " (the box is ReportKit's own).
void show_message(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, const std::string& title,
                  const std::string& text, bool warning);

// Asks a Yes/No question in a query box; No is the default button. True only for Yes; a hidden
// document's command asks no one and gets No.
bool ask_yes_no(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame, const std::string& title,
                const std::string& text);

// Asks whether to go on, with buttons that say what they do ("Export Anyway", "Cancel"); Cancel
// is the default button and Esc cancels. True only when the user chose `go`.
bool ask_to_go_on(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, const std::string& title,
                  const std::string& text, const std::string& hint, const std::string& go,
                  const std::string& cancel);

// The Compare dialog: an inserted section's text in the document and in its newer version side by
// side (core/ui/compare_view), in read-only fields named "mine" and "newer". With a `question`,
// it asks before an edited section is replaced: Replace with the New Text, or Keep Mine (the
// default, also Esc and closing); true only for Replace. Without, it has a Close button.
bool show_compare(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, const compare_view& view,
                  const std::string& question, std::string_view language);

} // namespace reportkit::office
