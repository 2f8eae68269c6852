// Save Selection as Section through the engine service (XSectionAuthoring), as a client sees it:
// paragraphs of a Writer document proposed as a section, saved into a library file only when it
// lints clean, and found by the engine at once.
#include "office_test_env.hxx"

#include "core/library/loader.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertyAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/util/XRefreshable.hpp>
#include <org/reportkit/XSectionAuthoring.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace reportkit::test;
using namespace css;
using org::reportkit::SectionDraft;

namespace {

const char* library_xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<library id="authoring-test" version="1.0.0" title="编写测试" lang="zh-CN">
  <fields>
    <field key="study.sessions" type="integer" unit="次" label="全年组织集体学习"/>
  </fields>
  <section id="opening" title="总述" level="0" category="总述">
    <p>全年组织集体学习{{study.sessions}}次。</p>
  </section>
</library>
)";

uno::Reference<org::reportkit::XSectionAuthoring> authoring() {
    return uno::Reference<org::reportkit::XSectionAuthoring>(engine(), uno::UNO_QUERY_THROW);
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string path_of(const rtl::OUString& url) {
    rtl::OUString path;
    osl::FileBase::getSystemPathFromFileURL(url, path);
    return utf8(path);
}

// Paragraphs typed into the document (setup), all of its text returned as one range.
uno::Reference<text::XTextRange> write(const writer_document& doc,
                                       const std::vector<std::string>& paragraphs) {
    auto text = doc.get()->getText();
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            text->insertControlCharacter(text->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
        text->insertString(text->getEnd(), ou(paragraphs[i]), false);
    }
    auto all = text->createTextCursor();
    all->gotoStart(false);
    all->gotoEnd(true);
    return uno::Reference<text::XTextRange>(all, uno::UNO_QUERY_THROW);
}

std::string refusal(const std::function<void()>& call) {
    try {
        call();
    } catch (const lang::IllegalArgumentException& e) {
        return utf8(e.Message);
    }
    return {};
}

bool lists_section(const rtl::OUString& library, const std::string& id) {
    auto sections = engine()->getSections(library);
    return std::any_of(sections.begin(), sections.end(), [&](const auto& s) { return utf8(s.Id) == id; });
}

} // namespace

TEST_CASE("selected paragraphs saved as a section: proposed, edited, linted, written and found") {
    auto dir = scratch("section-authoring");
    const std::string file = (dir / "authoring-test.xml").string();
    std::ofstream(file) << library_xml;
    rtl::OUString lib = engine()->loadLibrary(ou(url_of(file)));

    writer_document doc;
    auto selection = write(doc, {"（二）加强理论学习", "全年组织集体学习18次，开展专题研讨6次。",
                                 "撰写心得体会120余篇，干部参训率达到97.5%。"});
    SectionDraft draft = authoring()->proposeSection(doc.get(), selection, lib);
    CHECK(utf8(draft.Id) == "study");
    CHECK(utf8(draft.Title) == "加强理论学习");
    CHECK(draft.Level == 2);
    REQUIRE(draft.Fields.getLength() == 4);
    CHECK(utf8(draft.Fields[0].Key) == "study.sessions"); // the library's own field
    CHECK(draft.Fields[0].Reused);
    CHECK(utf8(draft.Fields[1].Label) == "开展专题研讨");
    CHECK(utf8(draft.Fields[2].Approx) == "余");
    CHECK(utf8(draft.Fields[3].Type) == "percent");

    // A taken id: refused with the place of the error, the file unchanged.
    SectionDraft taken = draft;
    taken.Id = "opening";
    std::string refused = refusal([&] { authoring()->saveSection(taken, lib, "", ""); });
    CHECK(refused.find("nothing was written") != std::string::npos);
    CHECK(refused.find("authoring-test.xml:12:") != std::string::npos);
    CHECK(refused.find("[duplicate-id]") != std::string::npos);
    CHECK(read(file) == library_xml);
    CHECK_FALSE(lists_section(lib, "study"));

    // A label edited, then saved: the file lints clean and the engine lists the section at once.
    draft.Fields[1].Label = ou("专题研讨次数");
    rtl::OUString url = authoring()->saveSection(draft, lib, "", "");
    CHECK(path_of(url) == file);
    reportkit::load_result saved = reportkit::load_library_file(file);
    REQUIRE(saved.ok());
    CHECK(saved.diags.empty());
    const reportkit::field* seminars = saved.lib->find_field("study.n2");
    REQUIRE(seminars);
    CHECK(seminars->label == "专题研讨次数");
    CHECK(lists_section(lib, "study"));

    // Inserted into a document, it reads as the selection did, its numbers as placeholders.
    writer_document report;
    engine()->insertSection(report.get(), nullptr, lib, "study");
    auto shown = report.paragraphs();
    REQUIRE(shown.size() >= 2);
    CHECK(shown[0].find("加强理论学习") != std::string::npos);
    CHECK(shown[1] == "全年组织集体学习【待填：全年组织集体学习】次，开展专题研讨【待填：专题研讨次数】次。");
}

