// Batch sheets: the values of many reports side by side, one value column per unit (a
// department, a person), headed by the name its report's files take. The key column and any
// label, unit and note columns are shared, as in a data sheet (core/data/table).
#pragma once

#include "core/data/table.hpp"

#include <string>
#include <vector>

namespace reportkit {

struct batch_unit {
    std::string name; // the column's header: the name of the unit's report files
    sheet_grid sheet; // the unit's own data sheet: key, value and (when shared) unit columns
};

struct batch_result {
    std::vector<batch_unit> units;
    diagnostics problems; // any error means the sheet must not be used
};

// Splits a batch sheet into one data sheet per unit. The header row is the first of the first
// 20 rows with a key column; every other headed column that is not label, unit or note is a unit.
batch_result split_batch(const sheet_grid& grid);

// A sheet as CSV (RFC 4180, every cell quoted, as shown), for the engine to read back.
std::string grid_csv(const sheet_grid& grid);

} // namespace reportkit
