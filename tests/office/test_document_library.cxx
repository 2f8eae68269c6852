// The library a document's sections came from, recorded on insertion, so that the deck opens
// on it when the document is opened again.
#include "office_test_env.hxx"

#include "uno/common/properties.hxx"

#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>

#include <catch2/catch.hpp>

using namespace reportkit::test;
using namespace css;
using reportkit::office::properties;

namespace {

uno::Reference<beans::XPropertySet> user_properties(const writer_document& doc) {
    return uno::Reference<beans::XPropertySet>(
        uno::Reference<document::XDocumentPropertiesSupplier>(doc.get(), uno::UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties(),
        uno::UNO_QUERY_THROW);
}

} // namespace

TEST_CASE("an insertion records its library in the document, kept when saved") {
    auto lib = test_library();
    std::string odt = (scratch("document-library") / "report.odt").string();
    {
        writer_document doc;
        CHECK_FALSE(user_properties(doc)->getPropertySetInfo()->hasPropertyByName("ReportKit.Library"));
        engine()->insertSection(doc.get(), nullptr, lib, "politics.study");
        CHECK(string_property(user_properties(doc), "ReportKit.Library") == utf8(lib));
        uno::Reference<frame::XStorable>(doc.get(), uno::UNO_QUERY_THROW)
            ->storeAsURL(ou(url_of(odt)), properties({{"FilterName", uno::Any(ou("writer8"))}}));
    }
    writer_document reopened(url_of(odt));
    CHECK(string_property(user_properties(reopened), "ReportKit.Library") == utf8(lib));
}
