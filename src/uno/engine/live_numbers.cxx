// The engine's live numbers: org.reportkit.XReportData, the half of report_engine that links a
// data sheet, fills and refreshes placeholders, audits them and writes sheet skeletons
// (report_engine.cxx holds the other half: libraries and insertion). Reading, values and audit
// rules live in core (core/data/); this file only moves them between the document, the sheet
// and the core.
#include "uno/engine/report_engine.hxx"

#include "core/data/audit.hpp"
#include "core/data/embedded_fields.hpp"
#include "core/data/skeleton.hpp"
#include "core/render/plan.hpp"
#include "core/ui/messages.hpp"
#include "uno/common/configuration.hxx"
#include "uno/common/documents.hxx"
#include "uno/common/errors.hxx"
#include "uno/common/main_thread.hxx"
#include "uno/common/properties.hxx"
#include "uno/data/document_fields.hxx"
#include "uno/data/document_grouping.hxx"
#include "uno/data/document_link.hxx"
#include "uno/data/placeholder_fields.hxx"
#include "uno/data/sheet_reader.hxx"
#include "uno/data/user_properties.hxx"
#include "uno/engine/field_catalog.hxx"
#include "uno/engine/library_registry.hxx"
#include "uno/writer/line_breaking.hxx"
#include "uno/writer/plan_writer.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include <fstream>

using namespace css;
using org::reportkit::AuditEntry;
using org::reportkit::FieldInfo;

namespace reportkit::office {
namespace {

// How numbers are written, from org.reportkit.Settings/Data; a grouping the document is given
// for one command (document_grouping) comes first.
format_options number_options(const uno::Reference<uno::XComponentContext>& context,
                              const uno::Reference<text::XTextDocument>& document) {
    format_options options;
    rtl::OUString group = user_property(document, grouping_property()).value_or(rtl::OUString());
    if (group.isEmpty()) setting(context, "/org.reportkit.Settings/Data", "Grouping") >>= group;
    options.forced = parse_grouping(to_std(group));
    sal_Int32 group_from = 0;
    if (setting(context, "/org.reportkit.Settings/Data", "GroupThousandsFrom") >>= group_from)
        options.group_from = group_from;
    return options;
}

rtl::OUString status_string(audit_status s) {
    return rtl::OUString::createFromAscii(to_string(s));
}

// The linked sheet's table; throws when none is linked or it cannot be read.
table_result linked_table(const uno::Reference<uno::XComponentContext>& context, caller who,
                          const uno::Reference<text::XTextDocument>& document) {
    rtl::OUString url = linked_sheet(document);
    if (url.isEmpty()) refuse(context, message::no_sheet_linked);
    table_result t = read_data_sheet(context, url);
    if (has_errors(t.problems))
        fail(errors_text(message::sheet_unusable, t.problems, who, ui_language(context)));
    return t;
}

// A skeleton as a Calc document: sheet 数据 with the header and one row per field.
void write_ods(const uno::Reference<uno::XComponentContext>& context, const std::vector<const field*>& fields,
               const rtl::OUString& url, const char* filter) {
    uno::Reference<frame::XDesktop2> desktop = frame::Desktop::create(context);
    uno::Reference<lang::XComponent> component = desktop->loadComponentFromURL(
        "private:factory/scalc", "_blank", 0, properties({{"Hidden", uno::Any(true)}}));
    uno::Reference<sheet::XSpreadsheetDocument> doc(component, uno::UNO_QUERY_THROW);
    try {
        uno::Reference<container::XIndexAccess> sheets(doc->getSheets(), uno::UNO_QUERY_THROW);
        uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByIndex(0), uno::UNO_QUERY_THROW);
        uno::Reference<container::XNamed>(sheet, uno::UNO_QUERY_THROW)->setName(to_ou("数据"));
        auto put = [&](sal_Int32 column, sal_Int32 row, const std::string& s) {
            uno::Reference<text::XTextRange>(sheet->getCellByPosition(column, row), uno::UNO_QUERY_THROW)
                ->setString(to_ou(s));
        };
        for (size_t c = 0; c < skeleton_header.size(); ++c)
            put(static_cast<sal_Int32>(c), 0, skeleton_header[c]);
        sal_Int32 row = 1;
        for (const field* f : skeleton_fields(fields)) {
            put(0, row, f->key);
            put(1, row, f->label);
            put(2, row, f->unit);
            ++row;
        }
        uno::Reference<frame::XStorable>(doc, uno::UNO_QUERY_THROW)
            ->storeToURL(url, properties({{"FilterName", uno::Any(rtl::OUString::createFromAscii(filter))}}));
    } catch (...) {
        uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
        throw;
    }
    uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
}

} // namespace

