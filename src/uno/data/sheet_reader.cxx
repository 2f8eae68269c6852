#include "uno/data/sheet_reader.hxx"

#include "core/data/csv.hpp"
#include "core/library/names.hpp"
#include "uno/common/properties.hxx"
#include "uno/common/reading_properties.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <osl/file.hxx>

#include <fmt/format.h>

#include <filesystem>
#include <system_error>

using namespace css;

namespace reportkit::office {
namespace {

constexpr sal_Int32 max_rows = 100000, max_columns = 26;

table_result failure(const std::string& file, std::string code, phrase said) {
    table_result r;
    r.problems.push_back(said_diagnostic({.file = file}, std::move(code), std::move(said)));
    return r;
}

// Whether two file URLs name the same file, however they are spelled: through a folder
// shortcut (symbolic link), with other escapes, or as the same URL.
bool same_file(const rtl::OUString& a, const rtl::OUString& b) {
    if (a == b) return true;
    rtl::OUString path_a, path_b;
    if (osl::FileBase::getSystemPathFromFileURL(a, path_a) != osl::FileBase::E_None ||
        osl::FileBase::getSystemPathFromFileURL(b, path_b) != osl::FileBase::E_None)
        return false;
    std::error_code ec;
    return std::filesystem::equivalent(to_std(path_a), to_std(path_b), ec);
}

// The spreadsheet open in this office for the file at `url`, if any: what Calc shows,
// unsaved edits included.
uno::Reference<sheet::XSpreadsheetDocument> open_spreadsheet(const uno::Reference<frame::XDesktop2>& desktop,
                                                             const rtl::OUString& url) {
    auto components = desktop->getComponents()->createEnumeration();
    while (components->hasMoreElements()) {
        uno::Reference<sheet::XSpreadsheetDocument> sheet(components->nextElement(), uno::UNO_QUERY);
        uno::Reference<frame::XModel> model(sheet, uno::UNO_QUERY);
        if (model.is() && !model->getURL().isEmpty() && same_file(model->getURL(), url)) return sheet;
    }
    return nullptr;
}

// Sheet 数据 or data (any case), else the first.
uno::Reference<sheet::XSpreadsheet> data_sheet(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                                               rtl::OUString& name) {
    uno::Reference<container::XIndexAccess> sheets(doc->getSheets(), uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        uno::Reference<container::XNamed> named(sheets->getByIndex(i), uno::UNO_QUERY_THROW);
        if (named->getName() == to_ou("数据") || named->getName().equalsIgnoreAsciiCase("data")) {
            name = named->getName();
            return {named, uno::UNO_QUERY_THROW};
        }
    }
    uno::Reference<container::XNamed> first(sheets->getByIndex(0), uno::UNO_QUERY_THROW);
    name = first->getName();
    return {first, uno::UNO_QUERY_THROW};
}

// One cell as the core sees it: number, text or empty, and whether it is shown as a percentage.
cell_value read_cell(const uno::Reference<table::XCell>& cell,
                     const uno::Reference<util::XNumberFormats>& formats) {
    cell_value v;
    table::CellContentType type = cell->getType();
    if (type == table::CellContentType_EMPTY) return v;
    v.text = to_std(uno::Reference<text::XTextRange>(cell, uno::UNO_QUERY_THROW)->getString());
    bool number = type == table::CellContentType_VALUE;
    if (type == table::CellContentType_FORMULA) {
        sal_Int32 result = 0;
        uno::Reference<beans::XPropertySet>(cell, uno::UNO_QUERY_THROW)
            ->getPropertyValue("FormulaResultType2") >>= result;
        number = result == sheet::FormulaResult::VALUE;
    }
    if (!number) {
        v.kind = cell_kind::text;
        return v;
    }
    v.kind = cell_kind::number;
    v.number = cell->getValue();
    sal_Int32 key = 0;
    uno::Reference<beans::XPropertySet>(cell, uno::UNO_QUERY_THROW)->getPropertyValue("NumberFormat") >>= key;
    sal_Int16 format_type = 0;
    if (formats.is()) formats->getByKey(key)->getPropertyValue("Type") >>= format_type;
    v.percent = (format_type & util::NumberFormat::PERCENT) != 0;
    return v;
}

table_result read_spreadsheet(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                              const std::string& file) {
    rtl::OUString sheet_name;
    uno::Reference<sheet::XSpreadsheet> sheet = data_sheet(doc, sheet_name);
    uno::Reference<util::XNumberFormatsSupplier> supplier(doc, uno::UNO_QUERY);
    uno::Reference<util::XNumberFormats> formats = supplier.is() ? supplier->getNumberFormats() : nullptr;

    uno::Reference<sheet::XSheetCellCursor> cursor = sheet->createCursor();
    uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    table::CellRangeAddress end =
        uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)->getRangeAddress();
    sheet_grid grid;
    grid.file = file;
    grid.sheet = to_std(sheet_name);
    sal_Int32 rows = std::min(end.EndRow + 1, max_rows), columns = std::min(end.EndColumn + 1, max_columns);
    grid.rows.resize(static_cast<size_t>(rows));
    for (sal_Int32 r = 0; r < rows; ++r)
        for (sal_Int32 c = 0; c < columns; ++c)
            grid.rows[static_cast<size_t>(r)].push_back(read_cell(sheet->getCellByPosition(c, r), formats));
    table_result result = read_table(grid);

