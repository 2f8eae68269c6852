// Journey (h): a report inserted from version 1 of a library, one section edited; version 2
// changes two sections. The deck lists both under "Newer version", the edited one marked, and
// one click on Update replaces the other as one undo step.
#include "journey.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XSearchable.hpp>
#include <org/reportkit/XReportEngine.hpp>

#include <catch2/catch.hpp>

using namespace css;
using namespace reportkit::gui;
using reportkit::office::to_ou;

namespace {

rtl::OUString file_url(const std::string& name) {
    return to_ou(reportkit::office::file_url(std::string(REPORTKIT_TEST_DATA) + "/" + name));
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("h: the deck lists sections a newer library changes, and Update replaces the unedited one") {
    session s("journey-h-newer-version");
    auto w = s.open_writer();
    // Setup, not a person's steps: the report from version 1, one section edited, version 2 found.
    uno::Reference<org::reportkit::XReportEngine> engine(
        s.context()->getServiceManager()->createInstanceWithContext("org.reportkit.ReportEngine",
                                                                    s.context()),
        uno::UNO_QUERY_THROW);
    auto lib = engine->loadLibrary(file_url("origins-v1.xml"));
    engine->insertOutline(w.doc, w.doc->getText()->getStart(), lib, "report");
    uno::Reference<util::XSearchable> search(w.doc, uno::UNO_QUERY_THROW);
    auto descriptor = search->createSearchDescriptor();
    descriptor->setSearchString(to_ou("全年办理公文"));
    uno::Reference<text::XTextRange> found(search->findFirst(descriptor), uno::UNO_QUERY_THROW);
    found->getText()->insertString(found->getStart(), to_ou("今年"), false); // inside duties.docs: an edit
    engine->loadLibrary(file_url("origins-v2.xml"));

    auto controls = s.open_deck(w).sections;
    REQUIRE(wait_for([&] { return items_of(controls, "newer").size() == 2; }, 10));
    auto rows = items_of(controls, "newer");
    CHECK(label_of(controls, "newer_label") == "Newer version:");
    CHECK(rows[0] == "抓实理论学习 (1.0.0 → 1.1.0)");
    CHECK(rows[1] == "规范公文办理 (1.0.0 → 1.1.0, edited: not updated)");
    CHECK(enabled(controls, "update_sections"));
    s.screenshot("-listed");

    const std::string before = w.text();
    s.click_on(control(controls, "update_sections"));
    REQUIRE(wait_for([&] { return has(w.text(), "全年组织集中学习"); }, 10));
    CHECK(has(w.text(), "今年全年办理公文")); // the edited section kept as the writer left it
    CHECK_FALSE(has(w.text(), "全年开展专题学习"));
    // Only the edited one is left, and it cannot be updated from here.
    REQUIRE(wait_for([&] { return items_of(controls, "newer").size() == 1; }, 5));
    CHECK_FALSE(enabled(controls, "update_sections"));
    s.screenshot();

    s.click_document(w);
    s.key("ctrl+z");
    CHECK(wait_for([&] { return w.text() == before; }, 5)); // one undo step
}
