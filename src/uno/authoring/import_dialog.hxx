// Import This Document as a Library: the review dialog a maintainer confirms before the document's
// text, imported as `reportkit import` imports a report, is written as a new library — its id,
// title and version, where it goes, its sections (kept or left out, ids and titles) and its fields.
// The engine proposes and saves (XSectionAuthoring); the dialog only shows and edits the draft.
#pragma once

#include "uno/engine/report_engine.hxx"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <rtl/ref.hxx>

#include <string>

namespace reportkit::office {

struct import_outcome {
    bool saved = false;
    std::string library_id = {}, library_title = {}, file = {}; // when saved
    size_t sections = 0;
};

// Proposes the document as a library, shows the review dialog over `frame` and saves on Save.
import_outcome import_document_as_library(const css::uno::Reference<css::uno::XComponentContext>& context,
                                          const css::uno::Reference<css::frame::XFrame>& frame,
                                          const rtl::Reference<report_engine>& engine,
                                          const css::uno::Reference<css::text::XTextDocument>& document);

// The outcome in a sentence for the status line or a message box; empty when cancelled.
std::string outcome_text(const import_outcome& outcome, const std::string& language);

} // namespace reportkit::office
