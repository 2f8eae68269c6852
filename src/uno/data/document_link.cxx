#include "uno/data/document_link.hxx"

#include "uno/data/user_properties.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <rtl/uri.hxx>

using namespace css;

namespace reportkit::office {
namespace {

const rtl::OUString property = "ReportKit.DataSheet";

rtl::OUString document_url(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<frame::XModel> model(document, uno::UNO_QUERY);
    return model.is() ? model->getURL() : rtl::OUString();
}

} // namespace

rtl::OUString linked_sheet(const uno::Reference<text::XTextDocument>& document) {
    rtl::OUString stored = user_property(document, property).value_or(rtl::OUString());
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
        rtl::OUString folder = base.copy(0, base.lastIndexOf('/') + 1);
        if (url.startsWith(folder)) stored = url.copy(folder.getLength());
    }
    set_user_property(document, property, stored);
}

void remove_linked_sheet(const uno::Reference<text::XTextDocument>& document) {
    remove_user_property(document, property);
}

} // namespace reportkit::office
