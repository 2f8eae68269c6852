#include "data/placeholder_fields.hxx"

#include "common/strings.hxx"
#include "data/audit.hpp"

#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XDependentTextField.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/util/XRefreshable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <set>

using namespace css;

namespace reportkit::office {
namespace {

const rtl::OUString master_prefix = "com.sun.star.text.fieldmaster.User.";

void refresh_fields(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<text::XTextFieldsSupplier> supplier(document, uno::UNO_QUERY_THROW);
    uno::Reference<util::XRefreshable>(supplier->getTextFields(), uno::UNO_QUERY_THROW)->refresh();
}

// Setting a master is not an undoable edit in Writer, so a refresh brings its own undo action.
class content_undo : public cppu::WeakImplHelper1<document::XUndoAction> {
public:
    content_undo(uno::Reference<text::XTextDocument> document, std::vector<content_change> changes,
                 rtl::OUString title)
        : document_(std::move(document)), changes_(std::move(changes)), title_(std::move(title)) {}

    rtl::OUString SAL_CALL getTitle() override { return title_; }
    void SAL_CALL undo() override { apply(false); }
    void SAL_CALL redo() override { apply(true); }

    void apply(bool after) {
        for (const content_change& c : changes_)
            c.master->setPropertyValue("Content", uno::Any(after ? c.after : c.before));
        refresh_fields(document_);
    }

private:
    uno::Reference<text::XTextDocument> document_;
    std::vector<content_change> changes_;
    rtl::OUString title_;
};

uno::Reference<beans::XPropertySet> master_for(const uno::Reference<text::XTextDocument>& document,
                                               const rtl::OUString& name, const std::string& marker) {
    uno::Reference<text::XTextFieldsSupplier> supplier(document, uno::UNO_QUERY_THROW);
    uno::Reference<container::XNameAccess> masters = supplier->getTextFieldMasters();
    if (masters->hasByName(master_prefix + name))
        return uno::Reference<beans::XPropertySet>(masters->getByName(master_prefix + name),
                                                   uno::UNO_QUERY_THROW);
    uno::Reference<lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet> master(factory->createInstance("com.sun.star.text.FieldMaster.User"),
                                               uno::UNO_QUERY_THROW);
    master->setPropertyValue("Name", uno::Any(name));
    master->setPropertyValue("IsExpression", uno::Any(false));
    master->setPropertyValue("Content", uno::Any(to_ou(marker)));
    return master;
}

bool supports(const uno::Reference<uno::XInterface>& x, const char* service) {
    uno::Reference<lang::XServiceInfo> info(x, uno::UNO_QUERY);
    return info.is() && info->supportsService(rtl::OUString::createFromAscii(service));
}

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
                uno::Reference<text::XDependentTextField> field(portion->getPropertyValue("TextField"),
                                                                uno::UNO_QUERY);
                if (!field.is()) continue;
                uno::Reference<beans::XPropertySet> master = field->getTextFieldMaster();
                rtl::OUString name;
                if (master.is()) master->getPropertyValue("Name") >>= name;
                document_mark m;
                if (!parse_field_name(to_std(name), m.key, m.options)) continue;
                m.is_field = true;
                m.anchor = field->getAnchor();
                m.shown = to_std(field->getPresentation(false));
                marks.push_back(std::move(m));
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
                    size_t from = x.offset > 24 ? x.offset - 24 : 0;
                    while (from > 0 && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80)
                        --from;
                    size_t to = std::min(s.size(), x.offset + x.length + 24);
                    while (to < s.size() && (static_cast<unsigned char>(s[to]) & 0xC0) == 0x80)
                        ++to;
                    m.context = s.substr(from, to - from);
                    marks.push_back(std::move(m));
                }
            }
        }
    }
}

} // namespace

void insert_placeholder(const uno::Reference<text::XTextDocument>& document,
                        const uno::Reference<text::XTextRange>& at, const std::string& key,
                        const placeholder_options& options, const std::string& marker) {
    uno::Reference<beans::XPropertySet> master =
        master_for(document, to_ou(field_name(key, options)), marker);
    uno::Reference<lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
    uno::Reference<text::XDependentTextField> field(
        factory->createInstance("com.sun.star.text.TextField.User"), uno::UNO_QUERY_THROW);
    field->attachTextFieldMaster(master);
    at->getText()->insertTextContent(at, uno::Reference<text::XTextContent>(field.get()), false);
}

std::vector<placeholder_master> placeholder_masters(const uno::Reference<text::XTextDocument>& document) {
    // Through the fields rather than getTextFieldMasters, whose lookup by name is linear.
    std::vector<placeholder_master> out;
    std::set<rtl::OUString> seen;
    uno::Reference<text::XTextFieldsSupplier> supplier(document, uno::UNO_QUERY_THROW);
    auto fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        uno::Reference<text::XDependentTextField> field(fields->nextElement(), uno::UNO_QUERY);
        uno::Reference<beans::XPropertySet> master = field.is() ? field->getTextFieldMaster() : nullptr;
        if (!master.is()) continue;
        rtl::OUString name;
        master->getPropertyValue("Name") >>= name;
        placeholder_master m;
        if (!parse_field_name(to_std(name), m.key, m.options) || !seen.insert(name).second) continue;
        m.master = master;
        m.master->getPropertyValue("Content") >>= m.content;
        out.push_back(std::move(m));
    }
    return out;
}

void apply_contents(const uno::Reference<text::XTextDocument>& document, std::vector<content_change> changes,
                    const rtl::OUString& title) {
    if (changes.empty()) return;
    rtl::Reference<content_undo> action(new content_undo(document, std::move(changes), title));
    uno::Reference<frame::XModel> model(document, uno::UNO_QUERY);
    if (model.is()) model->lockControllers();
    try {
        action->apply(true);
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

int fields_to_text(const uno::Reference<text::XTextDocument>& document) {
    std::vector<document_mark> fields;
    for (document_mark& m : document_marks(document))
        if (m.is_field) fields.push_back(std::move(m));
    if (fields.empty()) return 0;
    uno::Reference<document::XUndoManagerSupplier> supplier(document, uno::UNO_QUERY);
    auto undo = supplier.is() ? supplier->getUndoManager() : nullptr;
    if (undo.is()) undo->enterUndoContext("ReportKit: fields to text");
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