    // Named cells (Sheet › Named Ranges): a single cell named after a field key, with
    // underscores for the dots Calc does not allow (org_name for org.name).
    std::vector<data_entry> named;
    uno::Reference<beans::XPropertySet> props(doc, uno::UNO_QUERY);
    uno::Reference<container::XNameAccess> names;
    if (props.is()) props->getPropertyValue("NamedRanges") >>= names;
    if (names.is()) {
        for (const rtl::OUString& name : names->getElementNames()) {
            std::string key = to_std(name.toAsciiLowerCase());
            if (!is_name(key)) continue;
            uno::Reference<sheet::XCellRangeReferrer> referrer(names->getByName(name), uno::UNO_QUERY);
            auto range = referrer.is() ? referrer->getReferredCells() : nullptr;
            if (!range.is()) continue;
            table::CellRangeAddress a =
                uno::Reference<sheet::XCellRangeAddressable>(range, uno::UNO_QUERY_THROW)->getRangeAddress();
            if (a.StartRow != a.EndRow || a.StartColumn != a.EndColumn) continue;
            uno::Reference<container::XIndexAccess> sheets(doc->getSheets(), uno::UNO_QUERY_THROW);
            uno::Reference<container::XNamed> owner(sheets->getByIndex(a.Sheet), uno::UNO_QUERY_THROW);
            data_entry e;
            e.key = key;
            e.value = read_cell(range->getCellByPosition(0, 0), formats);
            e.cell = cell_name(to_std(owner->getName()), static_cast<size_t>(a.StartRow),
                               static_cast<size_t>(a.StartColumn));
            named.push_back(std::move(e));
        }
    }
    add_named_cells(result, std::move(named));
    return result;
}

} // namespace

table_result read_data_sheet(const uno::Reference<uno::XComponentContext>& context,
                             const rtl::OUString& url) {
    rtl::OUString system_path;
    if (osl::FileBase::getSystemPathFromFileURL(url, system_path) != osl::FileBase::E_None)
        return failure(to_std(url), "bad-link", phrase(message::sheet_not_local));
    std::string path = to_std(system_path);
    osl::DirectoryItem item;
    if (osl::DirectoryItem::get(url, item) != osl::FileBase::E_None)
        return failure(path, "missing-sheet", phrase(message::sheet_missing));

    uno::Reference<frame::XDesktop2> desktop = frame::Desktop::create(context);
    uno::Reference<sheet::XSpreadsheetDocument> open = open_spreadsheet(desktop, url);
    if (open.is()) return read_spreadsheet(open, path);

    std::string lower = path;
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.ends_with(".csv") || lower.ends_with(".txt")) return read_table_from_csv(path);
    if (!(lower.ends_with(".ods") || lower.ends_with(".xlsx") || lower.ends_with(".xls") ||
          lower.ends_with(".fods")))
        return failure(path, "unknown-format", phrase(message::sheet_unknown_format));

    auto args = reading_properties();
    uno::Reference<lang::XComponent> loaded;
    try {
        loaded = desktop->loadComponentFromURL(url, "_blank", 0, args);
    } catch (const uno::Exception& e) {
        return failure(path, "unreadable-sheet", phrase(message::sheet_calc_cannot_open, to_std(e.Message)));
    }
    uno::Reference<sheet::XSpreadsheetDocument> doc(loaded, uno::UNO_QUERY);
    table_result result = doc.is()
                              ? read_spreadsheet(doc, path)
                              : failure(path, "unreadable-sheet", phrase(message::sheet_not_spreadsheet));
    uno::Reference<util::XCloseable> closeable(loaded, uno::UNO_QUERY);
    try {
        if (closeable.is())
            closeable->close(true);
        else if (loaded.is())
            loaded->dispose();
    } catch (const uno::Exception&) {
    }
    return result;
}

} // namespace reportkit::office
