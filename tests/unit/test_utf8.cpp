// UTF-8: character boundaries and counts in Chinese text, code points, well-formedness.
#include "core/text/utf8.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

TEST_CASE("continuation bytes are told from the bytes that start characters") {
    std::string_view s = "a中";
    CHECK_FALSE(is_continuation(s[0]));
    CHECK_FALSE(is_continuation(s[1]));
    CHECK(is_continuation(s[2]));
    CHECK(is_continuation(s[3]));
    CHECK(sequence_length(s[0]) == 1);
    CHECK(sequence_length(s[1]) == 3);
    CHECK(sequence_length("é"[0]) == 2);
    CHECK(sequence_length("😀"[0]) == 4);
}

TEST_CASE("offsets inside a character move to its start or past its end") {
    std::string_view s = "办结率X%"; // 办 0..2, 结 3..5, 率 6..8, X 9
    CHECK(character_start(s, 4) == 3);
    CHECK(character_start(s, 3) == 3);
    CHECK(character_start(s, 0) == 0);
    CHECK(character_end(s, 4) == 6);
    CHECK(character_end(s, 6) == 6);
    CHECK(character_end(s, s.size()) == s.size());
    CHECK(character_count(s) == 5);
    CHECK(character_count("") == 0);
}

TEST_CASE("code points are read from their bytes, cut-off characters give none") {
    CHECK(code_point_at("a", 0) == U'a');
    CHECK(code_point_at("办结", 3) == U'结');
    CHECK(code_point_at("é", 0) == U'é');
    CHECK(code_point_at("😀", 0) == U'😀');
    CHECK(code_point_at(std::string_view("办", 2), 0) == 0);
    CHECK(code_point_at("a", 1) == 0);
    for (std::string_view c : {"a", "é", "办", "😀"})
        CHECK(encoded_length(code_point_at(c, 0)) == c.size());
}

TEST_CASE("well-formed UTF-8 is told from other encodings") {
    CHECK(is_valid_utf8("数据表 data"));
    CHECK(is_valid_utf8(""));
    CHECK_FALSE(is_valid_utf8("\xCA\xFD\xBE\xDD")); // 数据 in GBK
    CHECK_FALSE(is_valid_utf8(std::string_view("办", 2)));
    CHECK_FALSE(is_valid_utf8("\x80"));
}
