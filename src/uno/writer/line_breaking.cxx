#include "uno/writer/line_breaking.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/i18n/LocaleData2.hpp>
#include <com/sun/star/i18n/XForbiddenCharacters.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

#include <vector>

using namespace css;

namespace reportkit::office {
namespace {

// The languages of the default paragraph style: what text without a language of its own uses.
std::vector<lang::Locale> default_locales(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<container::XNameAccess> families(
        uno::Reference<style::XStyleFamiliesSupplier>(document, uno::UNO_QUERY_THROW)->getStyleFamilies());
    uno::Reference<container::XNameAccess> paragraph(families->getByName("ParagraphStyles"),
                                                     uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet> standard(paragraph->getByName("Standard"), uno::UNO_QUERY_THROW);
    std::vector<lang::Locale> out;
    for (const char* name : {"CharLocale", "CharLocaleAsian"}) {
        lang::Locale locale;
        if ((standard->getPropertyValue(rtl::OUString::createFromAscii(name)) >>= locale) &&
            !locale.Language.isEmpty())
            out.push_back(locale);
    }
    out.emplace_back("zh", "CN", ""); // the Asian language of ReportKit's styles
    return out;
}

} // namespace

void keep_line_breaking_rules(const uno::Reference<uno::XComponentContext>& context,
                              const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<beans::XPropertySet> settings(
        uno::Reference<lang::XMultiServiceFactory>(document, uno::UNO_QUERY_THROW)
            ->createInstance("com.sun.star.text.DocumentSettings"),
        uno::UNO_QUERY_THROW);
    uno::Reference<i18n::XForbiddenCharacters> table(settings->getPropertyValue("ForbiddenCharacters"),
                                                     uno::UNO_QUERY_THROW);
    auto locale_data = i18n::LocaleData2::create(context);
    for (const lang::Locale& locale : default_locales(document))
        if (!table->hasForbiddenCharacters(locale))
            table->setForbiddenCharacters(locale, locale_data->getForbiddenCharacters(locale));
}

} // namespace reportkit::office
