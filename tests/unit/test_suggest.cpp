// Suggestions for names that are not there: the nearest key, and the ids a library has.
#include "core/library/loader.hpp"
#include "core/library/suggest.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

TEST_CASE("the nearest declared name is suggested only when it is close enough to be a slip") {
    std::vector<std::string_view> keys{"docs.received", "docs.handled", "study.sessions"};
    CHECK(nearest_name("docs.recieved", keys) == "docs.received");
    CHECK(nearest_name("docs.handle", keys) == "docs.handled");
    CHECK(nearest_name("study.session", keys) == "study.sessions");
    CHECK(nearest_name("funds.amount", keys).empty());
    CHECK(nearest_name("docs.received", keys).empty()); // it is there: nothing to suggest
    CHECK(nearest_name("x", {}).empty());
}

TEST_CASE("a missing outline or section is answered with the ids the library has") {
    load_result r = load_library_text(R"(<library id="demo" version="1.0.0" title="t">
  <section id="politics.study" title="学习" level="1"><p>文</p></section>
  <section id="duties.docs" title="办文" level="1"><p>文</p></section>
  <outline id="annual.full" title="全文"><include section="politics.study"/></outline>
</library>)",
                                      "t.xml");
    REQUIRE(r.ok());
    CHECK(missing_outline_message(*r.lib, "annual.ful") ==
          "library 'demo' has no outline 'annual.ful' (did you mean annual.full?); it has: annual.full");
    CHECK(missing_section_message(*r.lib, "nothing.like.it") ==
          "library 'demo' has no section 'nothing.like.it'; it has: politics.study, duties.docs");
}
