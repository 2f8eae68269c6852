#include "uno/engine/field_catalog.hxx"

#include "uno/data/document_fields.hxx"
#include "uno/engine/library_registry.hxx"

using namespace css;

namespace reportkit::office {

field_catalog::field_catalog(const uno::Reference<uno::XComponentContext>& context,
                             const uno::Reference<text::XTextDocument>& document) {
    if (document.is())
        if (library_ptr own = embedded_fields(document)) libs_.push_back(own);
    for (auto& known : library_registry::instance().all(context))
        libs_.push_back(known.lib);
}

const field* field_catalog::find(const std::string& key) const {
    for (const library_ptr& lib : libs_)
        if (const field* f = lib->find_field(key)) return f;
    return nullptr;
}

} // namespace reportkit::office
