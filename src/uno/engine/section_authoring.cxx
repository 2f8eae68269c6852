// The engine's org.reportkit.XSectionAuthoring: the paragraphs a maintainer selected, proposed as
// a section (core/library/section_draft), and the library file written once it lints clean.
#include "uno/engine/report_engine.hxx"

#include "core/library/library_draft.hpp"
#include "core/library/library_file.hpp"
#include "core/library/names.hpp"
#include "core/library/section_draft.hpp"
#include "uno/common/errors.hxx"
#include "uno/common/strings.hxx"
#include "uno/data/placeholder_fields.hxx"
#include "uno/engine/field_catalog.hxx"
#include "uno/engine/library_folders.hxx"
#include "uno/engine/library_registry.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <osl/file.hxx>

#include <filesystem>
#include <optional>

using namespace css;
using org::reportkit::DraftField;
using org::reportkit::DraftSection;
using org::reportkit::LibraryDraft;
using org::reportkit::SectionDraft;

namespace reportkit::office {
namespace {

// What a selection gives a draft: its paragraphs with their list labels, the first one's outline
// level, and the heading of level 1 above it.
struct selected_paragraphs {
    std::vector<selected_paragraph> paragraphs;
    int first_level = 0;
    std::string category;
};

sal_Int16 outline_level(const uno::Reference<text::XTextCursor>& at) {
    sal_Int16 level = 0;
    uno::Reference<beans::XPropertySet>(at, uno::UNO_QUERY_THROW)->getPropertyValue("OutlineLevel") >>= level;
    return level;
}

// The paragraph at the cursor, selected by it, as Writer shows it: its list label, then its text,
// each ReportKit placeholder by its key (a field mark in the text), not by what it shows.
selected_paragraph shown_paragraph(const uno::Reference<text::XParagraphCursor>& para,
                                   const field_catalog& catalog) {
    para->gotoStartOfParagraph(false);
    para->gotoEndOfParagraph(true);
    rtl::OUString label;
    uno::Reference<beans::XPropertySet>(para, uno::UNO_QUERY_THROW)->getPropertyValue("ListLabelString") >>=
        label;
    selected_paragraph out{to_std(label), {}};
    auto paragraphs =
        uno::Reference<container::XEnumerationAccess>(para, uno::UNO_QUERY_THROW)->createEnumeration();
    uno::Reference<container::XEnumerationAccess> portions;
    if (paragraphs->hasMoreElements()) portions.set(paragraphs->nextElement(), uno::UNO_QUERY);
    if (!portions.is()) return {out.text + to_std(para->getString()), {}};
    for (auto e = portions->createEnumeration(); e->hasMoreElements();) {
        uno::Reference<beans::XPropertySet> portion(e->nextElement(), uno::UNO_QUERY);
        uno::Reference<text::XTextRange> range(portion, uno::UNO_QUERY);
        if (!portion.is() || !range.is()) continue;
        rtl::OUString type;
        portion->getPropertyValue("TextPortionType") >>= type;
        std::optional<document_mark> mark = type == "TextField" ? placeholder_in(portion) : std::nullopt;
        if (!mark) {
            out.text += to_std(range->getString());
            continue;
        }
        out.text += field_mark;
        const field* f = catalog.find(mark->key);
        out.fields.push_back(
            {mark->key, mark->options, mark->shown, f ? std::optional<field>(*f) : std::nullopt});
    }
    return out;
}

std::string category_above(const uno::Reference<text::XTextRange>& at) {
    uno::Reference<text::XTextCursor> c = at->getText()->createTextCursorByRange(at->getStart());
    uno::Reference<text::XParagraphCursor> para(c, uno::UNO_QUERY_THROW);
    for (int n = 0; n < 10000 && para->gotoPreviousParagraph(false); ++n)
        if (outline_level(c) == 1) {
            para->gotoEndOfParagraph(true);
            return to_std(c->getString());
        }
    return {};
}

// Every paragraph `range` touches; one it only ends at the start of is not among them.
selected_paragraphs paragraphs_in(const uno::Reference<text::XTextRange>& range,
                                  const field_catalog& catalog) {
    selected_paragraphs out;
    auto text = range->getText();
    uno::Reference<text::XTextRangeCompare> compare(text, uno::UNO_QUERY_THROW);
    uno::Reference<text::XTextCursor> c = text->createTextCursorByRange(range->getStart());
    uno::Reference<text::XParagraphCursor> para(c, uno::UNO_QUERY_THROW);
    out.first_level = outline_level(c);
    for (int n = 0; n < 10000; ++n) {
        out.paragraphs.push_back(shown_paragraph(para, catalog));
        if (!para->gotoNextParagraph(false)) break;
        if (compare->compareRegionStarts(uno::Reference<text::XTextRange>(c.get()), range->getEnd()) != 1)
            break;
    }
    out.category = category_above(range);
    return out;
}

// The document's selection as one text range; null when nothing (or no text) is selected.
uno::Reference<text::XTextRange> current_selection(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<frame::XModel> model(document, uno::UNO_QUERY_THROW);
    uno::Reference<view::XSelectionSupplier> supplier(model->getCurrentController(), uno::UNO_QUERY);
    if (!supplier.is()) return nullptr;
    uno::Reference<container::XIndexAccess> ranges(supplier->getSelection(), uno::UNO_QUERY);
    uno::Reference<text::XTextRange> range;
    if (ranges.is() && ranges->getCount() > 0) ranges->getByIndex(0) >>= range;
    if (!range.is() || range->getString().isEmpty()) return nullptr;
    return range;
}

template <class T> uno::Sequence<T> sequence_of(const std::vector<T>& items) {
    return uno::Sequence<T>(items.data(), static_cast<sal_Int32>(items.size()));
}

uno::Sequence<DraftField> to_idl(const std::vector<draft_field>& fields) {
    std::vector<DraftField> out;
    for (const draft_field& f : fields)
        out.emplace_back(to_ou(f.key), to_ou(f.label), to_ou(f.unit), to_ou(f.type), to_ou(f.approx),
                         static_cast<sal_Int16>(f.decimals), to_ou(f.percent_sign), to_ou(f.value),
                         to_ou(f.context), f.reused, to_ou(f.placeholder));
    return sequence_of(out);
}

std::vector<draft_field> from_idl(const uno::Sequence<DraftField>& fields) {
    std::vector<draft_field> out;
    for (const DraftField& f : fields)
        out.push_back({to_std(f.Key), to_std(f.Label), to_std(f.Unit), to_std(f.Type), to_std(f.Approx),
                       f.Decimals, to_std(f.PercentSign), to_std(f.Value), to_std(f.Context), bool(f.Reused),
                       to_std(f.Placeholder)});
    return out;
}

SectionDraft to_idl(const section_draft& d) {
    std::vector<rtl::OUString> paragraphs;
    for (const std::string& p : d.paragraphs)
        paragraphs.push_back(to_ou(p));
    return SectionDraft(to_ou(d.id), to_ou(d.title), to_ou(d.note), to_ou(d.category),
                        static_cast<sal_Int16>(d.level), d.run_in, sequence_of(paragraphs), to_idl(d.fields));
}

section_draft from_idl(const SectionDraft& d) {
    section_draft out{
        to_std(d.Id), to_std(d.Title), to_std(d.Note), to_std(d.Category), d.Level, bool(d.RunIn), {}, {}};
    for (const rtl::OUString& p : d.Paragraphs)
        out.paragraphs.push_back(to_std(p));
    out.fields = from_idl(d.Fields);
    return out;
}

LibraryDraft to_idl(const library_draft& d) {
    std::vector<DraftSection> sections;
    for (const draft_section& s : d.sections)
        sections.emplace_back(to_ou(s.id), to_ou(s.title), static_cast<sal_Int16>(s.level), s.included,
                              to_ou(s.proposed_id));
    return LibraryDraft(to_ou(d.id), to_ou(d.title), to_ou(d.version), to_ou(d.text), sequence_of(sections),
                        to_idl(d.fields));
}

library_draft from_idl(const LibraryDraft& d) {
    library_draft out;
    out.id = to_std(d.Id);
    out.title = to_std(d.Title);
    out.version = to_std(d.Version);
    out.text = to_std(d.Text);
    for (const DraftSection& s : d.Sections)
        out.sections.push_back(
            {to_std(s.Id), to_std(s.Title), s.Level, bool(s.Included), to_std(s.ProposedId)});
    out.fields = from_idl(d.Fields);
    return out;
}

// The main text's paragraphs as Writer shows them, with their outline levels; tables left out.
std::vector<document_paragraph> document_paragraphs(const uno::Reference<text::XTextDocument>& document) {
    std::vector<document_paragraph> out;
    uno::Reference<container::XEnumerationAccess> text(document->getText(), uno::UNO_QUERY_THROW);
    auto each = text->createEnumeration();
    while (each->hasMoreElements()) {
        uno::Reference<lang::XServiceInfo> element(each->nextElement(), uno::UNO_QUERY);
        if (!element.is() || !element->supportsService("com.sun.star.text.Paragraph")) continue;
        uno::Reference<beans::XPropertySet> props(element, uno::UNO_QUERY_THROW);
        rtl::OUString label;
        sal_Int16 level = 0;
        props->getPropertyValue("ListLabelString") >>= label;
        props->getPropertyValue("OutlineLevel") >>= level;
        out.push_back(
            {to_std(label) +
                 to_std(uno::Reference<text::XTextRange>(element, uno::UNO_QUERY_THROW)->getString()),
             level});
    }
    return out;
}

// A library id not taken yet: imported, imported-2, …
std::string free_library_id(const uno::Reference<uno::XComponentContext>& context) {
    std::string id = "imported";
    for (int n = 2; library_registry::instance().find(context, id); ++n)
        id = "imported-" + std::to_string(n);
    return id;
}

// Writes a library that lints clean; refuses one with errors, listing them, and writes nothing.
void write_linted(const std::string& path, const saved_library& saved) {
    if (!saved.ok()) {
        std::string message = "the library would have errors; nothing was written:";
        for (const diagnostic& e : saved.problems)
            if (e.level == severity::error) message += "\n" + format_diagnostic(e);
        fail(message);
    }
    if (std::string error = replace_library_file(path, saved.xml); !error.empty()) fail(error);
}

rtl::OUString file_url_of(const std::string& path) {
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(to_ou(path), url);
    return url;
}

// The library file a new library `id` goes to, in the user's folder; refused when taken.
std::string new_library_path(const uno::Reference<uno::XComponentContext>& context, const std::string& id) {
    if (!is_name(id)) refuse(context, message::refuse_library_id, id);
    if (library_registry::instance().find(context, id)) refuse(context, message::refuse_library_exists, id);
    std::string folder = own_library_folder(context);
    if (folder.empty()) refuse(context, message::refuse_no_own_folder);
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    std::string path = (std::filesystem::path(folder) / (id + ".xml")).string();
    if (std::filesystem::exists(path)) refuse(context, message::refuse_file_exists, path);
    return path;
}

} // namespace

SectionDraft report_engine::proposeSection(const uno::Reference<text::XTextDocument>& document,
                                           const uno::Reference<text::XTextRange>& selection,
                                           const rtl::OUString& library_id) {
    if (!document.is()) fail("no Writer document");
    library_ptr lib = library_id.isEmpty() ? nullptr : find_library(library_id);
    return on_main_thread(context_, caller_, [&] {
        auto range = selection.is() ? selection : current_selection(document);
        if (!range.is()) return to_idl(section_draft{});
        field_catalog catalog(context_, document);
        selected_paragraphs picked = paragraphs_in(range, catalog);
        return to_idl(propose_section(picked.paragraphs, lib.get(), picked.category, picked.first_level));
    });
}

rtl::OUString report_engine::saveSection(const SectionDraft& draft, const rtl::OUString& library_id,
                                         const rtl::OUString& new_library_id,
                                         const rtl::OUString& new_library_title) {
    section_draft d = from_idl(draft);
    saved_library saved;
    std::string path;
    if (library_id.isEmpty()) {
        std::string id = to_std(new_library_id), title = to_std(new_library_title);
        path = new_library_path(context_, id);
        saved = new_library_with(d, id, title.empty() ? id : title, path);
    } else {
        library_ptr lib = find_library(library_id);
        for (const known_library& k : library_registry::instance().all(context_))
            if (k.lib == lib && k.origin == library_origin::bundled)
                refuse(context_, message::refuse_bundled_library, lib->id);
        path = lib->path;
        std::optional<std::string> xml = read_library_file(path);
        if (!xml) refuse(context_, message::refuse_unreadable_library, path);
        saved = add_section(d, *xml, path);
    }
    write_linted(path, saved);
    on_main_thread(context_, caller_, [&] { library_registry::instance().saved(saved.lib, d.id); });
    return file_url_of(path);
}

LibraryDraft report_engine::proposeLibrary(const uno::Reference<text::XTextDocument>& document) {
    if (!document.is()) fail("no Writer document");
    std::string id = free_library_id(context_);
    library_draft d = on_main_thread(
        context_, caller_, [&] { return propose_library(import_text(document_paragraphs(document)), id); });
    if (has_errors(d.problems))
        fail(errors_text(message::refuse_unholdable_text, d.problems, caller_, ui_language(context_)));
    if (d.sections.empty()) refuse(context_, message::refuse_nothing_to_import);
    return to_idl(d);
}

rtl::OUString report_engine::saveLibrary(const LibraryDraft& draft) {
    library_draft d = from_idl(draft);
    std::string path = new_library_path(context_, d.id);
    saved_library saved = reviewed_library(d, path);
    write_linted(path, saved);
    std::string first = saved.lib->sections.empty() ? std::string() : saved.lib->sections.front().id;
    on_main_thread(context_, caller_, [&] { library_registry::instance().saved(saved.lib, first); });
    return file_url_of(path);
}

} // namespace reportkit::office
