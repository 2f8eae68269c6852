// Heading numbers through Undo and Redo as Writer's undo manager replays them, ReportKit
// repairing its own list style when it finds it damaged, and the undo step's title.
#include "office_test_env.hxx"

#include "core/text/numbering.hpp"
#include "uno/common/properties.hxx"

#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexReplace.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

#include <catch2/catch.hpp>

using namespace reportkit::test;
using namespace css;

namespace {

rtl::OUString numbering_library() {
    return engine()->loadLibrary(ou(url_of(data_file("numbering-test.xml"))));
}

uno::Reference<document::XUndoManager> undo_manager(const writer_document& doc) {
    return uno::Reference<document::XUndoManagerSupplier>(doc.get(), uno::UNO_QUERY_THROW)->getUndoManager();
}

// Each heading's label as Writer shows it, and the label its level and place call for
// (（一） restarts under each 一、, 1. under each （一）, …), as "label title" lines.
struct heading_labels {
    std::vector<std::string> seen, wanted;
};

heading_labels labels_of(const writer_document& doc) {
    heading_labels result;
    int counters[5] = {};
    uno::Reference<container::XEnumerationAccess> access(doc.get()->getText(), uno::UNO_QUERY_THROW);
    auto e = access->createEnumeration();
    while (e->hasMoreElements()) {
        uno::Reference<beans::XPropertySet> para(e->nextElement(), uno::UNO_QUERY);
        if (!para.is()) continue;
        int level = int_property(para, "OutlineLevel");
        if (level < 1 || level > 4) continue;
        ++counters[level];
        for (int deeper = level + 1; deeper <= 4; ++deeper)
            counters[deeper] = 0;
        std::string title = utf8(uno::Reference<text::XTextRange>(para, uno::UNO_QUERY_THROW)->getString());
        title = title.substr(0, title.find("。")); // a run-in title ends at its full stop
        result.seen.push_back(string_property(para, "ListLabelString") + " " + title);
        result.wanted.push_back(reportkit::heading_label(level, counters[level]) + " " + title);
    }
    return result;
}

void check_labels(const writer_document& doc, size_t headings) {
    heading_labels labels = labels_of(doc);
    CHECK(labels.seen == labels.wanted);
    CHECK(labels.seen.size() == headings);
}

uno::Reference<container::XNameContainer> styles(const writer_document& doc, const char* family) {
    uno::Reference<style::XStyleFamiliesSupplier> supplier(doc.get(), uno::UNO_QUERY_THROW);
    return uno::Reference<container::XNameContainer>(supplier->getStyleFamilies()->getByName(ou(family)),
                                                     uno::UNO_QUERY_THROW);
}

uno::Reference<beans::XPropertySet> list_style(const writer_document& doc, const std::string& name) {
    return uno::Reference<beans::XPropertySet>(styles(doc, "NumberingStyles")->getByName(ou(name)),
                                               uno::UNO_QUERY_THROW);
}

sal_Int16 numbering_type(const uno::Reference<beans::XPropertySet>& style, sal_Int32 level) {
    uno::Reference<container::XIndexReplace> rules(style->getPropertyValue("NumberingRules"),
                                                   uno::UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> props;
    rules->getByIndex(level) >>= props;
    sal_Int16 type = -1;
    for (const auto& p : props)
        if (p.Name == "NumberingType") p.Value >>= type;
    return type;
}

void set_numbering_type(const uno::Reference<beans::XPropertySet>& style, sal_Int32 level, sal_Int16 type) {
    uno::Reference<container::XIndexReplace> rules(style->getPropertyValue("NumberingRules"),
                                                   uno::UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> props;
    rules->getByIndex(level) >>= props;
    for (auto& p : props)
        if (p.Name == "NumberingType") p.Value <<= type;
    rules->replaceByIndex(level, uno::Any(props));
    style->setPropertyValue("NumberingRules", uno::Any(rules));
}

// Inserts the sections one after another at the end of the document.
void insert_at_end(const writer_document& doc, const rtl::OUString& lib,
                   std::initializer_list<const char*> ids) {
    for (const char* id : ids)
        engine()->insertSection(doc.get(), doc.get()->getText()->getEnd(), lib,
                                rtl::OUString::createFromAscii(id));
}

const size_t outline_headings = 12; // numbering-test.xml's outline "levels"

} // namespace

TEST_CASE("heading numbers stay right through insert then undo then redo then inserting again") {
    auto lib = numbering_library();
    writer_document doc;
    auto undo = undo_manager(doc);
    auto insert = [&] { engine()->insertOutline(doc.get(), nullptr, lib, "levels"); };
    auto check = [&](const char* step, size_t headings) {
        INFO(step);
        check_labels(doc, headings);
    };
    insert();
    check("inserted", outline_headings);
    undo->undo();
    check("undone", 0);
    undo->redo();
    check("redone", outline_headings);
    undo->undo();
    insert();
    check("undone, then inserted again", outline_headings);
    undo->undo();
    undo->redo();
    check("undone and redone again", outline_headings);
    engine()->insertOutline(doc.get(), doc.get()->getText()->getEnd(), lib, "levels"); // numbered on
    check("a second report inserted after the first", 2 * outline_headings);
    undo->undo();
    undo->redo();
    check("the second report undone and redone", 2 * outline_headings);
}

TEST_CASE("a saved and reopened report keeps its numbers through another insert then undo then redo") {
    auto lib = numbering_library();
    std::string path = (scratch("reopened-numbers") / "report.odt").string();
    {
        writer_document doc;
        engine()->insertOutline(doc.get(), nullptr, lib, "levels");
        uno::Reference<frame::XStorable>(doc.get(), uno::UNO_QUERY_THROW)
            ->storeToURL(ou(url_of(path)),
                         reportkit::office::properties({{"FilterName", uno::Any(ou("writer8"))}}));
    }
    writer_document doc(url_of(path));
    check_labels(doc, outline_headings);
    auto undo = undo_manager(doc);
    engine()->insertSection(doc.get(), doc.get()->getText()->getEnd(), lib, "task");
    engine()->insertSection(doc.get(), doc.get()->getText()->getEnd(), lib, "part");
    check_labels(doc, outline_headings + 2);
    undo->undo();
    undo->undo();
    undo->redo();
    undo->redo();
    check_labels(doc, outline_headings + 2);
}

TEST_CASE("sections inserted one by one keep their numbers through undo and redo") {
    auto lib = numbering_library();
    writer_document doc;
    auto undo = undo_manager(doc);
    insert_at_end(doc, lib, {"part", "task", "step"});
    undo->undo();
    undo->undo();
    undo->redo();
    insert_at_end(doc, lib, {"task", "step", "detail", "part"});
    undo->undo();
    undo->redo();
    heading_labels labels = labels_of(doc);
    CHECK(labels.seen == labels.wanted);
    CHECK(labels.seen == std::vector<std::string>{"一、 工作情况", "（一） 重点任务", "（二） 重点任务",
                                                  "1. 具体措施", "（1） 细节", "二、 工作情况"});
}

TEST_CASE("a heading inserted right after a run-in heading keeps its own level through undo and redo") {
    // "task" is one paragraph, heading and text; the next section's heading is split off it.
    auto lib = numbering_library();
    writer_document doc;
    auto undo = undo_manager(doc);
    insert_at_end(doc, lib, {"part", "task", "step"});
    undo->undo();
    undo->redo();
    heading_labels labels = labels_of(doc);
    CHECK(labels.seen == std::vector<std::string>{"一、 工作情况", "（一） 重点任务", "1. 具体措施"});
}

TEST_CASE("the first insertion after its list style was damaged repairs ReportKit's own style only") {
    auto lib = numbering_library();
    writer_document doc;
    engine()->insertSection(doc.get(), nullptr, lib, "part");
    // The user's own list style, deliberately Arabic at level 1.
    auto user_style = uno::Reference<beans::XPropertySet>(
        uno::Reference<lang::XMultiServiceFactory>(doc.get(), uno::UNO_QUERY_THROW)
            ->createInstance("com.sun.star.style.NumberingStyle"),
        uno::UNO_QUERY_THROW);
    styles(doc, "NumberingStyles")->insertByName(ou("我的编号"), uno::Any(user_style));
    set_numbering_type(user_style, 0, style::NumberingType::ARABIC);
    auto own = list_style(doc, "报告标题编号");
    set_numbering_type(own, 0, style::NumberingType::ARABIC);
    REQUIRE(string_property(doc.paragraph(0), "ListLabelString") == "1、");

    engine()->insertSection(doc.get(), doc.get()->getText()->getEnd(), lib, "task");
    check_labels(doc, 2);
    CHECK(numbering_type(own, 0) == style::NumberingType::NUMBER_LOWER_ZH);
    CHECK(numbering_type(user_style, 0) == style::NumberingType::ARABIC);
}

TEST_CASE("a heading style that lost its numbering gets it back and keeps its other settings") {
    auto lib = numbering_library();
    writer_document doc;
    engine()->insertSection(doc.get(), nullptr, lib, "part");
    auto heading = uno::Reference<beans::XPropertySet>(
        styles(doc, "ParagraphStyles")->getByName(ou("报告一级标题")), uno::UNO_QUERY_THROW);
    heading->setPropertyValue("NumberingStyleName", uno::Any(rtl::OUString()));
    heading->setPropertyValue("CharHeight", uno::Any(18.0f));
    engine()->insertSection(doc.get(), doc.get()->getText()->getEnd(), lib, "part");
    check_labels(doc, 2);
    CHECK(string_property(heading, "NumberingStyleName") == "报告标题编号");
    float height = 0;
    heading->getPropertyValue("CharHeight") >>= height;
    CHECK(height == 18.0f);
}

TEST_CASE("the undo step is named after the insertion in the UI language") {
    auto lib = numbering_library();
    writer_document doc;
    auto undo = undo_manager(doc);
    engine()->insertSection(doc.get(), nullptr, lib, "part");
    CHECK(utf8(undo->getCurrentUndoActionTitle()) == "Insert Section: 工作情况");
    engine()->insertOutline(doc.get(), doc.get()->getText()->getEnd(), lib, "levels");
    CHECK(utf8(undo->getCurrentUndoActionTitle()) == "Insert Whole Report: 四级标题报告");
}
