// The field definitions a document carries (core data/embedded_fields), kept in its
// user-defined properties next to the data-sheet link.
#pragma once

#include "core/library/model.hpp"

#include <com/sun/star/text/XTextDocument.hpp>

#include <vector>

namespace reportkit::office {

// The document's own field definitions, or null when it has none.
library_ptr embedded_fields(const css::uno::Reference<css::text::XTextDocument>& document);

// Adds or replaces these definitions in the document.
void remember_fields(const css::uno::Reference<css::text::XTextDocument>& document,
                     const std::vector<const field*>& fields);

} // namespace reportkit::office
