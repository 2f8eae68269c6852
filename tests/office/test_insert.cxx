// Inserting sections and outlines into real Writer documents, read back paragraph by paragraph.
#include "office_test_env.hxx"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>

#include <catch2/catch.hpp>

using namespace reportkit::test;
using namespace css;
using strings = std::vector<std::string>;

TEST_CASE("an outline becomes the report skeleton, in order, with Chinese heading numbers") {
    auto lib = test_library();
    writer_document doc;
    engine()->insertOutline(doc.get(), nullptr, lib, "report");
    CHECK(
        doc.paragraphs() ==
        strings{
            "【待填：单位名称】【待填：报告年度】年度工作情况报告",
            "一年来，【待填：单位名称】围绕中心、服务大局，各项工作稳步推进。",
            "一、主要工作情况",
            "（一）抓实理论学习。全年开展专题学习【待填：专题学习次数】次。一是学习有计划。二是研讨有成果。",
            "学习成效持续显现。",
            "（二）规范公文办理",
            "全年办理公文【待填：办理公文件数】件。",
            "二、存在的问题和不足",
            "对照要求，仍有差距。一是学习深度不够。二是创新办法不多。",
        });
}

TEST_CASE("a section inserted inside a paragraph splits it and keeps the text around it") {
    auto lib = test_library();
    writer_document doc;
    auto text = doc.get()->getText();
    text->setString(ou("前文后文"));
    auto cursor = text->createTextCursor();
    cursor->gotoStart(false);
    cursor->goRight(2, false);
    engine()->insertSection(doc.get(), uno::Reference<text::XTextRange>(cursor.get()), lib, "problems");
    CHECK(doc.paragraphs() == strings{"前文", "一、存在的问题和不足",
                                      "对照要求，仍有差距。一是学习深度不够。二是创新办法不多。", "后文"});
}

TEST_CASE("a selection is replaced by the inserted section") {
    auto lib = test_library();
    writer_document doc;
    auto text = doc.get()->getText();
    text->setString(ou("XXXX"));
    auto cursor = text->createTextCursor();
    cursor->gotoStart(false);
    cursor->gotoEnd(true);
    engine()->insertSection(doc.get(), uno::Reference<text::XTextRange>(cursor.get()), lib, "duties.docs");
    CHECK(doc.paragraphs() == strings{"（一）规范公文办理", "全年办理公文【待填：办理公文件数】件。"});
}

TEST_CASE("one undo removes a whole inserted outline") {
    auto lib = test_library();
    writer_document doc;
    doc.get()->getText()->setString(ou("原有内容"));
    auto undo =
        uno::Reference<document::XUndoManagerSupplier>(doc.get(), uno::UNO_QUERY_THROW)->getUndoManager();
    undo->clear();
    engine()->insertOutline(doc.get(), doc.get()->getText()->getEnd(), lib, "report");
    REQUIRE(doc.paragraphs().size() == 10);
    undo->undo();
    CHECK(doc.paragraphs() == strings{"原有内容"});
    CHECK_FALSE(undo->isUndoPossible());
}
