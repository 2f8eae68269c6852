// Documents that know where their sections came from: each inserted section records its library,
// version and section, survives the writer's typing and a .docx round trip, and is brought up to
// a newer library version by the engine and by `reportkit update` unless the writer edited it.
#include "office_test_env.hxx"

#include "../common/command.hpp"

#include "uno/common/properties.hxx"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <org/reportkit/XSectionOrigins.hpp>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

using namespace reportkit::test;
using namespace css;
namespace fs = std::filesystem;
using reportkit::office::properties;

namespace {

uno::Reference<org::reportkit::XSectionOrigins> origins() {
    return {engine(), uno::UNO_QUERY_THROW};
}

// Each inserted section as "id version", then " edited" and " newer X" when so.
std::vector<std::string> seen_origins(const uno::Reference<text::XTextDocument>& doc) {
    std::vector<std::string> out;
    for (const auto& o : origins()->getSectionOrigins(doc))
        out.push_back(utf8(o.SectionId) + " " + utf8(o.Version) + (o.Edited ? " edited" : "") +
                      (o.Outdated ? " newer " + utf8(o.NewestVersion) : ""));
    return out;
}

size_t index_of(const writer_document& doc, const std::string& start) {
    auto all = doc.paragraphs();
    auto it =
        std::find_if(all.begin(), all.end(), [&](const std::string& p) { return p.starts_with(start); });
    REQUIRE(it != all.end());
    return static_cast<size_t>(it - all.begin());
}

uno::Reference<text::XTextRange> paragraph_text(const writer_document& doc, const std::string& start) {
    return {doc.paragraph(index_of(doc, start)), uno::UNO_QUERY_THROW};
}

// Enter at the end of the paragraph that starts with `start`, then a new sentence.
void new_paragraph_after(const writer_document& doc, const std::string& start, const std::string& words) {
    auto para = paragraph_text(doc, start);
    auto text = para->getText();
    uno::Reference<text::XTextRange> cursor(text->createTextCursorByRange(para->getEnd()).get());
    text->insertControlCharacter(cursor, text::ControlCharacter::PARAGRAPH_BREAK, false);
    text->insertString(cursor, ou(words), false);
}

// Types `words` after the first `after` characters of the paragraph that starts with `start`.
void type_inside(const writer_document& doc, const std::string& start, int after, const std::string& words) {
    auto para = paragraph_text(doc, start);
    auto cursor = para->getText()->createTextCursorByRange(para->getStart());
    cursor->goRight(static_cast<sal_Int16>(after), false);
    para->getText()->insertString(uno::Reference<text::XTextRange>(cursor.get()), ou(words), false);
}

std::string save_as(const writer_document& doc, const fs::path& path, const char* filter) {
    uno::Reference<frame::XStorable>(doc.get(), uno::UNO_QUERY_THROW)
        ->storeToURL(ou(url_of(path.string())), properties({{"FilterName", uno::Any(ou(filter))}}));
    return url_of(path.string());
}

bool has_paragraph(const writer_document& doc, const std::string& text) {
    auto all = doc.paragraphs();
    return std::find(all.begin(), all.end(), text) != all.end();
}

} // namespace

TEST_CASE("inserted sections keep their origin through typing around them, edits and .docx") {
    auto v1 = engine()->loadLibrary(ou(url_of(data_file("origins-v1.xml"))));
    writer_document doc;
    engine()->insertOutline(doc.get(), nullptr, v1, "report");
    engine()->insertSection(doc.get(), doc.get()->getText()->getEnd(), v1, "duties.docs");
    const std::vector<std::string> fresh{"opening 1.0.0", "politics.study 1.0.0", "duties.docs 1.0.0",
                                         "problems 1.0.0", "duties.docs 1.0.0"};
    REQUIRE(seen_origins(doc.get()) == fresh);

    // Filling the numbers is no edit; neither is a paragraph typed before or after a section.
    data()->linkDataSheet(doc.get(), ou(url_of(data_file("office-test-data.csv"))));
    REQUIRE(data()->refresh(doc.get()) > 0);
    REQUIRE(has_paragraph(doc, "（二）规范公文办理"));
    new_paragraph_after(doc, "一、主要工作情况", "另有一段导语。");
    new_paragraph_after(doc, "全年办理公文320件。", "另起一段补充。");
    type_inside(doc, "一年来", 0, "过去"); // at the very start of a section: inside it
    type_inside(doc, "对照要求", 4, "认真");
    CHECK(seen_origins(doc.get()) == std::vector<std::string>{"opening 1.0.0 edited", "politics.study 1.0.0",
                                                              "duties.docs 1.0.0", "problems 1.0.0 edited",
                                                              "duties.docs 1.0.0"});

    fs::path dir = scratch("origins");
    for (auto [name, filter] :
         {std::pair{"typed.docx", "MS Word 2007 XML"}, std::pair{"typed.odt", "writer8"}}) {
        writer_document reopened(save_as(doc, dir / name, filter));
        INFO(name);
        CHECK(seen_origins(reopened.get()) == seen_origins(doc.get()));
        CHECK(has_paragraph(reopened, "全年办理公文320件。"));
    }

    // A newer library: the engine updates the unedited sections it changes as one undo step,
    // keeping the values and the numbering, and leaves the edited ones.
    auto v2 = engine()->loadLibrary(ou(url_of(data_file("origins-v2.xml"))));
    REQUIRE(v2 == v1);
    CHECK(seen_origins(doc.get()) ==
          std::vector<std::string>{"opening 1.0.0 edited", "politics.study 1.0.0 newer 1.1.0",
                                   "duties.docs 1.0.0 newer 1.1.0", "problems 1.0.0 edited",
                                   "duties.docs 1.0.0 newer 1.1.0"});
    type_inside(doc, "全年办理公文320件。", 2, "共");
    std::vector<rtl::OUString> marks;
    for (const auto& o : origins()->getSectionOrigins(doc.get()))
        marks.push_back(o.Mark);
    auto before = doc.paragraphs();
    auto done = origins()->updateSections(
        doc.get(), uno::Sequence<rtl::OUString>(marks.data(), static_cast<sal_Int32>(marks.size())));
    CHECK(done.getLength() == 2);
    auto after = doc.paragraphs();
    CHECK(has_paragraph(doc, "（一）抓实理论学习。全年组织集中学习24次。一是学习有计划。二是研讨有成果。"));
    CHECK(has_paragraph(doc, "全年共办理公文320件。"));   // edited: left alone
    CHECK(has_paragraph(doc, "全年规范办理公文320件。")); // the second copy, updated with its value
    CHECK(has_paragraph(doc, "另起一段补充。"));
    CHECK(has_paragraph(doc, "（二）规范公文办理"));
    CHECK(after.size() == before.size());
    CHECK(seen_origins(doc.get()) ==
          std::vector<std::string>{"opening 1.0.0 edited", "duties.docs 1.0.0 edited newer 1.1.0",
                                   "problems 1.0.0 edited", "politics.study 1.1.0", "duties.docs 1.1.0"});

    auto undo =
        uno::Reference<document::XUndoManagerSupplier>(doc.get(), uno::UNO_QUERY_THROW)->getUndoManager();
    CHECK(utf8(undo->getCurrentUndoActionTitle()) == "Update Sections: 抓实理论学习, 规范公文办理");
    undo->undo();
    CHECK(doc.paragraphs() == before);
    CHECK(seen_origins(doc.get()).size() == 5);
    fs::remove_all(dir.parent_path());
}

