// Data sheets as CSV bytes: decoded, split into cells, read as a key → value table, and every
// value read as each field type and shown. A value read as a number is finite.
#include "core/data/csv.hpp"
#include "fuzz_support.hpp"

using namespace reportkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::optional<decoded_text> text = decode_text(fuzz::text_of(data, size));
    if (!text) return 0;
    csv_result csv = parse_csv(text->utf8, "fuzz.csv");
    table_result t = read_table(csv.grid);
    for (const diagnostic& d : csv.problems)
        (void)format_diagnostic(d);
    for (const diagnostic& d : t.problems)
        (void)format_diagnostic(d);
    static const field fields[] = {
        {.key = "k", .type = field_type::integer, .unit = "次"},
        {.key = "k", .type = field_type::decimal, .decimals = 2},
        {.key = "k", .type = field_type::percent},
        {.key = "k", .type = field_type::amount, .unit = "万元"},
        {.key = "k", .type = field_type::year},
        {.key = "k", .type = field_type::text},
    };
    for (const data_entry& e : t.table.entries())
        for (const field& f : fields) {
            field_value v = read_cell(f, e);
            if (v.status != value_status::filled || f.type == field_type::text) continue;
            if (!std::isfinite(v.number)) fuzz::fail("a cell read as a number that is not finite", e.cell);
            (void)format_value(v.number, false, f, {});
        }
    return 0;
}
