// Chinese counting and the genre's labels.
#include "core/text/numbering.hpp"

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

TEST_CASE("Chinese numbers keep 零 for every gap and cover 1..9999") {
    CHECK(chinese_number(99) == "九十九");
    CHECK(chinese_number(101) == "一百零一");
    CHECK(chinese_number(120) == "一百二十");
    CHECK(chinese_number(999) == "九百九十九");
    CHECK(chinese_number(1000) == "一千");
    CHECK(chinese_number(1011) == "一千零一十一");
    CHECK(chinese_number(1100) == "一千一百");
    CHECK(chinese_number(9009) == "九千零九");
    CHECK(chinese_number(9999) == "九千九百九十九");
}

TEST_CASE("labels past ten use the same counting") {
    CHECK(heading_label(1, 10) == "十、");
    CHECK(heading_label(1, 11) == "十一、");
    CHECK(heading_label(2, 20) == "（二十）");
    CHECK(heading_label(3, 10) == "10.");
    CHECK(heading_label(4, 11) == "（11）");
    CHECK(item_label(item_style::shi, 11) == "十一是");
    CHECK(item_label(item_style::di, 10) == "第十，");
}
