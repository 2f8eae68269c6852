// Lays out the page style of a document's first page as a page_layout says: paper, margins,
// the text grid, and page numbers in the footer, odd pages right and even pages left.
#pragma once

#include "core/layout/page_layout.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <string>
#include <vector>

namespace reportkit::office {

// Sets only what differs, so a second call changes nothing. `fonts`: the installed families.
void apply_page_layout(const css::uno::Reference<css::text::XTextDocument>& document, const page_layout& page,
                       const std::vector<std::string>& fonts);

// The document's page style of that name.
css::uno::Reference<css::beans::XPropertySet>
page_style(const css::uno::Reference<css::text::XTextDocument>& document, const rtl::OUString& name);

// The page style the document's first paragraph stands on: the one its pages are laid out by.
css::uno::Reference<css::beans::XPropertySet>
first_page_style(const css::uno::Reference<css::text::XTextDocument>& document);

} // namespace reportkit::office
