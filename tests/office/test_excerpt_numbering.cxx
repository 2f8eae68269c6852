// An excerpt's outline (start="2") in Writer: its headings carry Writer's own list labels from
// 二、 on, inserted by the engine or rendered by `reportkit render`.
#include "office_test_env.hxx"

#include "../common/command.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace reportkit::test;
using namespace css;
using strings = std::vector<std::string>;

namespace {

rtl::OUString numbering_library() {
    return engine()->loadLibrary(ou(url_of(data_file("numbering-test.xml"))));
}

// Each heading as the reader sees it: Writer's list label, then its title (a run-in title ends
// at its full stop).
strings headings_of(const writer_document& doc) {
    strings result;
    auto all = doc.paragraphs();
    for (size_t i = 0; i < all.size(); ++i)
        if (int_property(doc.paragraph(i), "OutlineLevel") > 0)
            result.push_back(all[i].substr(0, all[i].find("。")));
    return result;
}

const strings excerpt = {"二、存在的不足", "（一）重点任务", "三、今后打算",
                         "（一）重点任务", "（二）重点任务", "四、工作情况"};

} // namespace

TEST_CASE("an excerpt inserted into an empty document is numbered from its start by Writer") {
    auto lib = numbering_library();
    writer_document doc;
    engine()->insertOutline(doc.get(), nullptr, lib, "excerpt");
    CHECK(headings_of(doc) == excerpt);
    // A heading inserted later in front of 三、 takes its number, and the ones after it count on.
    auto before = uno::Reference<text::XTextRange>(doc.paragraph(1), uno::UNO_QUERY_THROW)->getEnd();
    engine()->insertSection(doc.get(), before, lib, "part");
    CHECK(headings_of(doc) == strings{"二、存在的不足", "（一）重点任务", "三、工作情况", "四、今后打算",
                                      "（一）重点任务", "（二）重点任务", "五、工作情况"});
}

TEST_CASE("an excerpt inserted after the document's own headings counts on from them") {
    auto lib = numbering_library();
    writer_document doc;
    engine()->insertSection(doc.get(), nullptr, lib, "part");
    engine()->insertSection(doc.get(), doc.get()->getText()->getEnd(), lib, "part");
    engine()->insertOutline(doc.get(), doc.get()->getText()->getEnd(), lib, "excerpt");
    CHECK(headings_of(doc) == strings{"一、工作情况", "二、工作情况", "三、存在的不足", "（一）重点任务",
                                      "四、今后打算", "（一）重点任务", "（二）重点任务", "五、工作情况"});
}

TEST_CASE("reportkit render numbers an excerpt from its start") {
    namespace fs = std::filesystem;
    fs::path dir = scratch("excerpt");
    fs::path odt = dir / "excerpt.odt";
    auto r = run(std::string(REPORTKIT_CLI) + " render --oxt " + REPORTKIT_OXT + " --profile " +
                 (dir / "office").string() + " --library " + data_file("numbering-test.xml") +
                 " --outline excerpt -o " + odt.string());
    INFO(r.output);
    REQUIRE(r.status == 0);
    writer_document doc(url_of(odt.string()));
    CHECK(headings_of(doc) == excerpt);
    fs::remove_all(dir.parent_path());
}
