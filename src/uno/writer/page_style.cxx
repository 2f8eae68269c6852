#include "uno/writer/page_style.hxx"

#include "core/layout/report_styles.hpp"
#include "uno/common/strings.hxx"
#include "uno/writer/property_log.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/PageNumberType.hpp>
#include <com/sun/star/text/TextGridMode.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <cmath>

using namespace css;

namespace reportkit::office {
namespace {

sal_Int32 hundredth_mm(double mm) {
    return static_cast<sal_Int32>(std::lround(mm * 100));
}

// A number's line: "— " page number " —", one grid character in from the block's edge.
bool is_page_number(const uno::Reference<text::XText>& footer, const page_layout& page) {
    uno::Reference<container::XEnumerationAccess> paragraphs(footer, uno::UNO_QUERY_THROW);
    auto e = paragraphs->createEnumeration();
    if (!e->hasMoreElements()) return false;
    uno::Reference<container::XEnumerationAccess> portions(e->nextElement(), uno::UNO_QUERY);
    if (e->hasMoreElements() || !portions.is()) return false;
    std::vector<std::string> kinds;
    for (auto p = portions->createEnumeration(); p->hasMoreElements();) {
        uno::Reference<beans::XPropertySet> portion(p->nextElement(), uno::UNO_QUERY_THROW);
        rtl::OUString kind;
        portion->getPropertyValue("TextPortionType") >>= kind;
        std::string k = to_std(kind);
        if (k == "Text")
            k += ":" + to_std(uno::Reference<text::XTextRange>(portion, uno::UNO_QUERY_THROW)->getString());
        kinds.push_back(k);
    }
    return kinds ==
           std::vector<std::string>{"Text:" + page.number_prefix, "TextField", "Text:" + page.number_suffix};
}

void write_page_number(const uno::Reference<text::XTextDocument>& document,
                       const uno::Reference<text::XText>& footer, const page_layout& page, page_side side,
                       const std::vector<std::string>& fonts) {
    // A number written before is left as it is: the properties of a stretch holding a field do
    // not read back as one value, so they would be set (and undone) again every time.
    if (is_page_number(footer, page)) return;
    footer->setString("");
    auto end = footer->getEnd();
    footer->insertString(end, to_ou(page.number_prefix), false);
    uno::Reference<text::XTextField> number(
        uno::Reference<lang::XMultiServiceFactory>(document, uno::UNO_QUERY_THROW)
            ->createInstance("com.sun.star.text.TextField.PageNumber"),
        uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet> field(number, uno::UNO_QUERY_THROW);
    field->setPropertyValue("NumberingType", uno::Any(style::NumberingType::ARABIC));
    field->setPropertyValue("SubType", uno::Any(text::PageNumberType_CURRENT));
    footer->insertTextContent(footer->getEnd(),
                              uno::Reference<text::XTextContent>(number, uno::UNO_QUERY_THROW), false);
    footer->insertString(footer->getEnd(), to_ou(page.number_suffix), false);
    auto cursor = footer->createTextCursor();
    cursor->gotoStart(false);
    cursor->gotoEnd(true);
    uno::Reference<beans::XPropertySet> props(cursor, uno::UNO_QUERY_THROW);
    // Not logged: the number goes with the footer on Undo, and Redo writes it again.
    auto put = [&](const char* name, const uno::Any& value) {
        props->setPropertyValue(rtl::OUString::createFromAscii(name), value);
    };
    auto size = uno::Any(float(page.number_pt));
    put("CharFontNameAsian", uno::Any(to_ou(choose_font(page.number_font, fonts))));
    put("CharFontName", uno::Any(to_ou(choose_font(page.number_western_font, fonts))));
    put("CharHeight", size);
    put("CharHeightAsian", size);
    put("CharLocaleAsian", uno::Any(lang::Locale("zh", "CN", "")));
    sal_Int32 inset = hundredth_mm(page.number_inset_chars * page.char_pitch_mm());
    bool right = side == page_side::right;
    put("ParaAdjust",
        uno::Any(sal_Int16(right ? style::ParagraphAdjust_RIGHT : style::ParagraphAdjust_LEFT)));
    put("ParaRightMargin", uno::Any(right ? inset : sal_Int32(0)));
    put("ParaLeftMargin", uno::Any(right ? sal_Int32(0) : inset));
    put("ParaFirstLineIndent", uno::Any(sal_Int32(0)));
    put("ParaTopMargin", uno::Any(sal_Int32(0)));
    put("ParaBottomMargin", uno::Any(sal_Int32(0)));
}

} // namespace

uno::Reference<beans::XPropertySet> page_style(const uno::Reference<text::XTextDocument>& document,
                                               const rtl::OUString& name) {
    uno::Reference<container::XNameAccess> styles(
        uno::Reference<style::XStyleFamiliesSupplier>(document, uno::UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("PageStyles"),
        uno::UNO_QUERY_THROW);
    return uno::Reference<beans::XPropertySet>(styles->getByName(name), uno::UNO_QUERY_THROW);
}

// The page style the document's first paragraph stands on: the one its pages are laid out by.
uno::Reference<beans::XPropertySet> first_page_style(const uno::Reference<text::XTextDocument>& document) {
    rtl::OUString name = "Standard";
    uno::Reference<container::XEnumerationAccess> paragraphs(document->getText(), uno::UNO_QUERY_THROW);
    auto e = paragraphs->createEnumeration();
    if (e->hasMoreElements()) {
        uno::Reference<beans::XPropertySet> first(e->nextElement(), uno::UNO_QUERY);
        rtl::OUString used;
        if (first.is() && (first->getPropertyValue("PageStyleName") >>= used) && !used.isEmpty()) name = used;
    }
    return page_style(document, name);
}

void apply_page_layout(const uno::Reference<text::XTextDocument>& document, const page_layout& page,
                       const std::vector<std::string>& fonts) {
    auto style = first_page_style(document);
    set_property(style, "IsLandscape", uno::Any(false));
    set_property(style, "Width", uno::Any(hundredth_mm(page.width_mm)));
    set_property(style, "Height", uno::Any(hundredth_mm(page.height_mm)));
    set_property(style, "TopMargin", uno::Any(hundredth_mm(page.top_mm)));
    set_property(style, "LeftMargin", uno::Any(hundredth_mm(page.left_mm)));
    set_property(style, "RightMargin", uno::Any(hundredth_mm(page.right_mm)));
    set_property(style, "HeaderIsOn", uno::Any(false));

    // The footer holds the page numbers below the block: the bottom margin keeps the block's
    // height, the footer's own spacing puts the number's line number_gap_mm below it.
    double number_line_mm = page.number_pt * 25.4 / 72.0 * 1.5;
    double footer_mm = page.number_gap_mm + number_line_mm;
    set_property(style, "FooterIsOn", uno::Any(true));
    set_property(style, "FooterIsShared", uno::Any(false));
    set_property(style, "FooterIsDynamicHeight", uno::Any(false));
    set_property(style, "FooterBodyDistance", uno::Any(hundredth_mm(page.number_gap_mm)));
    set_property(style, "FooterHeight", uno::Any(hundredth_mm(footer_mm)));
    set_property(style, "FooterLeftMargin", uno::Any(sal_Int32(0)));
    set_property(style, "FooterRightMargin", uno::Any(sal_Int32(0)));
    set_property(style, "BottomMargin", uno::Any(hundredth_mm(page.bottom_mm - footer_mm)));

    // A grid of lines: each line block_height / lines tall, whatever the text's own size, so
    // typed text keeps the count too. Characters are fitted by the report styles' spacing
    // (report_styles): Writer's character grid gives a 16 pt character two of its 15.8 pt cells.
    sal_Int16 grid = text::TextGridMode::NONE;
    style->getPropertyValue("GridMode") >>= grid;
    set_property(style, "GridMode", uno::Any(text::TextGridMode::LINES));
    set_property(style, "GridLines", uno::Any(sal_Int16(page.lines)));
    // In whole twips rounded down, as Writer keeps it: 22 lines a little too tall leave room for 21.
    double twips = std::floor(page.line_pitch_mm() / 25.4 * 1440);
    set_property(style, "GridBaseHeight", uno::Any(static_cast<sal_Int32>(std::lround(twips * 2540 / 1440))));
    set_property(style, "GridRubyHeight", uno::Any(sal_Int32(0)));
    // Characters at their own width on the line grid, not spread to squares as tall as a line:
    // the document-wide mode of Writer's grid that Word's documents have. Set when the grid is
    // made (it does not read back as set); without a grid it changes nothing, so Undo may keep it.
    if (grid != text::TextGridMode::LINES)
        uno::Reference<beans::XPropertySet>(document, uno::UNO_QUERY_THROW)
            ->setPropertyValue("DefaultPageMode", uno::Any(false));
    set_property(style, "GridDisplay", uno::Any(false));
    set_property(style, "GridPrint", uno::Any(false));

    uno::Reference<text::XText> odd(style->getPropertyValue("FooterTextRight"), uno::UNO_QUERY_THROW),
        even(style->getPropertyValue("FooterTextLeft"), uno::UNO_QUERY_THROW);
    write_page_number(document, odd, page, page_side::right, fonts);
    write_page_number(document, even, page, page_side::left, fonts);
}

} // namespace reportkit::office
