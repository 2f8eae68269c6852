// Writer field names: the key and the placeholder's options, there and back.
#include "core/data/field_names.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

TEST_CASE("Writer field names carry the key and the placeholder's options") {
    CHECK(field_name("study.sessions", {}) == "ReportKit.study.sessions");
    CHECK(field_name("a.b", {.approx = "余", .decimals = 1}) == "ReportKit.a.b|approx=余|decimals=1");
    std::string key;
    placeholder_options p;
    REQUIRE(parse_field_name("ReportKit.a.b|approx=余|decimals=1", key, p));
    CHECK(key == "a.b");
    CHECK(p.approx == "余");
    CHECK(p.decimals == 1);
    REQUIRE(parse_field_name("ReportKit.x", key, p));
    CHECK(key == "x");
    CHECK(p.approx.empty());
    CHECK(p.decimals == -1);
    CHECK_FALSE(parse_field_name("Other.x", key, p));
    CHECK(field_name("pages", {.approx = "余", .scale = "万"}) == "ReportKit.pages|approx=余|scale=万");
    REQUIRE(parse_field_name("ReportKit.pages|approx=近余|scale=亿", key, p));
    CHECK(p.approx == "近余");
    CHECK(p.scale == "亿");
}