uno::Sequence<FieldInfo> report_engine::getFields(const rtl::OUString& library_id) {
    library_ptr lib = find_library(library_id);
    std::vector<FieldInfo> out;
    for (const field& f : lib->fields)
        out.emplace_back(to_ou(f.key), rtl::OUString::createFromAscii(to_string(f.type)), to_ou(f.unit),
                         to_ou(f.label), to_ou(f.formula));
    return uno::Sequence<FieldInfo>(out.data(), static_cast<sal_Int32>(out.size()));
}

void report_engine::insertField(const uno::Reference<text::XTextDocument>& document,
                                const uno::Reference<text::XTextRange>& position,
                                const rtl::OUString& library_id, const rtl::OUString& key) {
    on_main_thread(context_, caller_, [&] {
        library_ptr lib = find_library(library_id);
        const field* f = lib->find_field(to_std(key));
        if (!f) fail("library '" + lib->id + "' has no field '" + to_std(key) + "'");
        run r;
        r.kind = run_kind::field;
        r.text = f->key;
        r.marker = placeholder_marker(f, f->key);
        check_writable(context_, document);
        remember_fields(document, fields_with_inputs(*lib, {f->key})); // before the field (write_sections)
        write_inline({r}, document, insertion_point(document, position),
                     to_ou(text(message::undo_insert_field, ui_language(context_), f->label)));
    });
}

void report_engine::linkDataSheet(const uno::Reference<text::XTextDocument>& document,
                                  const rtl::OUString& url) {
    on_main_thread(context_, caller_, [&] {
        check_writable(context_, document);
        table_result t = read_data_sheet(context_, url);
        if (has_errors(t.problems))
            fail(errors_text(message::sheet_unusable, t.problems, caller_, ui_language(context_)));
        set_linked_sheet(document, url);
    });
}

void report_engine::unlinkDataSheet(const uno::Reference<text::XTextDocument>& document) {
    on_main_thread(context_, caller_, [&] {
        check_writable(context_, document);
        remove_linked_sheet(document);
    });
}

rtl::OUString report_engine::getDataSheet(const uno::Reference<text::XTextDocument>& document) {
    return on_main_thread(context_, caller_, [&] {
        if (!document.is()) fail("no Writer document");
        return linked_sheet(document);
    });
}

sal_Int32 report_engine::refresh(const uno::Reference<text::XTextDocument>& document) {
    return on_main_thread(context_, caller_, [&] {
        check_writable(context_, document);
        table_result t = linked_table(context_, caller_, document);
        field_catalog catalog(context_, document);
        value_resolver values(catalog.lookup(), &t.table, number_options(context_, document));
        std::vector<content_change> changes;
        for (const placeholder_value& v : placeholder_values(document)) {
            std::string marker = placeholder_marker(catalog.find(v.key), v.key);
            rtl::OUString now = to_ou(values.text(v.key, v.options, marker));
            if (now != v.content) changes.push_back({v.name, v.content, now});
        }
        auto count = static_cast<sal_Int32>(changes.size());
        if (count > 0) keep_line_breaking_rules(context_, document); // for a report saved before them
        apply_contents(document, std::move(changes),
                       to_ou(text(message::undo_refresh, ui_language(context_))));
        return count;
    });
}

