// The words the genre puts around a number: approximations (500余, 近500, 1000多, 近500余, 上千)
// and scales (220万), parsed from a field's or placeholder's options and checked together.
#pragma once

#include "core/library/model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace reportkit {

// approx="…": a word before the number (近, 超过, 约, 上), one after it (余, 多), or 近 with one
// after it (近余: 近500余).
struct approx_words {
    std::string before, after;
    bool magnitude() const { return before == "上"; } // 上千: the number becomes its order of magnitude
};
std::optional<approx_words> parse_approx(std::string_view s);
inline constexpr const char* approx_help = "余, 多, 近, 超过, 约, 上, or 近 with 余 or 多 (近余)";

// scale="万" or "亿": the number shown in that unit (2,200,000 → 220万).
std::optional<double> scale_factor(std::string_view s);
inline constexpr const char* scale_help = "万 or 亿";

// Why an approx and a scale cannot go together on a field of `type` ("" when they can).
std::string number_words_problem(field_type type, std::string_view approx, std::string_view scale);

// The order of magnitude as the genre says it after 上: 10 → 十, 1000 → 千, 20000 → 万; "" below 10.
std::string magnitude_word(double value);

} // namespace reportkit
