// The engine service as a client sees it over the bridge: version, libraries, entries, errors.
#include "office_test_env.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace reportkit::test;
using css::lang::IllegalArgumentException;

TEST_CASE("the engine service reports the built version") {
    CHECK(utf8(engine()->getVersion()) == REPORTKIT_VERSION);
}

TEST_CASE("the bundled library is found inside the installed extension") {
    auto libraries = engine()->getLibraries();
    auto it = std::find_if(libraries.begin(), libraries.end(),
                           [](const auto& l) { return utf8(l.Id) == "office-annual"; });
    REQUIRE(it != libraries.end());
    CHECK(utf8(it->Origin) == "bundled");
    CHECK(utf8(it->Location).find("/templates/") != std::string::npos);
    CHECK(engine()->getOutlines(it->Id).getLength() >= 1);
}

TEST_CASE("a loaded library lists its sections and outlines") {
    auto e = engine();
    REQUIRE(utf8(e->loadLibrary(ou(url_of(data_file("office-test.xml"))))) == "office-test");
    auto sections = e->getSections("office-test");
    REQUIRE(sections.getLength() == 6);
    CHECK(utf8(sections[1].Id) == "politics.study");
    CHECK(utf8(sections[1].Title) == "抓实理论学习");
    CHECK(sections[1].Level == 2);
    CHECK(utf8(sections[1].Category) == "政治建设");
    CHECK(sections[0].Level == 0);
    auto outlines = e->getOutlines("office-test");
    REQUIRE(outlines.getLength() == 1);
    CHECK(utf8(outlines[0].Title) == "测试报告");
}

TEST_CASE("a library with errors is refused with file:line:column diagnostics") {
    std::string message;
    try {
        engine()->loadLibrary(ou(url_of(data_file("broken.xml"))));
    } catch (const IllegalArgumentException& e) {
        message = utf8(e.Message);
    }
    CHECK(message.find("broken.xml:4:17: error:") != std::string::npos);
    CHECK(message.find("no.such.field") != std::string::npos);
}

TEST_CASE("an unknown library id is an IllegalArgumentException naming it") {
    std::string message;
    try {
        engine()->getSections("no-such-library");
    } catch (const IllegalArgumentException& e) {
        message = utf8(e.Message);
    }
    CHECK(message.find("no-such-library") != std::string::npos);
}
