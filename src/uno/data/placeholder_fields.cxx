#include "uno/data/placeholder_fields.hxx"

#include "core/data/audit.hpp"
#include "uno/common/strings.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyAccess.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>
#include <rtl/ref.hxx>

#include <map>
#include <set>

using namespace css;

namespace reportkit::office {
namespace {

const char* const field_service = "com.sun.star.text.TextField.DocInfo.Custom";

uno::Reference<beans::XPropertyContainer>
user_properties(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<document::XDocumentPropertiesSupplier> supplier(document, uno::UNO_QUERY_THROW);
    return supplier->getDocumentProperties()->getUserDefinedProperties();
}

// Sets many user-defined properties in one call (the property bag takes a whole sequence). The
// change itself makes Writer update its document-information fields, once; refreshing every
// field of the document again after it only doubled the work.
void set_values(const uno::Reference<text::XTextDocument>& document,
                const std::vector<content_change>& changes, bool after) {
    uno::Sequence<beans::PropertyValue> values(static_cast<sal_Int32>(changes.size()));
    for (size_t i = 0; i < changes.size(); ++i) {
        values[static_cast<sal_Int32>(i)].Name = changes[i].name;
        values[static_cast<sal_Int32>(i)].Value <<= after ? changes[i].after : changes[i].before;
    }
    uno::Reference<beans::XPropertyAccess>(user_properties(document), uno::UNO_QUERY_THROW)
        ->setPropertyValues(values);
}

// Document properties are not undoable edits in Writer, so a refresh brings its own undo action.
// The document owns its undo stack, and so this action: it refers back to the document weakly,
// or closing the document would release the document from inside its own destruction.
class content_undo : public cppu::WeakImplHelper1<document::XUndoAction> {
public:
    content_undo(const uno::Reference<text::XTextDocument>& document, std::vector<content_change> changes,
                 rtl::OUString title)
        : document_(document), changes_(std::move(changes)), title_(std::move(title)) {}

    rtl::OUString SAL_CALL getTitle() override { return title_; }
    void SAL_CALL undo() override { set_values(document(), changes_, false); }
    void SAL_CALL redo() override { set_values(document(), changes_, true); }

private:
    uno::Reference<text::XTextDocument> document() const {
        uno::Reference<text::XTextDocument> document(document_);
        if (!document.is()) throw lang::DisposedException("ReportKit: the document is closed");
        return document;
    }

