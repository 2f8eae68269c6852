#include "data/document_link.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <rtl/uri.hxx>

using namespace css;

namespace reportkit::office {
namespace {

const rtl::OUString property = "ReportKit.DataSheet";

uno::Reference<beans::XPropertyContainer> user_properties(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<document::XDocumentPropertiesSupplier> supplier(document, uno::UNO_QUERY_THROW);
    return supplier->getDocumentProperties()->getUserDefinedProperties();
}

rtl::OUString document_url(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<frame::XModel> model(document, uno::UNO_QUERY);
    return model.is() ? model->getURL() : rtl::OUString();
}

} // namespace

rtl::OUString linked_sheet(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<beans::XPropertySet> props(user_properties(document), uno::UNO_QUERY_THROW);
    if (!props->getPropertySetInfo()->hasPropertyByName(property)) return {};
    rtl::OUString stored;
    props->getPropertyValue(property) >>= stored;
    if (stored.isEmpty() || stored.startsWith("file:")) return stored;
    rtl::OUString base = document_url(document);
    if (base.isEmpty()) return {}; // a relative link in a document that was never saved
    try {
        return rtl::Uri::convertRelToAbs(base, stored);
    } catch (const rtl::MalformedUriException&) {
        return {};
    }
}

void set_linked_sheet(const uno::Reference<text::XTextDocument>& document, const rtl::OUString& url) {
    rtl::OUString stored = url;
    rtl::OUString base = document_url(document);
    if (base.startsWith("file:")) {
        // Relative only within the document's own folder tree, so moving both keeps the link.
        sal_Int32 slash = base.lastIndexOf('/');
        rtl::OUString folder = base.copy(0, slash + 1);
        if (url.startsWith(folder)) stored = url.copy(folder.getLength());
    }
    uno::Reference<beans::XPropertyContainer> container = user_properties(document);
    uno::Reference<beans::XPropertySet> props(container, uno::UNO_QUERY_THROW);
    if (props->getPropertySetInfo()->hasPropertyByName(property))
        props->setPropertyValue(property, uno::Any(stored));
    else
        container->addProperty(property, beans::PropertyAttribute::REMOVABLE, uno::Any(stored));
}

void remove_linked_sheet(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<beans::XPropertyContainer> container = user_properties(document);
    uno::Reference<beans::XPropertySet> props(container, uno::UNO_QUERY_THROW);
    if (props->getPropertySetInfo()->hasPropertyByName(property)) container->removeProperty(property);
}

} // namespace reportkit::office
