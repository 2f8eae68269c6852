// Reports carry the line-breaking rules of their languages (the characters that may not begin or
// end a line): the locales' own rules, so that lines break as before, and a writer's own stay.
#include "office_test_env.hxx"

#include <com/sun/star/i18n/LocaleData2.hpp>
#include <com/sun/star/i18n/XForbiddenCharacters.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <catch2/catch.hpp>

using namespace reportkit::test;
using namespace css;

namespace {

uno::Reference<i18n::XForbiddenCharacters> rules_of(const uno::Reference<text::XTextDocument>& doc) {
    uno::Reference<beans::XPropertySet> settings(
        uno::Reference<lang::XMultiServiceFactory>(doc, uno::UNO_QUERY_THROW)
            ->createInstance("com.sun.star.text.DocumentSettings"),
        uno::UNO_QUERY_THROW);
    return {settings->getPropertyValue("ForbiddenCharacters"), uno::UNO_QUERY_THROW};
}

} // namespace

TEST_CASE("an inserted section gives the document Chinese line-breaking rules, the locale's own") {
    const lang::Locale chinese("zh", "CN", "");
    writer_document doc;
    REQUIRE_FALSE(rules_of(doc.get())->hasForbiddenCharacters(chinese));
    engine()->insertSection(doc.get(), nullptr, test_library(), "politics.study");
    auto table = rules_of(doc.get());
    REQUIRE(table->hasForbiddenCharacters(chinese));
    i18n::ForbiddenCharacters in_document = table->getForbiddenCharacters(chinese);
    i18n::ForbiddenCharacters of_locale =
        i18n::LocaleData2::create(office_context())->getForbiddenCharacters(chinese);
    CHECK(utf8(in_document.beginLine) == utf8(of_locale.beginLine));
    CHECK(utf8(in_document.endLine) == utf8(of_locale.endLine));
    CHECK(utf8(in_document.beginLine).find("，") != std::string::npos); // no comma starts a line
}

TEST_CASE("Chinese line-breaking rules a writer set in the document stay when a section is inserted") {
    const lang::Locale chinese("zh", "CN", "");
    writer_document doc;
    rules_of(doc.get())->setForbiddenCharacters(chinese, i18n::ForbiddenCharacters(ou("！"), ou("（")));
    engine()->insertSection(doc.get(), nullptr, test_library(), "politics.study");
    i18n::ForbiddenCharacters kept = rules_of(doc.get())->getForbiddenCharacters(chinese);
    CHECK(utf8(kept.beginLine) == "！");
    CHECK(utf8(kept.endLine) == "（");
}
