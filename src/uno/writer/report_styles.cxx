#include "uno/writer/report_styles.hxx"

#include "core/layout/report_styles.hpp"
#include "uno/common/strings.hxx"
#include "uno/writer/edit_scope.hxx"
#include "uno/writer/property_log.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexReplace.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/LabelFollow.hpp>
#include <com/sun/star/text/PositionAndSpaceMode.hpp>
#include <com/sun/star/util/XModifiable.hpp>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace css;

namespace reportkit::office {
namespace {

sal_Int32 hundredth_mm(double pt) {
    return static_cast<sal_Int32>(pt * 2540.0 / 72.0 + 0.5);
}

// The document's style families and its factory, looked up once per call.
struct style_families {
    uno::Reference<container::XNameAccess> families;
    uno::Reference<lang::XMultiServiceFactory> factory;
    explicit style_families(const uno::Reference<text::XTextDocument>& document)
        : families(uno::Reference<style::XStyleFamiliesSupplier>(document, uno::UNO_QUERY_THROW)
                       ->getStyleFamilies()),
          factory(document, uno::UNO_QUERY_THROW) {}
    uno::Reference<container::XNameContainer> family(const char* name) const {
        return uno::Reference<container::XNameContainer>(
            families->getByName(rtl::OUString::createFromAscii(name)), uno::UNO_QUERY_THROW);
    }
};

// The family's style of that name, inserted first when there is none; `created` tells which.
struct found_style {
    uno::Reference<beans::XPropertySet> style;
    bool created;
};
found_style style_in(const uno::Reference<container::XNameContainer>& styles,
                     const uno::Reference<lang::XMultiServiceFactory>& factory, const char* service,
                     const std::string& name) {
    if (styles->hasByName(to_ou(name)))
        return {uno::Reference<beans::XPropertySet>(styles->getByName(to_ou(name)), uno::UNO_QUERY_THROW),
                false};
    uno::Reference<uno::XInterface> style = factory->createInstance(rtl::OUString::createFromAscii(service));
    styles->insertByName(to_ou(name), uno::Any(style));
    return {uno::Reference<beans::XPropertySet>(style, uno::UNO_QUERY_THROW), true};
}

using level_properties = std::vector<std::pair<const char*, uno::Any>>;

// What makes a level's label: checked at every insertion, and put back when it differs.
level_properties label_properties(const numbering_level_spec& spec, size_t index) {
    sal_Int16 type = spec.format == number_format::chinese ? style::NumberingType::NUMBER_LOWER_ZH
                                                           : style::NumberingType::ARABIC;
    return {
        {"NumberingType", uno::Any(type)},
        {"Prefix", uno::Any(to_ou(spec.prefix))},
        {"Suffix", uno::Any(to_ou(spec.suffix))},
        // Since LibreOffice 7.2 the label is a format string that wins over prefix and suffix.
        {"ListFormat", uno::Any(to_ou(spec.prefix + "%" + std::to_string(index + 1) + "%" + spec.suffix))},
        {"ParentNumbering", uno::Any(sal_Int16(1))}, // （一）, not 一.（一）
        {"StartWith", uno::Any(sal_Int16(1))},
    };
}

// Where the label sits and how it looks: set when the style is created, then the user's.
level_properties layout_properties(const numbering_level_spec& spec) {
    level_properties props = {
        // The label sits where a first-line indent would put the text, and the text follows it.
        {"PositionAndSpaceMode", uno::Any(text::PositionAndSpaceMode::LABEL_ALIGNMENT)},
        {"LabelFollowedBy", uno::Any(text::LabelFollow::NOTHING)},
        {"IndentAt", uno::Any(sal_Int32(0))},
        {"FirstLineIndent", uno::Any(hundredth_mm(32))},
    };
    if (!spec.char_style.empty()) props.emplace_back("CharStyleName", uno::Any(to_ou(spec.char_style)));
    return props;
}

// Writes the properties into a numbering level's property list; returns whether any changed.
// ListFormat only where the office knows it.
bool put(uno::Sequence<beans::PropertyValue>& level, const level_properties& props) {
    bool changed = false;
    for (const auto& [name, value] : props) {
        rtl::OUString key = rtl::OUString::createFromAscii(name);
        auto found = std::find_if(level.begin(), level.end(), [&](const auto& p) { return p.Name == key; });
        if (found != level.end()) {
            if (found->Value == value) continue;
            found->Value = value;
        } else if (key == "ListFormat") {
            continue;
        } else {
            level.realloc(level.getLength() + 1);
            level[level.getLength() - 1] =
                beans::PropertyValue(key, 0, value, beans::PropertyState_DIRECT_VALUE);
        }
        changed = true;
    }
    return changed;
}

// Creates ReportKit's own list style, or puts back the labels of one that was changed (an
// Undo that reverted its levels, an edit): its headings must read 一、（一）1.（1）.
void ensure_numbering(const style_families& doc) {
    auto styles = doc.family("NumberingStyles");
    auto [style, created] =
        style_in(styles, doc.factory, "com.sun.star.style.NumberingStyle", heading_numbering_name());
    uno::Reference<container::XIndexReplace> rules(style->getPropertyValue("NumberingRules"),
                                                   uno::UNO_QUERY_THROW);
    const auto& levels = heading_numbering();
    bool changed = false;
    for (size_t i = 0; i < levels.size(); ++i) {
        uno::Sequence<beans::PropertyValue> level;
        rules->getByIndex(static_cast<sal_Int32>(i)) >>= level;
        bool differs = put(level, label_properties(levels[i], i));
        if (created) differs = put(level, layout_properties(levels[i])) || differs;
        if (!differs) continue;
        rules->replaceByIndex(static_cast<sal_Int32>(i), uno::Any(level));
        changed = true;
    }
    if (changed) set_property(style, "NumberingRules", uno::Any(rules));
}

// A heading style carries the list style and its level, so inserted headings need no direct
// numbering attributes (which Undo and Redo do not restore faithfully).
void link_numbering(const uno::Reference<beans::XPropertySet>& style, const style_spec& spec) {
    rtl::OUString list = to_ou(heading_numbering_name());
    auto level = sal_Int16(spec.outline_level - 1);
    rtl::OUString current_list;
    sal_Int16 current_level = -1;
    style->getPropertyValue("NumberingStyleName") >>= current_list;
    style->getPropertyValue("NumberingLevel") >>= current_level;
    if (current_list != list) set_property(style, "NumberingStyleName", uno::Any(list));
    if (current_level != level) set_property(style, "NumberingLevel", uno::Any(level));
}

// On the page's grid: the grid sets the pitch, one line of it to each line of text (a fixed height
// fights it: 25.2 spaced fixed lines at their own 28 pt, not the grid's 29), and the characters
// are set closer so that exactly page.chars fill a line (whole twips rounded down, as Writer keeps
// them, so that they read back the same: 28 must fit, never 27).
void fit_to_page(const uno::Reference<beans::XPropertySet>& style, const style_spec& spec,
                 const page_layout& page) {
    set_property(style, "ParaLineSpacing",
                 uno::Any(style::LineSpacing(style::LineSpacingMode::PROP, sal_Int16(100))));
    double twips = std::floor(page.character_spacing_pt(spec.size_pt) * 20);
    set_property(style, "CharKerning", uno::Any(static_cast<sal_Int16>(std::lround(twips * 2540 / 1440))));
}

void apply(const uno::Reference<beans::XPropertySet>& style, const style_spec& spec,
           const std::vector<std::string>& fonts, const page_layout* page) {
    lang::Locale chinese("zh", "CN", "");
    set_property(style, "CharFontNameAsian", uno::Any(to_ou(choose_font(spec.font, fonts))));
    set_property(style, "CharFontName", uno::Any(to_ou(choose_font(spec.western_font, fonts))));
    if (spec.bold) {
        set_property(style, "CharWeight", uno::Any(awt::FontWeight::BOLD));
        set_property(style, "CharWeightAsian", uno::Any(awt::FontWeight::BOLD));
    }
    if (spec.character) return;
    // Chinese text with no language set is laid out with the Japanese face of Noto CJK.
    set_property(style, "CharLocaleAsian", uno::Any(chinese));
    // Official documents set numbers flush with the Chinese around them: "学习20次", not "学习 20 次".
    set_property(style, "ParaIsCharacterDistance", uno::Any(false));
    // No punctuation hanging past the block: a full stop hung at a paragraph's end put the
    // paragraph's end on an empty line of its own, a grid line lost (7.4 and 25.2).
    set_property(style, "ParaIsHangingPunctuation", uno::Any(false));
    if (spec.size_pt > 0) {
        set_property(style, "CharHeight", uno::Any(float(spec.size_pt)));
        set_property(style, "CharHeightAsian", uno::Any(float(spec.size_pt)));
    }
    if (spec.centered) set_property(style, "ParaAdjust", uno::Any(sal_Int16(style::ParagraphAdjust_CENTER)));
    if (spec.right) set_property(style, "ParaAdjust", uno::Any(sal_Int16(style::ParagraphAdjust_RIGHT)));
    if (spec.space_before_pt > 0)
        set_property(style, "ParaTopMargin", uno::Any(hundredth_mm(spec.space_before_pt)));
    if (spec.indent_chars > 0)
        set_property(style, "ParaFirstLineIndent", uno::Any(hundredth_mm(spec.indent_chars * spec.size_pt)));
    if (page && !spec.off_grid && spec.size_pt == page->body_pt)
        fit_to_page(style, spec, *page);
    else if (spec.line_pt > 0)
        set_property(
            style, "ParaLineSpacing",
            uno::Any(style::LineSpacing(style::LineSpacingMode::FIX, sal_Int16(hundredth_mm(spec.line_pt)))));
    set_property(style, "OutlineLevel", uno::Any(sal_Int16(spec.outline_level)));
    set_property(style, "SnapToGrid", uno::Any(!spec.off_grid));
    // A full page holds all its lines: no line pushed over for a widow or an orphan.
    set_property(style, "ParaOrphans", uno::Any(sal_Int8(0)));
    set_property(style, "ParaWidows", uno::Any(sal_Int8(0)));
    set_property(style, "ParaBottomMargin", uno::Any(hundredth_mm(spec.space_after_pt)));
}

} // namespace

void ensure_report_styles(const uno::Reference<text::XTextDocument>& document,
                          const std::vector<std::string>& fonts, existing_styles existing,
                          const page_layout* page) {
    style_families doc(document);
    ensure_numbering(doc); // first: the heading styles refer to it
    auto paragraph_styles = doc.family("ParagraphStyles"), character_styles = doc.family("CharacterStyles");
    for (const style_spec& spec : report_styles()) {
        auto family = spec.character ? character_styles : paragraph_styles;
        auto [style, created] = style_in(family, doc.factory,
                                         spec.character ? "com.sun.star.style.CharacterStyle"
                                                        : "com.sun.star.style.ParagraphStyle",
                                         spec.name);
        if (created || existing == existing_styles::reset) apply(style, spec, fonts, page);
        if (spec.numbered) link_numbering(style, spec);
    }
}

void restore_typography_after_import(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<frame::XModel> model(document, uno::UNO_QUERY_THROW);
    rtl::OUString filter;
    for (const beans::PropertyValue& arg : model->getArgs())
        if (arg.Name == "FilterName") arg.Value >>= filter;
    if (!filter.startsWith("MS Word") && !filter.startsWith("Office Open XML Text") &&
        !filter.startsWith("Rich Text Format"))
        return;
    style_families doc(document);
    auto paragraph_styles = doc.family("ParagraphStyles");
    uno::Reference<util::XModifiable> modifiable(document, uno::UNO_QUERY_THROW);
    bool was_modified = modifiable->isModified();
    // Part of opening the file, as the import should have done it: no undo step, no change.
    uno::Reference<document::XUndoManager> undo =
        uno::Reference<document::XUndoManagerSupplier>(document, uno::UNO_QUERY_THROW)->getUndoManager();
    unrecorded(undo, [&] {
        for (const style_spec& spec : report_styles()) {
            if (spec.character || !paragraph_styles->hasByName(to_ou(spec.name))) continue;
            uno::Reference<beans::XPropertySet> style(paragraph_styles->getByName(to_ou(spec.name)),
                                                      uno::UNO_QUERY_THROW);
            bool spaced = false;
            style->getPropertyValue("ParaIsCharacterDistance") >>= spaced;
            if (spaced) set_property(style, "ParaIsCharacterDistance", uno::Any(false));
        }
    });
    if (!was_modified) modifiable->setModified(false);
}

} // namespace reportkit::office
