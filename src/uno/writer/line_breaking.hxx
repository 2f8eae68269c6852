// The line-breaking rules of a document's languages, kept in the document.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace reportkit::office {

// Writer looks up the characters that may not begin or end a line in the document's own table
// first and otherwise in the locale data, which it keeps for one language at a time: in Chinese
// text with numbers (whose language is the Western one) every line switching between the two
// loaded a whole locale again, about half of a refresh's layout. This puts the locales' own rules
// for the report's Western and Asian languages into the document's table, where the document
// has none for them yet: line breaking stays the same, without the reloading.
void keep_line_breaking_rules(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::text::XTextDocument>& document);

} // namespace reportkit::office
