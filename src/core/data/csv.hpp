// CSV data sheets: the bytes decoded (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030
// as Chinese Excel writes it) and split into a grid of text cells.
#pragma once

#include "core/data/table.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace reportkit {

struct decoded_text {
    std::string utf8;
    std::string encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "GB18030"
};

// The text of `bytes` in UTF-8, or nothing when no supported encoding reads it.
std::optional<decoded_text> decode_text(std::string_view bytes);

struct csv_result {
    sheet_grid grid;
    diagnostics problems;
};

// Parses CSV (RFC 4180: quotes, doubled quotes, line breaks inside quotes); the separator is
// the first of , ; or tab found outside quotes on the first line. With ; or tab, numbers written
// with a decimal comma (12,5) become number cells; a file whose decimal mark is mixed or cannot be
// told is an error. `file` names the source in messages.
csv_result parse_csv(std::string_view utf8, const std::string& file);

// Reads and decodes a CSV file; unreadable or undecodable files are errors in `problems`.
csv_result read_csv_file(const std::string& path);

// A CSV file's key → value table, with the problems of reading and of the table together.
table_result read_table_from_csv(const std::string& path);

} // namespace reportkit
