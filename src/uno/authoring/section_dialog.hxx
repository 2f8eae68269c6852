// Save Selection as Section: the review dialog a maintainer confirms before a new section is
// written into a library — its id, title, level, category, note and the fields its numbers became.
// The engine proposes and saves (XSectionAuthoring); the dialog only shows and edits the draft.
#pragma once

#include "uno/engine/report_engine.hxx"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <rtl/ref.hxx>

#include <string>

namespace reportkit::office {

struct authoring_outcome {
    enum { cancelled, no_selection, saved } status = cancelled;
    std::string library_id = {}, section_id = {}, title = {}, library_title = {}; // when saved
};

// Proposes the document's selected paragraphs as a section, shows the review dialog over `frame`
// and saves on Save. `preferred_library`: the library chosen first if it may be written to (else
// the user's first library, else a new one).
authoring_outcome save_selection_as_section(const css::uno::Reference<css::uno::XComponentContext>& context,
                                            const css::uno::Reference<css::frame::XFrame>& frame,
                                            const rtl::Reference<report_engine>& engine,
                                            const css::uno::Reference<css::text::XTextDocument>& document,
                                            const std::string& preferred_library);

// The outcome in a sentence for the status line or a message box; empty when cancelled.
std::string outcome_text(const authoring_outcome& outcome, const std::string& language);

} // namespace reportkit::office
