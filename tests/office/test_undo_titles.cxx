// Edit › Undo names an insertion in the UI language (the test office speaks English).
#include "office_test_env.hxx"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

#include <catch2/catch.hpp>

using namespace reportkit::test;
using namespace css;

TEST_CASE("undo names an inserted section and a whole report by their titles") {
    auto lib = test_library();
    writer_document doc;
    auto undo =
        uno::Reference<document::XUndoManagerSupplier>(doc.get(), uno::UNO_QUERY_THROW)->getUndoManager();
    engine()->insertSection(doc.get(), nullptr, lib, "politics.study");
    CHECK(utf8(undo->getCurrentUndoActionTitle()) == "Insert Section: 抓实理论学习");
    engine()->insertOutline(doc.get(), nullptr, lib, "report");
    CHECK(utf8(undo->getCurrentUndoActionTitle()) == "Insert Whole Report: 测试报告");
}
