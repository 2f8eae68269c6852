// Every bundled outline, filled from its library's sample sheet, leaves nothing to fill.
#include "office_test_env.hxx"

#include <catch2/catch.hpp>

using namespace reportkit::test;
using namespace css;

TEST_CASE("every bundled outline is filled completely by its library's sample sheet") {
    int outlines = 0;
    for (const auto& lib : engine()->getLibraries()) {
        if (utf8(lib.Origin) != "bundled") continue;
        std::string sheet = std::string(REPORTKIT_TEMPLATES) + "/samples/" + utf8(lib.Id) + ".ods";
        for (const auto& o : engine()->getOutlines(lib.Id)) {
            INFO(utf8(lib.Id) + " / " + utf8(o.Id));
            writer_document doc;
            engine()->insertOutline(doc.get(), nullptr, lib.Id, o.Id);
            data()->linkDataSheet(doc.get(), ou(url_of(sheet)));
            data()->refresh(doc.get());
            std::vector<std::string> problems;
            int fields = 0;
            for (const auto& e : data()->audit(doc.get())) {
                ++fields;
                if (e.Status != "filled")
                    problems.push_back(utf8(e.Status) + " " + utf8(e.Key) + " [" + utf8(e.Cell) + "] " +
                                       utf8(e.Message));
            }
            CHECK(problems.empty());
            CHECK(fields > 10);
            std::vector<std::string> unfilled; // whole paragraphs, so the failure shows where
            for (const std::string& p : doc.paragraphs())
                if (p.find("【待填") != std::string::npos) unfilled.push_back(p);
            CHECK(unfilled.empty());
            ++outlines;
        }
    }
    CHECK(outlines >= 8);
}
