// The data sheet linked to a document, kept in its user-defined properties (saved with it):
// a path relative to the document when both share a folder tree, else an absolute file URL.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>

namespace reportkit::office {

// The linked sheet as an absolute file URL, or "" when none is linked.
rtl::OUString linked_sheet(const css::uno::Reference<css::text::XTextDocument>& document);

void set_linked_sheet(const css::uno::Reference<css::text::XTextDocument>& document,
                      const rtl::OUString& url);
// Stores the link as a document saved at `document_url` keeps it, for a copy stored elsewhere
// than the document's own URL (the command line's outputs); "" for a copy with no folder.
void set_linked_sheet_for(const css::uno::Reference<css::text::XTextDocument>& document,
                          const rtl::OUString& url, const rtl::OUString& document_url);
// Stores a relative link as the absolute URL it resolves to now (before Save As moves the
// document); returns whether the link changed.
bool pin_link(const css::uno::Reference<css::text::XTextDocument>& document);
// Stores an absolute link relative once the document has a folder it lies in (after the first
// save); returns whether the link changed.
bool relink_to_folder(const css::uno::Reference<css::text::XTextDocument>& document);

void remove_linked_sheet(const css::uno::Reference<css::text::XTextDocument>& document);

} // namespace reportkit::office
