// What the fuzz targets share: the input as text, a failure that libFuzzer records with the
// input, and a data sheet filling a library's plain fields in every way a cell can be written.
#pragma once

#include "core/data/table.hpp"
#include "core/data/values.hpp"
#include "core/library/model.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace reportkit::fuzz {

inline std::string_view text_of(const uint8_t* data, size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// An invariant broken: say which, with what, and abort so that libFuzzer keeps the input.
[[noreturn]] inline void fail(std::string_view what, std::string_view detail) {
    std::fprintf(stderr, "\nINVARIANT BROKEN: %.*s\n%.*s\n", static_cast<int>(what.size()), what.data(),
                 static_cast<int>(detail.size()), detail.data());
    std::abort();
}

// One row per plain field: left out, a number, a percentage, text with a unit and grouping, or
// a huge number, by turns, so that values reach every path of reading a cell.
inline data_table sample_table(const library& lib) {
    data_table table;
    size_t i = 0;
    for (const field& f : lib.fields) {
        if (!f.formula.empty()) continue;
        data_entry e{.key = f.key, .cell = "B" + std::to_string(++i + 1)};
        switch (i % 5) {
        case 0:
            continue;
        case 1:
            e.value = {.kind = cell_kind::number, .number = static_cast<double>(i) * 37.5, .text = ""};
            break;
        case 2:
            e.value = {.kind = cell_kind::number, .number = 0.974, .text = "97.4%", .percent = true};
            break;
        case 3:
            e.value = {.kind = cell_kind::text, .number = 0, .text = "12,345次"};
            break;
        case 4:
            e.value = {.kind = cell_kind::number, .number = 1e300, .text = ""};
            break;
        }
        table.add(std::move(e));
    }
    return table;
}

// Every field's value and text: a number filled in is finite, never inf or nan.
inline void resolve_all(const library& lib, const data_table& table) {
    value_resolver values([&](const std::string& key) { return lib.find_field(key); }, &table);
    for (const field& f : lib.fields) {
        const field_value& v = values.value(f.key);
        if (v.status == value_status::filled && f.type != field_type::text && !std::isfinite(v.number))
            fail("a filled value is not a finite number", f.key + " = " + std::to_string(v.number));
        (void)values.text(f.key, {}, "marker");
    }
}

} // namespace reportkit::fuzz
