// Data-sheet skeletons: one row per field a writer must fill (derived fields are computed).
#pragma once

#include "core/library/model.hpp"

#include <string>
#include <vector>

namespace reportkit {

// The header of a skeleton; read_table accepts it.
inline const std::vector<std::string> skeleton_header = {"key", "label", "unit", "value"};

// The fields to fill, in the order given, each key once, derived fields left out.
std::vector<const field*> skeleton_fields(const std::vector<const field*>& fields);

// The header row with its CRLF, after a UTF-8 BOM when `bom`; other sheets in this layout
// (an import's found values) start with it too.
std::string skeleton_header_line(bool bom);

// RFC 4180 CSV: the header and one row per field, values empty; UTF-8, with a BOM (when `bom`)
// so that Excel opens it correctly.
std::string skeleton_csv(const std::vector<const field*>& fields, bool bom = true);

// A CSV field, quoted when it must be.
std::string csv_field(const std::string& s);

} // namespace reportkit