uno::Sequence<AuditEntry> report_engine::audit(const uno::Reference<text::XTextDocument>& document) {
    return on_main_thread(context_, caller_, [&] {
        if (!document.is()) fail("no Writer document");
        field_catalog catalog(context_, document);
        std::string language = ui_language(context_); // reasons are read in the panel, in the UI's language
        std::vector<AuditEntry> out;
        std::optional<table_result> table;
        rtl::OUString url = linked_sheet(document);
        if (!url.isEmpty()) {
            table = read_data_sheet(context_, url);
            if (has_errors(table->problems)) {
                for (const diagnostic& d : table->problems)
                    out.push_back(AuditEntry(status_string(audit_status::sheet), {}, to_ou(d.where.cell), {},
                                             {}, to_ou(said_in(d, language)), to_ou(d.where.cell), nullptr));
                table.reset();
            }
        }
        value_resolver values(catalog.lookup(), table ? &table->table : nullptr,
                              number_options(context_, document));
        for (document_mark& m : document_marks(document)) {
            if (!m.is_field) {
                out.push_back(AuditEntry(
                    status_string(audit_status::literal_x), {}, to_ou(m.context), to_ou(m.shown), {},
                    to_ou(audit_message(audit_status::literal_x, {}, language)), {}, m.anchor));
                continue;
            }
            const field* f = catalog.find(m.key);
            std::string marker = placeholder_marker(f, m.key);
            const field_value& now = values.value(m.key);
            std::string expected = table ? values.text(m.key, m.options, marker) : std::string();
            audit_status status = placeholder_status(m.shown, expected, now, table.has_value(), marker);
            out.push_back(AuditEntry(status_string(status), to_ou(m.key), to_ou(f ? f->label : m.key),
                                     to_ou(m.shown), to_ou(expected),
                                     to_ou(audit_message(status, now, language)), to_ou(now.cell), m.anchor));
        }
        return uno::Sequence<AuditEntry>(out.data(), static_cast<sal_Int32>(out.size()));
    });
}

void report_engine::writeDataSkeleton(const uno::Reference<text::XTextDocument>& document,
                                      const rtl::OUString& library_id, const rtl::OUString& url) {
    on_main_thread(context_, caller_, [&] {
        field_catalog catalog(context_, document);
        std::vector<library_ptr> named; // keeps the libraries alive while writing
        std::vector<const field*> fields;
        if (!library_id.isEmpty()) {
            // One id or several separated by commas: their fields in library order.
            sal_Int32 index = 0;
            do {
                library_ptr lib = find_library(library_id.getToken(0, ',', index).trim());
                for (const field& f : lib->fields)
                    fields.push_back(&f);
                named.push_back(lib);
            } while (index >= 0);
        } else {
            if (!document.is()) fail("no Writer document and no library");
            for (const document_mark& m : document_marks(document)) // the fields still in the text
                if (const field* f = m.is_field ? catalog.find(m.key) : nullptr) fields.push_back(f);
        }
        rtl::OUString lower = url.toAsciiLowerCase();
        if (lower.endsWith(".csv")) {
            rtl::OUString path;
            if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
                fail("not a file URL: " + to_std(url));
            std::ofstream out(to_std(path), std::ios::binary);
            out << skeleton_csv(fields);
            if (!out) fail("cannot write " + to_std(path));
        } else if (lower.endsWith(".ods")) {
            write_ods(context_, fields, url, "calc8");
        } else if (lower.endsWith(".xlsx")) {
            write_ods(context_, fields, url, "Calc MS Excel 2007 XML");
        } else {
            fail("a data-sheet skeleton is written as .ods, .xlsx or .csv");
        }
    });
}

sal_Int32 report_engine::convertFieldsToText(const uno::Reference<text::XTextDocument>& document) {
    return on_main_thread(context_, caller_, [&] {
        check_writable(context_, document);
        return fields_to_text(document, to_ou(text(message::undo_fields_to_text, ui_language(context_))));
    });
}

} // namespace reportkit::office
