// The Tools › Options page's model: the thousands-separator choices and the folders it accepts.
#include "core/ui/options_page.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

std::vector<std::string> labels(const std::vector<grouping_choice>& choices) {
    std::vector<std::string> out;
    for (const auto& c : choices)
        out.push_back(c.label);
    return out;
}

} // namespace

TEST_CASE("the grouping dropdown shows each choice with numbers written as it writes them") {
    CHECK(labels(grouping_choices(10000, "en-US")) == std::vector<std::string>{"No grouping (3297, 23456)",
                                                                               "From 10,000 (3297, 23,456)",
                                                                               "Always (3,297, 23,456)"});
    CHECK(labels(grouping_choices(10000, "zh-CN")) ==
          std::vector<std::string>{"不分隔（3297、23456）", "10,000 起分隔（3297、23,456）",
                                   "全部分隔（3,297、23,456）"});
}

TEST_CASE("each grouping choice stores the GroupThousandsFrom that writes its examples") {
    auto choices = grouping_choices(10000, "en-US");
    REQUIRE(choices.size() == 3);
    CHECK(choices[0].group_from == 0);
    CHECK(choices[1].group_from == 10000);
    CHECK(choices[2].group_from == 1000);
}

TEST_CASE("the stored setting selects its entry, and 0 or below means no grouping") {
    auto choices = grouping_choices(10000, "en-US");
    CHECK(grouping_index(choices, 0) == 0);
    CHECK(grouping_index(choices, -5) == 0);
    CHECK(grouping_index(choices, 10000) == 1);
    CHECK(grouping_index(choices, 1000) == 2);
    CHECK(grouping_index(choices, 1) == 2); // every number with thousands is grouped: always
}

TEST_CASE("a value set in the Expert Configuration keeps an entry of its own") {
    auto choices = grouping_choices(5000, "en-US");
    REQUIRE(choices.size() == 4);
    CHECK(choices[3].group_from == 5000);
    CHECK(choices[3].label == "From 5,000 (3297, 23,456)");
    CHECK(grouping_index(choices, 5000) == 3);
    CHECK(grouping_choices(5000, "zh-CN")[3].label == "5,000 起分隔（3297、23,456）");
}

TEST_CASE("a library folder must be a full path not listed yet") {
    std::vector<std::string> folders{"/srv/share/reports/", "/home/me/libs"};
    CHECK(check_folder(folders, "/srv/other") == folder_check::ok);
    CHECK(check_folder(folders, "") == folder_check::empty);
    CHECK(check_folder(folders, "share/reports") == folder_check::relative);
    CHECK(check_folder(folders, "/srv/share/reports") == folder_check::duplicate);
    CHECK(check_folder(folders, "/home/me/libs/") == folder_check::duplicate);
    CHECK(check_folder({}, "/") == folder_check::ok);
}

TEST_CASE("a picked folder is listed without the picker's trailing slash") {
    CHECK(folder_entry("/srv/share/reports/") == "/srv/share/reports");
    CHECK(folder_entry("/srv/share/reports") == "/srv/share/reports");
    CHECK(folder_entry("/") == "/");
}

TEST_CASE("a folder not added says why, in the UI language") {
    CHECK(folder_check_text(folder_check::duplicate, "/srv/share", "en-US") ==
          "Already in the list: /srv/share");
    CHECK(folder_check_text(folder_check::duplicate, "/srv/share", "zh-CN") == "已在列表中：/srv/share");
    CHECK(folder_check_text(folder_check::relative, "share", "en-US") == "Not a full path, not added: share");
    CHECK(folder_check_text(folder_check::ok, "/srv/share", "en-US").empty());
}
