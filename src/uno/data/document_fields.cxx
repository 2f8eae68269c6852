#include "data/document_fields.hxx"

#include "common/strings.hxx"
#include "data/embedded_fields.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

using namespace css;

namespace reportkit::office {
namespace {

const rtl::OUString property = "ReportKit.Fields";

uno::Reference<beans::XPropertyContainer> user_properties(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<document::XDocumentPropertiesSupplier> supplier(document, uno::UNO_QUERY_THROW);
    return supplier->getDocumentProperties()->getUserDefinedProperties();
}

} // namespace

library_ptr embedded_fields(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<beans::XPropertySet> props(user_properties(document), uno::UNO_QUERY_THROW);
    if (!props->getPropertySetInfo()->hasPropertyByName(property)) return nullptr;
    rtl::OUString xml;
    props->getPropertyValue(property) >>= xml;
    return read_embedded_fields(to_std(xml));
}

void remember_fields(const uno::Reference<text::XTextDocument>& document, const std::vector<const field*>& fields) {
    if (fields.empty()) return;
    library_ptr old = embedded_fields(document);
    std::vector<const field*> merged = fields;
    if (old)
        for (const field& f : old->fields)
            if (std::none_of(fields.begin(), fields.end(), [&](const field* n) { return n->key == f.key; }))
                merged.push_back(&f);
    rtl::OUString xml = to_ou(embedded_fields_xml(merged));
    uno::Reference<beans::XPropertyContainer> container = user_properties(document);
    uno::Reference<beans::XPropertySet> props(container, uno::UNO_QUERY_THROW);
    if (props->getPropertySetInfo()->hasPropertyByName(property))
        props->setPropertyValue(property, uno::Any(xml));
    else
        container->addProperty(property, beans::PropertyAttribute::REMOVABLE, uno::Any(xml));
}

} // namespace reportkit::office
