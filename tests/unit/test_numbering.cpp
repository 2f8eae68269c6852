// Chinese counting and the genre's labels.
#include "text/numbering.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

TEST_CASE("Chinese numbers are written the standard way") {
    CHECK(chinese_number(1) == "一");
    CHECK(chinese_number(9) == "九");
    CHECK(chinese_number(10) == "十");
    CHECK(chinese_number(11) == "十一");
    CHECK(chinese_number(19) == "十九");
    CHECK(chinese_number(20) == "二十");
    CHECK(chinese_number(21) == "二十一");
    CHECK(chinese_number(100) == "一百");
    CHECK(chinese_number(105) == "一百零五");
    CHECK(chinese_number(110) == "一百一十");
    CHECK(chinese_number(1001) == "一千零一");
    CHECK(chinese_number(1010) == "一千零一十");
    CHECK(chinese_number(2025) == "二千零二十五");
}

TEST_CASE("heading labels follow GB/T 9704: 一、 （一） 1. （1）") {
    CHECK(heading_label(1, 3) == "三、");
    CHECK(heading_label(2, 12) == "（十二）");
    CHECK(heading_label(3, 4) == "4.");
    CHECK(heading_label(4, 2) == "（2）");
}

TEST_CASE("item labels run as 一是 or 第一，") {
    CHECK(item_label(item_style::shi, 1) == "一是");
    CHECK(item_label(item_style::shi, 10) == "十是");
    CHECK(item_label(item_style::di, 2) == "第二，");
}
