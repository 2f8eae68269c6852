// The engine service: libraries and insertion (org.reportkit.XReportEngine). Its live numbers,
// org.reportkit.XReportData, are in live_numbers.cxx.
#include "uno/engine/report_engine.hxx"

#include "core/data/embedded_fields.hpp"
#include "core/library/suggest.hpp"
#include "core/ui/messages.hpp"
#include "uno/common/configuration.hxx"
#include "uno/common/documents.hxx"
#include "uno/common/errors.hxx"
#include "uno/common/main_thread.hxx"
#include "uno/common/strings.hxx"
#include "uno/data/document_fields.hxx"
#include "uno/data/placeholder_fields.hxx"
#include "uno/data/user_properties.hxx"
#include "uno/engine/library_registry.hxx"
#include "uno/writer/edit_scope.hxx"
#include "uno/writer/installed_fonts.hxx"
#include "uno/writer/layout_undo.hxx"
#include "uno/writer/page_style.hxx"
#include "uno/writer/plan_writer.hxx"
#include "uno/writer/property_log.hxx"
#include "uno/writer/report_styles.hxx"
#include "uno/writer/section_origins.hxx"

#include "core/library/loader.hpp"
#include "core/render/plan.hpp"
#include "core/render/preview.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <optional>

using namespace css;
using org::reportkit::EntryInfo;
using org::reportkit::LibraryInfo;

