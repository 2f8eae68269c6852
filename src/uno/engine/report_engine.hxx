// org.reportkit.ReportEngine: the engine service behind the sidebar and the command line.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase5.hxx>
#include <org/reportkit/XReportData.hpp>
#include <org/reportkit/XReportEngine.hpp>
#include <org/reportkit/XSectionAuthoring.hpp>
#include <org/reportkit/XSectionOrigins.hpp>

#include "core/library/model.hpp"
#include "core/library/origins.hpp"
#include "core/render/plan.hpp"
#include "core/ui/messages.hpp"
#include "uno/common/main_thread.hxx"
#include "uno/common/service_info.hxx"

namespace reportkit::office {

// Writes `p` at `at` as one undo step, bookmarks its sections as coming from `lib` and keeps the
// definitions of the fields it uses in the document: how every insertion and update writes.
void write_sections(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::text::XTextDocument>& document,
                    const css::uno::Reference<css::text::XTextRange>& at, const plan& p, const library& lib,
                    const rtl::OUString& undo_title);

// `header` and the errors among `problems`, one a line: for the deck, in the UI's language with
// files by their names; for a client such as the command line, as compilers print them
// (path:line:column: error: … [code]).
std::string errors_text(message header, const diagnostics& problems, caller who, const std::string& language);

// Refuses a missing or read-only document, in the UI's language.
void check_writable(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::text::XTextDocument>& document);

rtl::OUString SAL_CALL report_engine_implementation_name();
css::uno::Sequence<rtl::OUString> SAL_CALL report_engine_service_names();

class report_engine : public with_service_info<
                          cppu::WeakImplHelper5<org::reportkit::XReportEngine, org::reportkit::XReportData,
                                                org::reportkit::XSectionOrigins,
                                                org::reportkit::XSectionAuthoring, css::lang::XServiceInfo>,
                          report_engine_implementation_name, report_engine_service_names> {
public:
    // `who`: caller::ui for code that holds the SolarMutex (document events, the panels' jobs in
    // the main loop); the service created by name serves clients (common/main_thread).
    explicit report_engine(const css::uno::Reference<css::uno::XComponentContext>& context,
                           caller who = caller::client);

    // XReportEngine
    rtl::OUString SAL_CALL getVersion() override;
    css::uno::Sequence<org::reportkit::LibraryInfo> SAL_CALL getLibraries() override;
    css::uno::Sequence<org::reportkit::EntryInfo>
        SAL_CALL getSections(const rtl::OUString& library_id) override;
    css::uno::Sequence<org::reportkit::EntryInfo>
        SAL_CALL getOutlines(const rtl::OUString& library_id) override;
    rtl::OUString SAL_CALL loadLibrary(const rtl::OUString& url) override;
    void SAL_CALL insertSection(const css::uno::Reference<css::text::XTextDocument>& document,
                                const css::uno::Reference<css::text::XTextRange>& position,
                                const rtl::OUString& library_id, const rtl::OUString& section_id) override;
    void SAL_CALL insertOutline(const css::uno::Reference<css::text::XTextDocument>& document,
                                const css::uno::Reference<css::text::XTextRange>& position,
                                const rtl::OUString& library_id, const rtl::OUString& outline_id) override;
    void SAL_CALL insertOutlineLaidOut(const css::uno::Reference<css::text::XTextDocument>& document,
                                       const rtl::OUString& library_id,
                                       const rtl::OUString& outline_id) override;
    rtl::OUString SAL_CALL getLayout(const rtl::OUString& library_id,
                                     const rtl::OUString& outline_id) override;
    void SAL_CALL applyLayout(const css::uno::Reference<css::text::XTextDocument>& document,
                              const rtl::OUString& layout) override;

    // XReportData: live numbers (live_numbers.cxx)
    css::uno::Sequence<org::reportkit::FieldInfo>
        SAL_CALL getFields(const rtl::OUString& library_id) override;
    void SAL_CALL insertField(const css::uno::Reference<css::text::XTextDocument>& document,
                              const css::uno::Reference<css::text::XTextRange>& position,
                              const rtl::OUString& library_id, const rtl::OUString& key) override;
    void SAL_CALL linkDataSheet(const css::uno::Reference<css::text::XTextDocument>& document,
                                const rtl::OUString& url) override;
    void SAL_CALL unlinkDataSheet(const css::uno::Reference<css::text::XTextDocument>& document) override;
    rtl::OUString SAL_CALL
    getDataSheet(const css::uno::Reference<css::text::XTextDocument>& document) override;
    sal_Int32 SAL_CALL refresh(const css::uno::Reference<css::text::XTextDocument>& document) override;
    css::uno::Sequence<org::reportkit::AuditEntry>
        SAL_CALL audit(const css::uno::Reference<css::text::XTextDocument>& document) override;
    void SAL_CALL writeDataSkeleton(const css::uno::Reference<css::text::XTextDocument>& document,
                                    const rtl::OUString& library_id, const rtl::OUString& url) override;
    sal_Int32 SAL_CALL
    convertFieldsToText(const css::uno::Reference<css::text::XTextDocument>& document) override;

    // XSectionOrigins: where inserted sections came from, and updates (section_updates.cxx)
    css::uno::Sequence<org::reportkit::SectionOrigin>
        SAL_CALL getSectionOrigins(const css::uno::Reference<css::text::XTextDocument>& document) override;
    css::uno::Sequence<rtl::OUString>
        SAL_CALL updateSections(const css::uno::Reference<css::text::XTextDocument>& document,
                                const css::uno::Sequence<rtl::OUString>& marks) override;

    // XSectionAuthoring: sections made from a selection (section_authoring.cxx)
    org::reportkit::SectionDraft SAL_CALL
    proposeSection(const css::uno::Reference<css::text::XTextDocument>& document,
                   const css::uno::Reference<css::text::XTextRange>& selection,
                   const rtl::OUString& library_id) override;
    rtl::OUString SAL_CALL saveSection(const org::reportkit::SectionDraft& draft,
                                       const rtl::OUString& library_id, const rtl::OUString& new_library_id,
                                       const rtl::OUString& new_library_title) override;
    org::reportkit::LibraryDraft SAL_CALL
    proposeLibrary(const css::uno::Reference<css::text::XTextDocument>& document) override;
    rtl::OUString SAL_CALL saveLibrary(const org::reportkit::LibraryDraft& draft) override;

    // For the sidebar, not in the IDL. What a section would look like inserted at the document's
    // cursor, with the document's current values; for an outline (`outline`), its skeleton.
    rtl::OUString preview(const css::uno::Reference<css::text::XTextDocument>& document,
                          const rtl::OUString& library_id, const rtl::OUString& id, bool outline);
    // The document's inserted sections compared with the newest libraries (section_updates.cxx).
    std::vector<section_status>
    sectionStatuses(const css::uno::Reference<css::text::XTextDocument>& document);
    // An outdated section's text in the document now and in the newest library (with the
    // document's values), for the Compare dialog; nothing when it is not outdated or is gone.
    struct section_texts {
        section_status status;
        std::string mine, newer;
    };
    std::optional<section_texts> sectionTexts(const css::uno::Reference<css::text::XTextDocument>& document,
                                              const std::string& mark);
    // Replaces one outdated section even when the writer edited it (they chose to, after seeing
    // the difference), one undo step; false when it is not outdated or is gone.
    bool replaceSection(const css::uno::Reference<css::text::XTextDocument>& document,
                        const std::string& mark);
    // The library the document's sections were inserted from (the last one), empty when none.
    rtl::OUString documentLibrary(const css::uno::Reference<css::text::XTextDocument>& document);

private:
    library_ptr find_library(const rtl::OUString& id); // refuses an unknown id (common/errors)
    void insert_outline(const css::uno::Reference<css::text::XTextDocument>& document,
                        const css::uno::Reference<css::text::XTextRange>& position,
                        const rtl::OUString& library_id, const rtl::OUString& outline_id, bool lay_out_empty);

    css::uno::Reference<css::uno::XComponentContext> context_;
    caller caller_;
};

} // namespace reportkit::office
