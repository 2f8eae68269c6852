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

settings with(std::optional<grouping> g, long long from = default_group_from) {
    settings s;
    s.group = g;
    s.group_thousands_from = from;
    return s;
}

TEST_CASE("the grouping dropdown shows each choice with numbers written as it writes them") {
    CHECK(labels(grouping_choices(with(std::nullopt), "en-US")) ==
          std::vector<std::string>{
              "As each library says", "No grouping (3297, 23456)", "Commas from 10,000 (3297, 23,456)",
              "Thin spaces from 10,000 (3297, 23\u202F456)", "Commas always (3,297, 23,456)"});
    CHECK(labels(grouping_choices(with(std::nullopt), "zh-CN")) ==
          std::vector<std::string>{
              "按各章节库的设置", "不分隔（3297、23456）", "10,000 起用逗号分隔（3297、23,456）",
              "10,000 起用窄空格分隔（3297、23\u202F456）", "全部用逗号分隔（3,297、23,456）"});
}

TEST_CASE("each grouping choice stores the Grouping and GroupThousandsFrom that write its examples") {
    auto choices = grouping_choices(with(std::nullopt), "en-US");
    REQUIRE(choices.size() == 5);
    CHECK_FALSE(choices[0].group);
    CHECK(choices[1].group == grouping::none);
    CHECK((choices[2].group == grouping::comma && choices[2].group_from == 10000));
    CHECK((choices[3].group == grouping::thin && choices[3].group_from == 10000));
    CHECK((choices[4].group == grouping::comma && choices[4].group_from == 1000));
}

TEST_CASE("the stored settings select their entry; unset follows the libraries, 0 or below means none") {
    auto choices = grouping_choices(with(std::nullopt), "en-US");
    CHECK(grouping_index(choices, with(std::nullopt)) == 0);
    CHECK(grouping_index(choices, with(grouping::none)) == 1);
    CHECK(grouping_index(choices, with(grouping::comma, 0)) == 1);
    CHECK(grouping_index(choices, with(grouping::comma, -5)) == 1);
    CHECK(grouping_index(choices, with(grouping::comma)) == 2);
    CHECK(grouping_index(choices, with(grouping::thin)) == 3);
    CHECK(grouping_index(choices, with(grouping::comma, 1000)) == 4);
    CHECK(grouping_index(choices, with(grouping::comma, 1)) == 4); // every number with thousands: always
}

TEST_CASE("a threshold set in the Expert Configuration keeps an entry of its own") {
    auto choices = grouping_choices(with(grouping::comma, 5000), "en-US");
    REQUIRE(choices.size() == 6);
    CHECK(choices[5].group_from == 5000);
    CHECK(choices[5].label == "Commas from 5,000 (3297, 23,456)");
    CHECK(grouping_index(choices, with(grouping::comma, 5000)) == 5);
    CHECK(grouping_choices(with(grouping::thin, 1000), "zh-CN")[5].label ==
          "1,000 起用窄空格分隔（3\u202F297、23\u202F456）");
}

TEST_CASE("the Grouping setting is read and written as none, comma, thin or empty") {
    CHECK(grouping_setting("") == std::nullopt);
    CHECK(grouping_setting("thin") == grouping::thin);
    CHECK(grouping_setting("commas") == std::nullopt);
    CHECK(grouping_setting_text(grouping::comma) == "comma");
    CHECK(grouping_setting_text(std::nullopt).empty());
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