namespace reportkit::office {

rtl::OUString SAL_CALL report_engine_implementation_name() {
    return "org.reportkit.comp.ReportEngine";
}

uno::Sequence<rtl::OUString> SAL_CALL report_engine_service_names() {
    return one_service("org.reportkit.ReportEngine");
}

namespace {

// Where a document keeps the id of the library its sections came from, for the sidebar.
const rtl::OUString library_property = "ReportKit.Library";

rtl::OUString file_url(const std::string& path) {
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(to_ou(path), url);
    return url;
}

// The outline levels of the headings before `at`, in document order (the preview numbers a
// section as the headings before the cursor leave Writer's numbering).
std::vector<int> heading_levels_before(const uno::Reference<text::XTextRange>& at) {
    std::vector<int> levels;
    uno::Reference<text::XTextCursor> c = at->getText()->createTextCursorByRange(at->getStart());
    uno::Reference<text::XParagraphCursor> para(c, uno::UNO_QUERY);
    if (!para.is() || (para->isStartOfParagraph() && !para->gotoPreviousParagraph(false))) return levels;
    uno::Reference<beans::XPropertySet> props(c, uno::UNO_QUERY_THROW);
    do {
        sal_Int16 level = 0;
        props->getPropertyValue("OutlineLevel") >>= level;
        if (level > 0) levels.push_back(level);
    } while (para->gotoPreviousParagraph(false));
    std::reverse(levels.begin(), levels.end());
    return levels;
}

// A document with nothing typed in it yet: a new one, or one emptied.
bool is_empty(const uno::Reference<text::XTextDocument>& document) {
    return document->getText()->getString().isEmpty();
}

// ReportKit's styles set back to their figures and the first page's style laid out.
void lay_out_styles(const uno::Reference<uno::XComponentContext>& context,
                    const uno::Reference<text::XTextDocument>& document) {
    const auto& fonts = installed_fonts(context);
    ensure_report_styles(document, fonts, existing_styles::reset, &gbt9704_page());
    apply_page_layout(document, gbt9704_page(), fonts);
}

// The layout as one undo action of its own (layout_undo): Writer's undo does not record style
// changes made through the API. A layout that fails half way is put back. Without `title` the
// page is set up as a template sets a new document's, with no undo step.
void lay_out(const uno::Reference<uno::XComponentContext>& context,
             const uno::Reference<text::XTextDocument>& document, layout_kind layout,
             const std::optional<rtl::OUString>& title) {
    if (layout == layout_kind::none) return;
    auto undo =
        uno::Reference<document::XUndoManagerSupplier>(document, uno::UNO_QUERY_THROW)->getUndoManager();
    property_log log;
    try {
        unrecorded(undo, [&] { lay_out_styles(context, document); });
    } catch (...) {
        put_back(log.changes);
        throw;
    }
    if (log.changes.empty() || !title) return; // laid out already, or nothing to undo
    // Redo runs with Writer's recording off already; locking the undo manager from inside its
    // own Redo is not allowed.
    auto again = [context, document] { lay_out_styles(context, document); };
    undo->addUndoAction(new layout_undo(*title, std::move(log.changes), again));
}

EntryInfo entry(const std::string& id, const std::string& title, int level, const std::string& category,
                const std::string& summary) {
    return EntryInfo(to_ou(id), to_ou(title), static_cast<sal_Int16>(level), to_ou(category), to_ou(summary));
}

} // namespace

void write_sections(const uno::Reference<uno::XComponentContext>& context,
                    const uno::Reference<text::XTextDocument>& document,
                    const uno::Reference<text::XTextRange>& at, const plan& p, const library& lib,
                    const rtl::OUString& undo_title) {
    // The document's property first: Writer updates every placeholder field on each change.
    remember_fields(document, fields_with_inputs(lib, plan_keys(p)));
    write_plan(context, p, document, at, undo_title,
               [&](const auto& end) { mark_sections(document, end, p, lib); });
}

std::string errors_text(message header, const diagnostics& problems, caller who,
                        const std::string& language) {
    std::string out = text(header, language);
    for (const diagnostic& d : problems)
        if (d.level == severity::error)
            out += "\n" + (who == caller::ui ? format_diagnostic(d, language) : format_diagnostic(d));
    return out;
}

void check_writable(const uno::Reference<uno::XComponentContext>& context,
                    const uno::Reference<text::XTextDocument>& document) {
    if (!document.is()) fail("no Writer document");
    if (is_read_only(document)) refuse(context, message::refuse_read_only);
}

report_engine::report_engine(const uno::Reference<uno::XComponentContext>& context, caller who)
    : context_(context), caller_(who) {}

library_ptr report_engine::find_library(const rtl::OUString& id) {
    if (auto lib = library_registry::instance().find(context_, to_std(id))) return lib;
    fail("no section library with id '" + to_std(id) + "'");
}

rtl::OUString report_engine::getVersion() {
    return REPORTKIT_VERSION;
}

uno::Sequence<LibraryInfo> report_engine::getLibraries() {
    std::vector<LibraryInfo> result;
    for (auto& [lib, origin] : library_registry::instance().all(context_))
        result.emplace_back(to_ou(lib->id), to_ou(lib->title), to_ou(to_string(lib->ver)),
                            file_url(lib->path), rtl::OUString::createFromAscii(to_string(origin)));
    return uno::Sequence<LibraryInfo>(result.data(), static_cast<sal_Int32>(result.size()));
}

uno::Sequence<EntryInfo> report_engine::getSections(const rtl::OUString& library_id) {
    library_ptr lib = find_library(library_id);
    std::vector<EntryInfo> result;
    for (const section& s : lib->sections)
        result.push_back(entry(s.id, s.title, s.level, s.category, s.summary));
    return uno::Sequence<EntryInfo>(result.data(), static_cast<sal_Int32>(result.size()));
}

uno::Sequence<EntryInfo> report_engine::getOutlines(const rtl::OUString& library_id) {
    library_ptr lib = find_library(library_id);
    std::vector<EntryInfo> result;
    for (const outline& o : lib->outlines)
        result.push_back(entry(o.id, o.title, 0, {}, o.summary));
    return uno::Sequence<EntryInfo>(result.data(), static_cast<sal_Int32>(result.size()));
}

rtl::OUString report_engine::loadLibrary(const rtl::OUString& url) {
    rtl::OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
        fail("not a file URL: " + to_std(url));
    load_result r = load_library_file(to_std(path));
    if (!r.ok()) {
        std::string message = "the library has errors:";
        for (const diagnostic& d : r.diags)
            if (d.level == severity::error) message += "\n" + format_diagnostic(d);
        fail(message);
    }
    library_registry::instance().add(r.lib);
    return to_ou(r.lib->id);
}

void report_engine::insertSection(const uno::Reference<text::XTextDocument>& document,
                                  const uno::Reference<text::XTextRange>& position,
                                  const rtl::OUString& library_id, const rtl::OUString& section_id) {
    library_ptr lib = find_library(library_id);
    const section* s = lib->find_section(to_std(section_id));
    if (!s) fail(missing_section_message(*lib, to_std(section_id)));
    on_main_thread(context_, caller_, [&] {
        check_writable(context_, document);
        auto at = insertion_point(document, position);
        numbering_state numbers; // labels only matter for previews: Writer numbers the headings itself
        int level = placement_level(s->level, heading_level_before(at));
        plan p = plan_section(*lib, *s, numbers, level);
        set_user_property(document, library_property, to_ou(lib->id)); // before the fields (write_sections)
        write_sections(context_, document, at, p, *lib,
                       to_ou(text(message::undo_insert_section, ui_language(context_), s->title)));
    });
}

void report_engine::insertOutline(const uno::Reference<text::XTextDocument>& document,
                                  const uno::Reference<text::XTextRange>& position,
                                  const rtl::OUString& library_id, const rtl::OUString& outline_id) {
    insert_outline(document, position, library_id, outline_id, false);
}

void SAL_CALL report_engine::insertOutlineLaidOut(const uno::Reference<text::XTextDocument>& document,
                                                  const rtl::OUString& library_id,
                                                  const rtl::OUString& outline_id) {
    insert_outline(document, nullptr, library_id, outline_id, true);
}

void report_engine::insert_outline(const uno::Reference<text::XTextDocument>& document,
                                   const uno::Reference<text::XTextRange>& position,
                                   const rtl::OUString& library_id, const rtl::OUString& outline_id,
                                   bool lay_out_empty) {
    library_ptr lib = find_library(library_id);
    const outline* o = lib->find_outline(to_std(outline_id));
    if (!o) fail(missing_outline_message(*lib, to_std(outline_id)));
    on_main_thread(context_, caller_, [&] {
        check_writable(context_, document);
        auto at = insertion_point(document, position);
        // Only an excerpt asks: looking back may walk the whole document.
        plan p = plan_outline(*lib, *o, o->start > 1 && numbered_heading_before(at));
        rtl::OUString title = to_ou(text(message::undo_insert_outline, ui_language(context_), o->title));
        // An empty document's page is set up first, as a template would set it, so that Insert
        // Whole Report is one undo step and Undo leaves the empty page laid out. (The layout's
        // own action inside the insertion's step lost the text on Redo or crashed on Undo:
        // Writer's text actions hold paragraph positions that the footer's paragraphs, made and
        // removed by that action, shift.)
        if (lay_out_empty && is_empty(document))
            lay_out(context_, document, layout_of(*lib, o), std::nullopt);
        set_user_property(document, library_property, to_ou(lib->id)); // before the fields (write_sections)
        write_sections(context_, document, at, p, *lib, title);
    });
}

rtl::OUString report_engine::getLayout(const rtl::OUString& library_id, const rtl::OUString& outline_id) {
    library_ptr lib = find_library(library_id);
    const outline* o = nullptr;
    if (!outline_id.isEmpty() && !(o = lib->find_outline(to_std(outline_id))))
        fail("library '" + lib->id + "' has no outline '" + to_std(outline_id) + "'");
    return rtl::OUString::createFromAscii(to_string(layout_of(*lib, o)));
}

void report_engine::applyLayout(const uno::Reference<text::XTextDocument>& document,
                                const rtl::OUString& layout) {
    auto kind = parse_layout(to_std(layout));
    if (!kind) fail("unknown layout '" + to_std(layout) + "': use gbt9704 or none");
    on_main_thread(context_, caller_, [&] {
        check_writable(context_, document);
        try {
            lay_out(context_, document, *kind, to_ou(text(message::apply_layout, ui_language(context_))));
        } catch (const uno::Exception& e) {
            // Put back already (lay_out); said in the one way callers expect.
            fail("the layout could not be applied: " + to_std(e.Message));
        }
    });
}

rtl::OUString report_engine::preview(const uno::Reference<text::XTextDocument>& document,
                                     const rtl::OUString& library_id, const rtl::OUString& id, bool outline) {
    library_ptr lib = find_library(library_id);
    if (outline) {
        const reportkit::outline* o = lib->find_outline(to_std(id));
        return o ? to_ou(outline_skeleton(*lib, *o)) : rtl::OUString();
    }
    const section* s = lib->find_section(to_std(id));
    if (!s) return {};
    return on_main_thread(context_, caller_, [&] {
        std::vector<int> before;
        // Values the document shows already (after a refresh) replace their markers.
        shown_value current;
        if (document.is()) {
            before = heading_levels_before(insertion_point(document, nullptr));
            current = shown_values(document);
        }
        numbering_state numbers = numbering_after(before);
        plan p =
            plan_section(*lib, *s, numbers, placement_level(s->level, before.empty() ? 0 : before.back()));
        return to_ou(preview_text(p, current));
    });
}

rtl::OUString report_engine::documentLibrary(const uno::Reference<text::XTextDocument>& document) {
    if (!document.is()) return {};
    return on_main_thread(context_, caller_, [&] {
        return user_property(document, library_property).value_or(rtl::OUString());
    });
}

} // namespace reportkit::office
