#include "uno/writer/report_styles.hxx"

#include "core/layout/report_styles.hpp"
#include "uno/common/strings.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexReplace.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/LabelFollow.hpp>
#include <com/sun/star/text/PositionAndSpaceMode.hpp>

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

// Inserts a new style into its family and returns it, or null when the name is taken.
uno::Reference<beans::XPropertySet> create_style(const uno::Reference<container::XNameContainer>& styles,
                                                 const uno::Reference<lang::XMultiServiceFactory>& factory,
                                                 const char* service, const std::string& name) {
    if (styles->hasByName(to_ou(name))) return nullptr;
    uno::Reference<uno::XInterface> style = factory->createInstance(rtl::OUString::createFromAscii(service));
    styles->insertByName(to_ou(name), uno::Any(style));
    return uno::Reference<beans::XPropertySet>(style, uno::UNO_QUERY_THROW);
}

void set(const uno::Reference<beans::XPropertySet>& props, const char* name, const uno::Any& value) {
    props->setPropertyValue(rtl::OUString::createFromAscii(name), value);
}

bool has(const uno::Sequence<beans::PropertyValue>& level, const char* name) {
    for (const auto& p : level)
        if (p.Name.equalsAscii(name)) return true;
    return false;
}

// Replaces or appends one property in a numbering level's property list.
void put(uno::Sequence<beans::PropertyValue>& level, const char* name, const uno::Any& value) {
    rtl::OUString key = rtl::OUString::createFromAscii(name);
    for (sal_Int32 i = 0; i < level.getLength(); ++i)
        if (level[i].Name == key) {
            level[i].Value = value;
            return;
        }
    level.realloc(level.getLength() + 1);
    level[level.getLength() - 1] = beans::PropertyValue(key, 0, value, beans::PropertyState_DIRECT_VALUE);
}

void create_numbering(const style_families& doc) {
    auto style = create_style(doc.family("NumberingStyles"), doc.factory, "com.sun.star.style.NumberingStyle",
                              heading_numbering_name());
    if (!style.is()) return;
    uno::Reference<container::XIndexReplace> rules(style->getPropertyValue("NumberingRules"),
                                                   uno::UNO_QUERY_THROW);
    const auto& levels = heading_numbering();
    for (size_t i = 0; i < levels.size(); ++i) {
        const numbering_level_spec& spec = levels[i];
        uno::Sequence<beans::PropertyValue> level;
        rules->getByIndex(static_cast<sal_Int32>(i)) >>= level;
        sal_Int16 type = spec.format == number_format::chinese ? style::NumberingType::NUMBER_LOWER_ZH
                                                               : style::NumberingType::ARABIC;
        put(level, "NumberingType", uno::Any(type));
        put(level, "Prefix", uno::Any(to_ou(spec.prefix)));
        put(level, "Suffix", uno::Any(to_ou(spec.suffix)));
        // Since LibreOffice 7.2 the label is a format string that wins over prefix and suffix.
        if (has(level, "ListFormat"))
            put(level, "ListFormat",
                uno::Any(to_ou(spec.prefix + "%" + std::to_string(i + 1) + "%" + spec.suffix)));
        put(level, "ParentNumbering", uno::Any(sal_Int16(1))); // （一）, not 一.（一）
        if (!spec.char_style.empty()) put(level, "CharStyleName", uno::Any(to_ou(spec.char_style)));
        // The label sits where a first-line indent would put the text, and the text follows it.
        put(level, "PositionAndSpaceMode", uno::Any(text::PositionAndSpaceMode::LABEL_ALIGNMENT));
        put(level, "LabelFollowedBy", uno::Any(text::LabelFollow::NOTHING));
        put(level, "IndentAt", uno::Any(sal_Int32(0)));
        put(level, "FirstLineIndent", uno::Any(hundredth_mm(32)));
        rules->replaceByIndex(static_cast<sal_Int32>(i), uno::Any(level));
    }
    set(style, "NumberingRules", uno::Any(rules));
}

void apply(const uno::Reference<beans::XPropertySet>& style, const style_spec& spec,
           const std::vector<std::string>& fonts) {
    lang::Locale chinese("zh", "CN", "");
    set(style, "CharFontNameAsian", uno::Any(to_ou(choose_font(spec.font, fonts))));
    set(style, "CharFontName", uno::Any(to_ou(choose_font(spec.western_font, fonts))));
    if (spec.bold) {
        set(style, "CharWeight", uno::Any(awt::FontWeight::BOLD));
        set(style, "CharWeightAsian", uno::Any(awt::FontWeight::BOLD));
    }
    if (spec.character) return;
    // Chinese text with no language set is laid out with the Japanese face of Noto CJK.
    set(style, "CharLocaleAsian", uno::Any(chinese));
    // Official documents set numbers flush with the Chinese around them: "学习20次", not "学习 20 次".
    set(style, "ParaIsCharacterDistance", uno::Any(false));
    if (spec.size_pt > 0) {
        set(style, "CharHeight", uno::Any(float(spec.size_pt)));
        set(style, "CharHeightAsian", uno::Any(float(spec.size_pt)));
    }
    if (spec.centered) set(style, "ParaAdjust", uno::Any(style::ParagraphAdjust_CENTER));
    if (spec.indent_chars > 0)
        set(style, "ParaFirstLineIndent", uno::Any(hundredth_mm(spec.indent_chars * spec.size_pt)));
    if (spec.line_pt > 0)
        set(style, "ParaLineSpacing",
            uno::Any(style::LineSpacing(style::LineSpacingMode::FIX, sal_Int16(hundredth_mm(spec.line_pt)))));
    set(style, "OutlineLevel", uno::Any(sal_Int16(spec.outline_level)));
    if (spec.numbered) set(style, "NumberingStyleName", uno::Any(to_ou(heading_numbering_name())));
}

} // namespace

void ensure_report_styles(const uno::Reference<text::XTextDocument>& document,
                          const std::vector<std::string>& fonts) {
    style_families doc(document);
    create_numbering(doc); // first: the heading styles refer to it
    auto paragraph_styles = doc.family("ParagraphStyles"), character_styles = doc.family("CharacterStyles");
    for (const style_spec& spec : report_styles()) {
        auto style =
            spec.character
                ? create_style(character_styles, doc.factory, "com.sun.star.style.CharacterStyle", spec.name)
                : create_style(paragraph_styles, doc.factory, "com.sun.star.style.ParagraphStyle", spec.name);
        if (style.is()) apply(style, spec, fonts);
    }
}

} // namespace reportkit::office
