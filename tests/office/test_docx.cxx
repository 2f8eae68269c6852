// A report saved as .docx and reopened looks as it did in .odt: no space creeps in between
// Chinese and digits ("学习46次", never "学习 46 次").
#include "office_test_env.hxx"

#include "uno/common/properties.hxx"

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/XModifiable.hpp>

#include <catch2/catch.hpp>

using namespace reportkit::test;
using namespace css;
using reportkit::office::properties;

namespace {

const char* const digits_line = "全年学习46次，办结100件。";

// A body paragraph in the report styles that mixes Chinese and digits, saved with `filter`
// as `name` and opened again.
std::string saved_report(const std::string& name, const char* filter) {
    auto lib = engine()->loadLibrary(ou(url_of(data_file("numbering-test.xml"))));
    std::string path = (scratch("docx") / name).string();
    writer_document doc;
    engine()->insertSection(doc.get(), nullptr, lib, "part");
    uno::Reference<text::XTextRange>(doc.paragraph(1), uno::UNO_QUERY_THROW)->setString(ou(digits_line));
    uno::Reference<frame::XStorable>(doc.get(), uno::UNO_QUERY_THROW)
        ->storeToURL(ou(url_of(path)), properties({{"FilterName", uno::Any(ou(filter))}}));
    return url_of(path);
}

// How wide Writer lays out a paragraph's one line: the view cursor's x at its end minus at its start.
sal_Int32 line_width(const writer_document& doc, size_t index) {
    uno::Reference<frame::XModel> model(doc.get(), uno::UNO_QUERY_THROW);
    uno::Reference<text::XTextViewCursorSupplier> supplier(model->getCurrentController(),
                                                           uno::UNO_QUERY_THROW);
    auto view = supplier->getViewCursor();
    uno::Reference<text::XTextRange> para(doc.paragraph(index), uno::UNO_QUERY_THROW);
    view->gotoRange(para->getStart(), false);
    sal_Int32 start = view->getPosition().X;
    view->gotoRange(para->getEnd(), false);
    return view->getPosition().X - start;
}

bool character_distance(const writer_document& doc, size_t index) {
    bool on = true;
    doc.paragraph(index)->getPropertyValue("ParaIsCharacterDistance") >>= on;
    return on;
}

} // namespace

TEST_CASE("a report saved as .docx keeps Chinese and digits flush, as in .odt") {
    // Opened as a person opens them, in a window: the events of opening a document fire.
    writer_document odt(saved_report("report.odt", "writer8"), false);
    writer_document docx(saved_report("report.docx", "MS Word 2007 XML"), false);
    REQUIRE(utf8(uno::Reference<text::XTextRange>(docx.paragraph(1), uno::UNO_QUERY_THROW)->getString()) ==
            digits_line);
    // The heading keeps its number in both formats.
    CHECK(string_property(odt.paragraph(0), "ListLabelString") == "一、");
    CHECK(string_property(docx.paragraph(0), "ListLabelString") == "一、");
    CHECK_FALSE(character_distance(odt, 1));
    CHECK_FALSE(character_distance(docx, 1));
    sal_Int32 odt_width = line_width(odt, 1), docx_width = line_width(docx, 1);
    CHECK(odt_width > 0);
    CHECK(docx_width == odt_width);
    // Opening it left nothing to save and nothing to undo.
    CHECK_FALSE(uno::Reference<util::XModifiable>(docx.get(), uno::UNO_QUERY_THROW)->isModified());
    CHECK_FALSE(uno::Reference<document::XUndoManagerSupplier>(docx.get(), uno::UNO_QUERY_THROW)
                    ->getUndoManager()
                    ->isUndoPossible());
}
