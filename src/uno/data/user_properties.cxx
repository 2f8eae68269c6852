#include "uno/data/user_properties.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

using namespace css;

namespace reportkit::office {
namespace {

uno::Reference<beans::XPropertyContainer> container(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<document::XDocumentPropertiesSupplier> supplier(document, uno::UNO_QUERY_THROW);
    return supplier->getDocumentProperties()->getUserDefinedProperties();
}

bool has(const uno::Reference<beans::XPropertyContainer>& c, const rtl::OUString& name) {
    return uno::Reference<beans::XPropertySet>(c, uno::UNO_QUERY_THROW)
        ->getPropertySetInfo()
        ->hasPropertyByName(name);
}

} // namespace

std::optional<rtl::OUString> user_property(const uno::Reference<text::XTextDocument>& document,
                                           const rtl::OUString& name) {
    auto c = container(document);
    if (!has(c, name)) return std::nullopt;
    rtl::OUString value;
    uno::Reference<beans::XPropertySet>(c, uno::UNO_QUERY_THROW)->getPropertyValue(name) >>= value;
    return value;
}

void set_user_property(const uno::Reference<text::XTextDocument>& document, const rtl::OUString& name,
                       const rtl::OUString& value) {
    auto c = container(document);
    if (has(c, name)) {
        uno::Reference<beans::XPropertySet> props(c, uno::UNO_QUERY_THROW);
        // Every change makes Writer update all document-property fields: skip a no-op.
        rtl::OUString old;
        if ((props->getPropertyValue(name) >>= old) && old == value) return;
        props->setPropertyValue(name, uno::Any(value));
    } else
        c->addProperty(name, beans::PropertyAttribute::REMOVABLE, uno::Any(value));
}

void remove_user_property(const uno::Reference<text::XTextDocument>& document, const rtl::OUString& name) {
    auto c = container(document);
    if (has(c, name)) c->removeProperty(name);
}

} // namespace reportkit::office
