// The proof that the docs suffice: a library written from docs/library-format.md alone, filled
// with a report's values, renders that report's numbered parts character for character with the
// default settings. The report (data/proof-report.txt) was written for this test.
#include "core/data/csv.hpp"
#include "core/data/values.hpp"
#include "core/library/loader.hpp"
#include "core/render/plan.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

using namespace reportkit;

namespace {

std::string data_path(const std::string& name) {
    return std::string(REPORTKIT_UNIT_DATA) + "/" + name;
}

std::string file_text(const std::string& name) {
    std::ifstream in(data_path(name), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("a library written from the docs reproduces a report's numbers with default settings") {
    load_result r = load_library_file(data_path("proof-library.xml"));
    INFO((r.diags.empty() ? "" : format_diagnostic(r.diags[0])));
    REQUIRE(r.ok());
    CHECK(r.diags.empty()); // lints clean, not even a warning
    table_result values = read_table_from_csv(data_path("proof-values.csv"));
    REQUIRE(values.problems.empty());
    value_resolver resolver([&](const std::string& k) { return r.lib->find_field(k); }, &values.table);
    std::string rendered = render_text(plan_outline(*r.lib, *r.lib->find_outline("annual")),
                                       [&](const std::string& key, const placeholder_options& p) {
                                           return resolver.text(key, p, placeholder_marker(*r.lib, key));
                                       });
    CHECK(rendered == file_text("proof-report.txt"));
}