    uno::WeakReference<text::XTextDocument> document_;
    std::vector<content_change> changes_;
    rtl::OUString title_;
};

bool supports(const uno::Reference<uno::XInterface>& x, const char* service) {
    uno::Reference<lang::XServiceInfo> info(x, uno::UNO_QUERY);
    return info.is() && info->supportsService(rtl::OUString::createFromAscii(service));
}

} // namespace

std::optional<document_mark> placeholder_in(const uno::Reference<beans::XPropertySet>& portion) {
    uno::Reference<text::XTextField> field(portion->getPropertyValue("TextField"), uno::UNO_QUERY);
    if (!field.is() || !supports(field, field_service)) return std::nullopt;
    rtl::OUString name;
    uno::Reference<beans::XPropertySet>(field, uno::UNO_QUERY_THROW)->getPropertyValue("Name") >>= name;
    document_mark m;
    if (!parse_field_name(to_std(name), m.key, m.options)) return std::nullopt;
    m.is_field = true;
    m.anchor = field->getAnchor();
    m.shown = to_std(field->getPresentation(false));
    return m;
}

namespace {

// Walks a text's paragraphs (and the cells of its tables) portion by portion.
void walk(const uno::Reference<text::XText>& text, std::vector<document_mark>& marks) {
    uno::Reference<container::XEnumerationAccess> paragraphs(text, uno::UNO_QUERY);
    if (!paragraphs.is()) return;
    auto p = paragraphs->createEnumeration();
    while (p->hasMoreElements()) {
        uno::Reference<uno::XInterface> element(p->nextElement(), uno::UNO_QUERY);
        if (supports(element, "com.sun.star.text.TextTable")) {
            uno::Reference<text::XTextTable> table(element, uno::UNO_QUERY_THROW);
            uno::Reference<table::XCellRange> cells(table, uno::UNO_QUERY_THROW);
            for (const rtl::OUString& name : table->getCellNames())
                walk(uno::Reference<text::XText>(table->getCellByName(name), uno::UNO_QUERY), marks);
            continue;
        }
        uno::Reference<container::XEnumerationAccess> portions(element, uno::UNO_QUERY);
        if (!portions.is()) continue;
        auto e = portions->createEnumeration();
        while (e->hasMoreElements()) {
            uno::Reference<beans::XPropertySet> portion(e->nextElement(), uno::UNO_QUERY);
            uno::Reference<text::XTextRange> range(portion, uno::UNO_QUERY);
            if (!portion.is() || !range.is()) continue;
            rtl::OUString type;
            portion->getPropertyValue("TextPortionType") >>= type;
            if (type == "TextField") {
                if (std::optional<document_mark> m = placeholder_in(portion)) marks.push_back(std::move(*m));
            } else if (type == "Text") {
                std::string s = to_std(range->getString());
                for (literal_x x : find_literal_x(s)) {
                    auto cursor = range->getText()->createTextCursorByRange(range->getStart());
                    cursor->goRight(static_cast<sal_Int16>(to_ou(s.substr(0, x.offset)).getLength()), false);
                    cursor->goRight(static_cast<sal_Int16>(to_ou(s.substr(x.offset, x.length)).getLength()),
                                    true);
                    document_mark m;
                    m.anchor = uno::Reference<text::XTextRange>(cursor.get());
                    m.shown = s.substr(x.offset, x.length);
                    m.context = std::string(literal_x_context(s, x));
                    marks.push_back(std::move(m));
                }
            }
        }
    }
}

} // namespace

void add_placeholder_values(const uno::Reference<text::XTextDocument>& document,
                            const std::vector<placeholder_use>& uses) {
    if (uses.empty()) return;
    auto properties = user_properties(document);
    // The names once: the property set describes all its properties anew after each addition.
    std::set<rtl::OUString> known;
    for (const beans::Property& p : uno::Reference<beans::XPropertySet>(properties, uno::UNO_QUERY_THROW)
                                        ->getPropertySetInfo()
                                        ->getProperties())
        known.insert(p.Name);
    for (const placeholder_use& use : uses) {
        rtl::OUString name = to_ou(field_name(use.key, use.options));
        if (known.insert(name).second)
            properties->addProperty(name, beans::PropertyAttribute::REMOVABLE, uno::Any(to_ou(use.marker)));
    }
}

void insert_placeholder(const uno::Reference<text::XTextDocument>& document,
                        const uno::Reference<text::XTextRange>& at, const std::string& key,
                        const placeholder_options& options) {
    uno::Reference<lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
    uno::Reference<text::XTextField> field(
        factory->createInstance(rtl::OUString::createFromAscii(field_service)), uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet>(field, uno::UNO_QUERY_THROW)
        ->setPropertyValue("Name", uno::Any(to_ou(field_name(key, options))));
    at->getText()->insertTextContent(at, uno::Reference<text::XTextContent>(field.get()), false);
}

std::vector<placeholder_value> placeholder_values(const uno::Reference<text::XTextDocument>& document) {
    // One call for every property: each UNO call into the document has a cost of its own.
    std::vector<placeholder_value> out;
    auto all = uno::Reference<beans::XPropertyAccess>(user_properties(document), uno::UNO_QUERY_THROW)
                   ->getPropertyValues();
    for (const beans::PropertyValue& p : all) {
        placeholder_value v;
        if (!parse_field_name(to_std(p.Name), v.key, v.options)) continue;
        v.name = p.Name;
        p.Value >>= v.content;
        out.push_back(std::move(v));
    }
    return out;
}

shown_value shown_values(const uno::Reference<text::XTextDocument>& document) {
    std::map<std::string, std::string> current;
    for (const placeholder_value& v : placeholder_values(document))
        if (std::string shown = to_std(v.content); !is_marker(shown)) current[to_std(v.name)] = shown;
    return [current = std::move(current)](const std::string& key, const placeholder_options& o) {
        auto i = current.find(field_name(key, o));
        return i == current.end() ? std::string() : i->second;
    };
}

void apply_contents(const uno::Reference<text::XTextDocument>& document, std::vector<content_change> changes,
                    const rtl::OUString& title) {
    if (changes.empty()) return;
    rtl::Reference<content_undo> action(new content_undo(document, std::move(changes), title));
    uno::Reference<frame::XModel> model(document, uno::UNO_QUERY);
    if (model.is()) model->lockControllers();
    try {
        action->redo();
        uno::Reference<document::XUndoManagerSupplier> supplier(document, uno::UNO_QUERY);
        if (supplier.is())
            supplier->getUndoManager()->addUndoAction(uno::Reference<document::XUndoAction>(action.get()));
    } catch (...) {
        if (model.is()) model->unlockControllers();
        throw;
    }
    if (model.is()) model->unlockControllers();
}

std::vector<document_mark> document_marks(const uno::Reference<text::XTextDocument>& document) {
    std::vector<document_mark> marks;
    walk(document->getText(), marks);
    return marks;
}

int fields_to_text(const uno::Reference<text::XTextDocument>& document, const rtl::OUString& undo_title) {
    std::vector<document_mark> fields;
    for (document_mark& m : document_marks(document))
        if (m.is_field) fields.push_back(std::move(m));
    if (fields.empty()) return 0;
    uno::Reference<document::XUndoManagerSupplier> supplier(document, uno::UNO_QUERY);
    auto undo = supplier.is() ? supplier->getUndoManager() : nullptr;
    if (undo.is()) undo->enterUndoContext(undo_title);
    try {
        for (const document_mark& m : fields)
            m.anchor->getText()->insertString(m.anchor, to_ou(m.shown), true);
    } catch (...) {
        if (undo.is()) undo->leaveUndoContext();
        throw;
    }
    if (undo.is()) undo->leaveUndoContext();
    return static_cast<int>(fields.size());
}

} // namespace reportkit::office
