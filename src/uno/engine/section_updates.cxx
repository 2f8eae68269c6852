// The engine's org.reportkit.XSectionOrigins: which inserted sections a newer library version
// changes, and replacing those the writer has not edited; for the deck, the texts to compare and
// replacing an edited section the writer chose to replace.
#include "uno/engine/report_engine.hxx"

#include "core/library/origins.hpp"
#include "uno/common/configuration.hxx"
#include "uno/common/documents.hxx"
#include "uno/common/errors.hxx"
#include "uno/common/strings.hxx"
#include "uno/data/placeholder_fields.hxx"
#include "uno/engine/library_registry.hxx"
#include "uno/writer/plan_writer.hxx"
#include "uno/writer/section_origins.hxx"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include <set>

using namespace css;
using org::reportkit::SectionOrigin;

namespace reportkit::office {
namespace {

std::vector<section_status> statuses(const uno::Reference<uno::XComponentContext>& context,
                                     const uno::Reference<text::XTextDocument>& document) {
    return section_statuses(
        recorded_origins(document), [&](const section_origin& o) { return current_fingerprint(document, o); },
        [&](const std::string& id) { return library_registry::instance().find(context, id); });
}

// Puts the newest text of a section where its old text is, at the level the place gives.
void replace_section(const uno::Reference<uno::XComponentContext>& context,
                     const uno::Reference<text::XTextDocument>& document, const section_status& st,
                     const rtl::OUString& undo_title) {
    library_ptr lib = library_registry::instance().find(context, st.origin.library_id);
    const section* s = lib ? lib->find_section(st.origin.section_id) : nullptr;
    auto range = section_range(document, st.origin);
    if (!s || !range.is()) return;
    remove_mark(document, st.origin.mark);
    uno::Reference<text::XTextCursor> cursor = range->getText()->createTextCursorByRange(range);
    cursor->setString("");                             // one empty paragraph, which the first block takes
    uno::Reference<text::XTextRange> at(cursor.get()); // no implicit upcast in the SDK
    numbering_state numbers;                           // Writer numbers the headings itself
    plan p = plan_section(*lib, *s, numbers, placement_level(s->level, heading_level_before(at)));
    write_sections(context, document, at, p, *lib, undo_title);
}

// Replaces the outdated sections among `wanted` (edited ones only with `edited_too`) as one undo
// step; the marks replaced.
std::vector<std::string> replace_sections(const uno::Reference<uno::XComponentContext>& context,
                                          const uno::Reference<text::XTextDocument>& document,
                                          const std::set<std::string>& wanted, bool edited_too) {
    check_writable(context, document);
    std::string language = ui_language(context);
    std::vector<section_status> chosen;
    std::string titles;
    for (section_status& st : statuses(context, document))
        if (wanted.count(st.origin.mark) && st.outdated && (edited_too || !st.edited)) {
            titles += (titles.empty() ? "" : is_chinese(language) ? "、" : ", ") + st.title;
            chosen.push_back(std::move(st));
        }
    std::vector<std::string> done;
    if (chosen.empty()) return done;

    rtl::OUString title = to_ou(text(message::undo_update_sections, language, titles));
    auto undo =
        uno::Reference<document::XUndoManagerSupplier>(document, uno::UNO_QUERY_THROW)->getUndoManager();
    undo->enterUndoContext(title);
    try {
        for (const section_status& st : chosen) {
            replace_section(context, document, st, title);
            done.push_back(st.origin.mark);
        }
    } catch (...) {
        // A failed update leaves the document as it was.
        undo->leaveUndoContext();
        undo->undo();
        throw;
    }
    undo->leaveUndoContext();
    return done;
}

} // namespace

std::vector<section_status>
report_engine::sectionStatuses(const uno::Reference<text::XTextDocument>& document) {
    if (!document.is()) return {};
    return on_main_thread(context_, caller_, [&] { return statuses(context_, document); });
}

uno::Sequence<SectionOrigin>
report_engine::getSectionOrigins(const uno::Reference<text::XTextDocument>& document) {
    if (!document.is()) fail("no Writer document");
    return on_main_thread(context_, caller_, [&] {
        std::vector<SectionOrigin> out;
        for (const section_status& st : statuses(context_, document))
            out.emplace_back(to_ou(st.origin.mark), to_ou(st.origin.library_id), to_ou(st.origin.section_id),
                             to_ou(st.title), to_ou(to_string(st.origin.library_version)),
                             to_ou(to_string(st.newest)), st.edited, st.outdated);
        return uno::Sequence<SectionOrigin>(out.data(), static_cast<sal_Int32>(out.size()));
    });
}

uno::Sequence<rtl::OUString>
report_engine::updateSections(const uno::Reference<text::XTextDocument>& document,
                              const uno::Sequence<rtl::OUString>& marks) {
    if (!document.is()) fail("no Writer document");
    std::set<std::string> wanted;
    for (const rtl::OUString& m : marks)
        wanted.insert(to_std(m));
    return on_main_thread(context_, caller_, [&] {
        std::vector<rtl::OUString> done;
        for (const std::string& mark : replace_sections(context_, document, wanted, false))
            done.push_back(to_ou(mark));
        return uno::Sequence<rtl::OUString>(done.data(), static_cast<sal_Int32>(done.size()));
    });
}

bool report_engine::replaceSection(const uno::Reference<text::XTextDocument>& document,
                                   const std::string& mark) {
    if (!document.is()) fail("no Writer document");
    return on_main_thread(context_, caller_,
                          [&] { return !replace_sections(context_, document, {mark}, true).empty(); });
}

std::optional<report_engine::section_texts>
report_engine::sectionTexts(const uno::Reference<text::XTextDocument>& document, const std::string& mark) {
    if (!document.is()) return std::nullopt;
    return on_main_thread(context_, caller_, [&]() -> std::optional<section_texts> {
        for (section_status& st : statuses(context_, document)) {
            if (st.origin.mark != mark || !st.outdated) continue;
            library_ptr lib = library_registry::instance().find(context_, st.origin.library_id);
            auto mine = current_text(document, st.origin);
            if (!lib || !mine) return std::nullopt;
            numbering_state numbers; // heading numbers are left out of the text
            plan p = plan_section(*lib, *lib->find_section(st.origin.section_id), numbers);
            return section_texts{st, *mine, shown_section_text(p, shown_values(document))};
        }
        return std::nullopt;
    });
}

} // namespace reportkit::office
