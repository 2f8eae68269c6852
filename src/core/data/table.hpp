// A data sheet as ReportKit reads it: a grid of cells, and the key → value table found in it.
#pragma once

#include "core/diag/diagnostic.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace reportkit {

// One cell as read from a sheet: a number (and whether it is formatted as a percentage) or text.
enum class cell_kind { empty, number, text };
struct cell_value {
    cell_kind kind = cell_kind::empty;
    double number = 0;
    std::string text; // as shown in the sheet
    bool percent = false;
};

// The cells of one sheet, row by row, as read from Calc or a CSV file.
struct sheet_grid {
    std::string file;  // for messages
    std::string sheet; // "数据"; empty for a CSV file
    std::vector<std::vector<cell_value>> rows;
    // CSV: a value under no header is an unquoted separator splitting a field (12,345), an error.
    bool values_need_headers = false;
};

// The name of a cell for people: "数据!B7", or "B7" in a CSV file.
std::string cell_name(const std::string& sheet, size_t row, size_t column);

// An error about a cell of `grid`.
diagnostic sheet_problem(const sheet_grid& grid, size_t row, size_t column, std::string code, phrase said);

// One key → value row of a data sheet.
struct data_entry {
    std::string key;
    cell_value value;
    std::string unit;  // the unit column, if any: the value's unit (元 when the field is in 万元)
    std::string label; // the label column, if any
    std::string cell;  // where the value is: "数据!B7"
};

class data_table {
public:
    std::string file; // the sheet it was read from

    // Adds an entry; false when its key is there already (the table keeps the first).
    bool add(data_entry e);
    // The entry for `key`, else a named cell for it: spreadsheet names cannot hold dots, so
    // org_name stands for org.name.
    const data_entry* find(std::string_view key) const;
    const std::vector<data_entry>& entries() const { return entries_; }

private:
    std::vector<data_entry> entries_;
    std::unordered_map<std::string, size_t> index_; // key → position in entries_
};

struct table_result {
    data_table table;
    diagnostics problems; // any error means the sheet must not be used
};

// What a header cell names: a data sheet's columns (key/键…, value/值…, label, unit, note) or
// none of them.
enum class sheet_column { key, value, label, unit, note, other };
sheet_column header_kind(const cell_value& header);

// Finds the header row (key and value columns, in English or Chinese; label, unit and note
// allowed) among the first rows and reads every row below it. Duplicate keys are errors.
table_result read_table(const sheet_grid& grid);

// Adds named cells (Calc range names, lower-cased) after the table's rows; a name that repeats
// a key is an error in `problems`.
void add_named_cells(table_result& result, std::vector<data_entry> named);

} // namespace reportkit
