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

// How a link is stored: relative only within the document's own folder tree, so that moving
// both keeps it; absolute otherwise, and while the document has no folder yet.
rtl::OUString stored_form(const rtl::OUString& url, const rtl::OUString& base) {
    if (!base.startsWith("file:")) return url;
    rtl::OUString folder = base.copy(0, base.lastIndexOf('/') + 1);
    return url.startsWith(folder) ? url.copy(folder.getLength()) : url;
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
    set_linked_sheet_for(document, url, document_url(document));
}

void set_linked_sheet_for(const uno::Reference<text::XTextDocument>& document, const rtl::OUString& url,
                          const rtl::OUString& document_url) {
    set_user_property(document, property, stored_form(url, document_url));
}

bool pin_link(const uno::Reference<text::XTextDocument>& document) {
    rtl::OUString stored = user_property(document, property).value_or(rtl::OUString());
    if (stored.isEmpty() || stored.startsWith("file:")) return false;
    rtl::OUString absolute = linked_sheet(document);
    if (absolute.isEmpty()) return false;
    set_user_property(document, property, absolute);
    return true;
}

bool relink_to_folder(const uno::Reference<text::XTextDocument>& document) {
    rtl::OUString stored = user_property(document, property).value_or(rtl::OUString());
    if (!stored.startsWith("file:")) return false;
    rtl::OUString relative = stored_form(stored, document_url(document));
    if (relative == stored) return false;
    set_user_property(document, property, relative);
    return true;
}

void remove_linked_sheet(const uno::Reference<text::XTextDocument>& document) {
    remove_user_property(document, property);
}

} // namespace reportkit::office
