// Where a placeholder's field is declared: the definitions the document carries (those it was
// filled with), then every library this office knows, the first declaring a key winning.
#pragma once

#include "core/data/values.hpp"
#include "core/library/model.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace reportkit::office {

class field_catalog {
public:
    field_catalog(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::text::XTextDocument>& document);
    const field* find(const std::string& key) const;
    value_resolver::field_lookup lookup() const {
        return [this](const std::string& key) { return find(key); };
    }

private:
    std::vector<library_ptr> libs_;
};

} // namespace reportkit::office
