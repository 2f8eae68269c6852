// Importing a report from text, as `reportkit import` reads a .txt file: whatever the text,
// import either refuses it (nothing made, each problem at its line and column) or makes a
// library that lints without errors, whose values make a sheet.
#include "core/data/csv.hpp"
#include "core/library/loader.hpp"
#include "core/library/text_import.hpp"
#include "fuzz_support.hpp"

using namespace reportkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::optional<decoded_text> text = decode_text(fuzz::text_of(data, size));
    if (!text) return 0;
    import_result r = import_report_text(text->utf8);
    if (!r.problems.empty()) {
        if (!r.xml.empty()) fuzz::fail("import refused the text but made a library anyway", r.xml);
        for (const diagnostic& d : r.problems)
            if (d.where.line < 1 || d.where.column < 1)
                fuzz::fail("import refused the text without naming where", format_diagnostic(d));
        return 0;
    }
    load_result check = load_library_text(r.xml, "imported.xml");
    if (has_errors(check.diags)) {
        std::string why;
        for (const diagnostic& d : check.diags)
            why += format_diagnostic(d) + "\n";
        fuzz::fail("import wrote a library that does not lint clean", why + "---\n" + r.xml);
    }
    (void)parse_csv(imported_values_csv(r.values), "imported.csv");
    return 0;
}
