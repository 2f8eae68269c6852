// Searching and grouping sections the way the sidebar does.
#include "core/library/loader.hpp"
#include "core/library/search.hpp"
#include "core/ui/messages.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

library_ptr sample() {
    load_result r = load_library_text(R"(<library id="t" version="1.0.0" title="t">
  <section id="study" title="抓实理论学习" level="2" category="政治建设" tags="中心组 Theory"><p>专题研讨。</p></section>
  <section id="docs" title="规范公文办理" level="2" category="核心业务"><p>办文办会。</p></section>
  <section id="misc" title="其他事项" level="2"><p>杂项研讨。</p></section>
  <section id="info" title="信息报送" level="2" category="核心业务" tags="信息"><p>报送及时。</p></section>
</library>)",
                                      "t.xml");
    REQUIRE(r.ok());
    return r.lib;
}

std::vector<std::string> ids(const std::vector<const section*>& v) {
    std::vector<std::string> out;
    for (auto* s : v)
        out.push_back(s->id);
    return out;
}

} // namespace

TEST_CASE("search matches title, category, tags, summary and body text") {
    auto lib = sample();
    CHECK(ids(find_sections(*lib, "")) == std::vector<std::string>{"study", "docs", "misc", "info"});
    CHECK(ids(find_sections(*lib, "理论")) == std::vector<std::string>{"study"});
    CHECK(ids(find_sections(*lib, "核心业务")) == std::vector<std::string>{"docs", "info"});
    CHECK(ids(find_sections(*lib, "中心组")) == std::vector<std::string>{"study"});
    CHECK(ids(find_sections(*lib, "研讨")) == std::vector<std::string>{"study", "misc"});
    CHECK(ids(find_sections(*lib, "theory")) == std::vector<std::string>{"study"});    // ASCII in any case
    CHECK(ids(find_sections(*lib, "研讨 政治")) == std::vector<std::string>{"study"}); // every word
    CHECK(find_sections(*lib, "没有").empty());
}

TEST_CASE("sections are grouped by category, uncategorized last") {
    auto lib = sample();
    auto groups = group_by_category(find_sections(*lib, ""));
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].category == "政治建设");
    CHECK(groups[1].category == "核心业务");
    CHECK(ids(groups[1].sections) == std::vector<std::string>{"docs", "info"});
    CHECK(groups[2].category.empty());
}

TEST_CASE("UI text follows the UI language: Chinese for zh locales, English otherwise") {
    CHECK(std::string(text(message::insert, "zh-CN")) == "插入章节");
    CHECK(std::string(text(message::insert, "zh-TW")) == "插入章节");
    CHECK(std::string(text(message::insert, "en-US")) == "Insert Section");
    CHECK(std::string(text(message::deck_title, "de")) == "ReportKit");
}