namespace {

std::string contents(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool has(const std::string& output, const std::string& line) {
    return output.find(line) != std::string::npos;
}

} // namespace

TEST_CASE("reportkit check lists sections a newer library changes, and update replaces the unedited ones") {
    fs::path dir = scratch("update-cli");
    std::string cli = std::string(REPORTKIT_CLI),
                office = " --oxt " + std::string(REPORTKIT_OXT) + " --profile " + (dir / "office").string();
    fs::path rendered = dir / "report.odt";
    auto r =
        run(cli + " render" + office + " --library " + data_file("origins-v1.xml") +
            " --outline report --data " + data_file("office-test-data.csv") + " -o " + rendered.string());
    INFO(r.output);
    REQUIRE(r.status == 0);

    // The writer edits one section; version 1.1.0 changes it and one other.
    fs::path edited = dir / "edited.odt", edited_docx = dir / "edited.docx";
    {
        writer_document doc(url_of(rendered.string()));
        type_inside(doc, "全年办理公文320件。", 2, "共");
        save_as(doc, edited, "writer8");
        save_as(doc, edited_docx, "MS Word 2007 XML");
    }
    fs::path libraries = dir / "libraries";
    fs::create_directories(libraries);
    fs::copy_file(data_file("origins-v1.xml"), libraries / "a-v1.xml");
    fs::copy_file(data_file("origins-v2.xml"), libraries / "b-v2.xml");

    const std::string study = "newer version: politics.study “抓实理论学习” 1.0.0 → 1.1.0";
    const std::string docs = "newer version: duties.docs “规范公文办理” 1.0.0 → 1.1.0 (edited)";
    for (const fs::path& file : {edited, edited_docx}) {
        auto check =
            run(cli + " check" + office + " --library " + data_file("origins-v2.xml") + " " + file.string());
        INFO(check.output);
        std::string name = file.filename().string();
        CHECK(has(check.output, name + ": " + study + "\n"));
        CHECK(has(check.output, name + ": " + docs + "\n"));
        CHECK_FALSE(has(check.output, "opening"));
    }

    // Without a newer library, nothing is listed.
    auto plain = run(cli + " check" + office + " " + edited.string());
    CHECK_FALSE(has(plain.output, "newer version"));

    std::string input_before = contents(edited);
    fs::path updated = dir / "updated.odt";
    auto update = run(cli + " update" + office + " --library " + libraries.string() + " " + edited.string() +
                      " -o " + updated.string());
    INFO(update.output);
    REQUIRE(update.status == 0);
    CHECK(has(update.output, "edited.odt: updated politics.study “抓实理论学习” 1.0.0 → 1.1.0\n"));
    CHECK(has(update.output, "edited.odt: " + docs + ", left alone\n"));
    CHECK(has(update.output, "edited.odt: 1 sections updated, 1 left alone\n"));
    CHECK(contents(edited) == input_before);
    {
        writer_document doc(url_of(updated.string()));
        CHECK(
            has_paragraph(doc, "（一）抓实理论学习。全年组织集中学习24次。一是学习有计划。二是研讨有成果。"));
        CHECK(has_paragraph(doc, "（二）规范公文办理"));
        CHECK(has_paragraph(doc, "全年共办理公文320件。"));
        CHECK(has_paragraph(doc, "一年来，市委办公室各项工作稳步推进。"));
    }
    auto again =
        run(cli + " check" + office + " --library " + data_file("origins-v2.xml") + " " + updated.string());
    CHECK_FALSE(has(again.output, "politics.study"));
    CHECK(has(again.output, "updated.odt: " + docs + "\n"));

    auto refused = run(cli + " update" + office + " " + edited.string() + " -o " + edited.string());
    CHECK(refused.status == 2);
    CHECK(contents(edited) == input_before);
    fs::remove_all(dir.parent_path());
}

