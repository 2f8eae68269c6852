// A document's user-defined properties (File › Properties › Custom Properties), where ReportKit
// keeps what belongs to a document: its data-sheet link and its field definitions.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>

#include <optional>

namespace reportkit::office {

std::optional<rtl::OUString> user_property(const css::uno::Reference<css::text::XTextDocument>& document,
                                           const rtl::OUString& name);
void set_user_property(const css::uno::Reference<css::text::XTextDocument>& document,
                       const rtl::OUString& name, const rtl::OUString& value);
void remove_user_property(const css::uno::Reference<css::text::XTextDocument>& document,
                          const rtl::OUString& name);

} // namespace reportkit::office
