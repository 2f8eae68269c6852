// Import This Document as a Library through the engine service (XSectionAuthoring), the methods the
// deck's Import button calls: a saved Writer document with headings and numbers proposed as a
// library, edited, refused while it would not lint, then written into the user's folder and found.
#include "office_test_env.hxx"

#include "core/library/loader.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <org/reportkit/XSectionAuthoring.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace reportkit::test;
using namespace css;
using org::reportkit::LibraryDraft;

namespace {

// The paragraph style of each paragraph: Writer's headings carry outline levels 1 and 2.
struct styled {
    const char* style;
    const char* text;
};

// A report written for this test, saved as .odt: a heading with no number of its own (Writer's
// default Heading 1 shows none), one with a typed number, and numbers with units.
std::string write_report(const std::filesystem::path& dir) {
    const std::vector<styled> report = {
        {"Title", "区档案馆2025年工作总结"}, {"Heading 1", "主要工作"},
        {"Heading 2", "（一）档案接收"},     {"Standard", "全年接收档案1260卷，整理照片300余张。"},
        {"Heading 2", "（二）利用服务"},     {"Standard", "接待查档群众850人次，满意率98.5%。"},
        {"Heading 1", "下一步打算"},         {"Standard", "计划数字化档案2000卷。"},
    };
    writer_document doc;
    auto text = doc.get()->getText();
    for (size_t i = 0; i < report.size(); ++i) {
        if (i > 0)
            text->insertControlCharacter(text->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
        auto end = text->createTextCursorByRange(text->getEnd());
        uno::Reference<beans::XPropertySet>(end, uno::UNO_QUERY_THROW)
            ->setPropertyValue("ParaStyleName", uno::Any(ou(report[i].style)));
        text->insertString(text->getEnd(), ou(report[i].text), false);
    }
    std::string file = (dir / "archive-report.odt").string();
    uno::Reference<frame::XStorable>(doc.get(), uno::UNO_QUERY_THROW)
        ->storeToURL(ou(url_of(file)), uno::Sequence<beans::PropertyValue>());
    return file;
}

uno::Reference<org::reportkit::XSectionAuthoring> authoring() {
    return uno::Reference<org::reportkit::XSectionAuthoring>(engine(), uno::UNO_QUERY_THROW);
}

std::string path_of(const rtl::OUString& url) {
    rtl::OUString path;
    osl::FileBase::getSystemPathFromFileURL(url, path);
    return utf8(path);
}

std::vector<std::string> section_ids(const reportkit::library& lib) {
    std::vector<std::string> ids;
    for (const reportkit::section& s : lib.sections)
        ids.push_back(s.id);
    return ids;
}

} // namespace

TEST_CASE("a saved document imported as a library: proposed, edited, linted, written and found") {
    auto dir = scratch("library-import");
    writer_document doc(url_of(write_report(dir)));
    LibraryDraft draft = authoring()->proposeLibrary(doc.get());
    CHECK(utf8(draft.Title) == "区档案馆2025年工作总结");
    REQUIRE(draft.Sections.getLength() == 3);
    CHECK(utf8(draft.Sections[0].Title) == "档案接收");
    CHECK(draft.Sections[0].Level == 2);
    CHECK(utf8(draft.Sections[2].Title) == "下一步打算"); // a heading by its style alone
    CHECK(draft.Sections[2].Level == 1);
    REQUIRE(draft.Fields.getLength() == 5);
    CHECK(utf8(draft.Fields[0].Label) == "全年接收档案");
    CHECK(utf8(draft.Fields[0].Unit) == "卷");
    CHECK(utf8(draft.Fields[1].Approx) == "余");
    CHECK(utf8(draft.Fields[3].Type) == "percent");

    const std::string id = "import-test-" + std::to_string(getpid());
    draft.Id = ou(id);
    draft.Title = ou("档案馆工作");

    // Two sections with one id: refused with the place of the error, nothing written.
    LibraryDraft clash = draft;
    clash.Sections[1].Id = clash.Sections[0].Id;
    std::string refused;
    try {
        authoring()->saveLibrary(clash);
    } catch (const lang::IllegalArgumentException& e) {
        refused = utf8(e.Message);
    }
    CHECK(refused.find("nothing was written") != std::string::npos);
    CHECK(refused.find("[duplicate-id]") != std::string::npos);
    auto libraries = engine()->getLibraries();
    CHECK(std::none_of(libraries.begin(), libraries.end(), [&](const auto& l) { return utf8(l.Id) == id; }));

    // A label edited and a section left out, then saved: the file lints clean, the engine lists it.
    draft.Fields[0].Label = ou("接收进馆档案卷数");
    draft.Sections[1].Included = false;
    std::string file = path_of(authoring()->saveLibrary(draft));
    CHECK(file.find("/reportkit/libraries/" + id + ".xml") != std::string::npos);
    reportkit::load_result saved = reportkit::load_library_file(file);
    REQUIRE(saved.ok());
    CHECK(saved.diags.empty());
    CHECK(saved.lib->title == "档案馆工作");
    CHECK(section_ids(*saved.lib) == std::vector<std::string>{"s1-1", "s2"});
    const reportkit::field* received = saved.lib->find_field("s1-1.n1");
    REQUIRE(received);
    CHECK(received->label == "接收进馆档案卷数");
    CHECK(received->unit == "卷");
    CHECK(saved.lib->fields.size() == 3); // the left-out section's two went with it
    auto sections = engine()->getSections(ou(id));
    CHECK(sections.getLength() == 2);

    // Inserted into a new document, it reads as the report did, its numbers as placeholders.
    writer_document report;
    engine()->insertSection(report.get(), nullptr, ou(id), "s1-1");
    auto shown = report.paragraphs();
    REQUIRE(shown.size() >= 2);
    CHECK(shown[0].find("档案接收") != std::string::npos);
    CHECK(shown[1] == "全年接收档案【待填：接收进馆档案卷数】卷，整理照片【待填：整理照片】张。");
    std::filesystem::remove(file); // the shared office's profile as other tests expect it
}
