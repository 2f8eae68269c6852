// Chinese text in ReportKit's styles is drawn with the Simplified Chinese forms of its font,
// checked on the rendered pages: Noto CJK's faces share one font program, so the PDF's font
// names cannot tell.
#include "office_test_env.hxx"

#include "uno/common/properties.hxx"

#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

using namespace reportkit::test;
using namespace css;
using reportkit::office::properties;
namespace fs = std::filesystem;

TEST_CASE("report text is drawn with Simplified Chinese glyphs, not the Japanese ones of the same font") {
    // The same section three times: as ReportKit styles it, and with its text marked Chinese
    // and Japanese by hand. Its pixels are the Chinese ones.
    fs::path dir = scratch("glyphs");
    auto page_image = [&](const char* locale, const std::string& name) {
        writer_document doc;
        engine()->insertSection(doc.get(), nullptr, test_library(), "politics.study");
        if (*locale) {
            auto cursor = doc.get()->getText()->createTextCursor();
            cursor->gotoStart(false);
            cursor->gotoEnd(true);
            lang::Locale l(ou(std::string(locale, 2)), ou(std::string(locale + 3, 2)), "");
            uno::Reference<beans::XPropertySet>(cursor, uno::UNO_QUERY_THROW)
                ->setPropertyValue("CharLocaleAsian", uno::Any(l));
        }
        fs::path pdf = dir / (name + ".pdf");
        uno::Reference<frame::XStorable>(doc.get(), uno::UNO_QUERY_THROW)
            ->storeToURL(ou(url_of(pdf.string())),
                         properties({{"FilterName", uno::Any(ou("writer_pdf_Export"))}}));
        std::string png = (dir / name).string();
        REQUIRE(std::system(("pdftoppm -r 100 -png -singlefile " + pdf.string() + " " + png).c_str()) == 0);
        std::ifstream in(png + ".png", std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    };
    std::string styled = page_image("", "styled"), chinese = page_image("zh-CN", "chinese"),
                japanese = page_image("ja-JP", "japanese");
    REQUIRE_FALSE(styled.empty());
    CHECK(chinese != japanese); // the text has characters whose forms differ
    CHECK(styled == chinese);
    fs::remove_all(dir.parent_path());
}
