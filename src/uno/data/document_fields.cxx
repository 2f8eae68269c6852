#include "uno/data/document_fields.hxx"

#include "core/data/embedded_fields.hpp"
#include "uno/common/strings.hxx"
#include "uno/data/user_properties.hxx"

#include <algorithm>

using namespace css;

namespace reportkit::office {
namespace {

const rtl::OUString property = "ReportKit.Fields";

} // namespace

library_ptr embedded_fields(const uno::Reference<text::XTextDocument>& document) {
    auto xml = user_property(document, property);
    return xml ? read_embedded_fields(to_std(*xml)) : nullptr;
}

void remember_fields(const uno::Reference<text::XTextDocument>& document,
                     const std::vector<const field*>& fields) {
    if (fields.empty()) return;
    library_ptr old = embedded_fields(document);
    std::vector<const field*> merged = fields;
    if (old)
        for (const field& f : old->fields)
            if (std::none_of(fields.begin(), fields.end(), [&](const field* n) { return n->key == f.key; }))
                merged.push_back(&f);
    // In key order, so inserting fields the document already knows writes nothing.
    std::sort(merged.begin(), merged.end(), [](const field* a, const field* b) { return a->key < b->key; });
    set_user_property(document, property, to_ou(embedded_fields_xml(merged)));
}

} // namespace reportkit::office