TEST_CASE("a bundled library is not written to, and a new library goes to the user folder") {
    writer_document doc;
    auto selection = write(doc, {"全年办理公文300件。"});
    SectionDraft draft = authoring()->proposeSection(doc.get(), selection, "");
    CHECK(draft.Level == 0);
    CHECK(utf8(draft.Title) == "全年办理公文");
    std::string refused = refusal([&] { authoring()->saveSection(draft, "office-annual", "", ""); });
    CHECK(refused.find("comes with ReportKit") != std::string::npos);
    CHECK(refusal([&] { authoring()->saveSection(draft, "", "Bad Id", ""); }).find("bad library id") !=
          std::string::npos);

    const std::string id = "authoring-new-" + std::to_string(getpid());
    std::string path = path_of(authoring()->saveSection(draft, "", ou(id), ou("新库")));
    CHECK(path.find("/reportkit/libraries/" + id + ".xml") != std::string::npos);
    auto libraries = engine()->getLibraries();
    auto it =
        std::find_if(libraries.begin(), libraries.end(), [&](const auto& l) { return utf8(l.Id) == id; });
    REQUIRE(it != libraries.end());
    CHECK(utf8(it->Origin) == "user");
    CHECK(utf8(it->Title) == "新库");
    CHECK(lists_section(ou(id), "documents")); // 公文 in the title
    std::filesystem::remove(path);             // the shared office's profile as other tests expect it
}

TEST_CASE("placeholder fields in the selection are proposed under their keys, never as the text they show") {
    auto dir = scratch("section-authoring-fields");
    const std::string file = (dir / "authoring-fields.xml").string();
    std::ofstream(file) << R"(<?xml version="1.0" encoding="UTF-8"?>
<library id="authoring-fields" version="1.0.0" title="字段测试" lang="zh-CN">
  <fields>
    <field key="docs.count" type="integer" unit="件" label="全年办理公文"/>
    <field key="meetings.count" type="integer" unit="次" label="全年召开会议"/>
  </fields>
  <section id="docs" title="公文办理" level="0" category="总述">
    <p>{{docs.count}}件公文全部按时办结，全年召开会议{{meetings.count|approx=近}}次。</p>
  </section>
</library>
)";
    rtl::OUString lib = engine()->loadLibrary(ou(url_of(file)));
    writer_document doc;
    engine()->insertSection(doc.get(), nullptr, lib, "docs");
    // Setup: one value filled as a refresh fills it, the other left showing its marker.
    uno::Reference<document::XDocumentPropertiesSupplier> info(doc.get(), uno::UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> filled(1);
    filled[0].Name = ou("ReportKit.meetings.count|approx=近");
    filled[0].Value <<= ou("近12");
    uno::Reference<beans::XPropertyAccess>(info->getDocumentProperties()->getUserDefinedProperties(),
                                           uno::UNO_QUERY_THROW)
        ->setPropertyValues(filled);
    uno::Reference<util::XRefreshable>(
        uno::Reference<text::XTextFieldsSupplier>(doc.get(), uno::UNO_QUERY_THROW)->getTextFields(),
        uno::UNO_QUERY_THROW)
        ->refresh();
    auto shown = doc.paragraphs();
    REQUIRE(!shown.empty());
    REQUIRE(shown.back() == "【待填：全年办理公文】件公文全部按时办结，全年召开会议近12次。");

    // The selection starts at the first placeholder and holds the paragraph to its end.
    auto text = doc.get()->getText();
    auto all = text->createTextCursor();
    all->gotoEnd(false);
    uno::Reference<text::XParagraphCursor>(all, uno::UNO_QUERY_THROW)->gotoStartOfParagraph(false);
    all->gotoEnd(true);
    SectionDraft draft = authoring()->proposeSection(
        doc.get(), uno::Reference<text::XTextRange>(all, uno::UNO_QUERY_THROW), "");
    INFO(utf8(draft.Title));
    CHECK(utf8(draft.Title) == "全年召开会议");
    REQUIRE(draft.Fields.getLength() == 2);
    CHECK(utf8(draft.Fields[0].Key) == "docs.count");
    CHECK(utf8(draft.Fields[0].Label) == "全年办理公文"); // as its library declares it
    CHECK(utf8(draft.Fields[0].Unit) == "件");
    CHECK(utf8(draft.Fields[0].Value).empty());
    CHECK(utf8(draft.Fields[1].Key) == "meetings.count");
    CHECK(utf8(draft.Fields[1].Approx) == "近");
    CHECK(utf8(draft.Fields[1].Value) == "近12");

    const std::string id = "authoring-fields-" + std::to_string(getpid());
    std::string path = path_of(authoring()->saveSection(draft, "", ou(id), ou("字段")));
    std::string saved = read(path);
    INFO(saved);
    CHECK(
        saved.find("<p>{{docs.count}}件公文全部按时办结，全年召开会议{{meetings.count|approx=近}}次。</p>") !=
        std::string::npos);
    CHECK(saved.find("待填") == std::string::npos);
    CHECK(saved.find("label=\"全年办理公文\"") != std::string::npos);
    std::filesystem::remove(path); // the shared office's profile as other tests expect it
}
