#include "core/library/number_words.hpp"

#include <array>
#include <cmath>
#include <fmt/format.h>

namespace reportkit {
namespace {

constexpr std::array<std::string_view, 4> words_before = {"近", "超过", "约", "上"};
constexpr std::array<std::string_view, 2> words_after = {"余", "多"};

} // namespace

std::optional<approx_words> parse_approx(std::string_view s) {
    approx_words w;
    for (std::string_view b : words_before)
        if (s.starts_with(b)) {
            w.before = b;
            s.remove_prefix(b.size());
            break;
        }
    for (std::string_view a : words_after)
        if (s == a) {
            w.after = a;
            s = {};
        }
    if (!s.empty() || (w.before.empty() && w.after.empty())) return std::nullopt;
    if (!w.before.empty() && !w.after.empty() && w.before != "近")
        return std::nullopt; // 超过500余 says it twice
    return w;
}

std::optional<double> scale_factor(std::string_view s) {
    if (s == "万") return 1e4;
    if (s == "亿") return 1e8;
    return std::nullopt;
}

std::string number_words_problem(field_type type, std::string_view approx, std::string_view scale) {
    auto words = parse_approx(approx);
    bool counted = type == field_type::integer || type == field_type::decimal || type == field_type::amount;
    if (words && (type == field_type::year || type == field_type::text))
        return fmt::format("approx is for numbers, not {} fields", to_string(type));
    if (!scale.empty() && !counted)
        return fmt::format("scale is for integer, decimal and amount fields, not {}", to_string(type));
    if (words && words->magnitude() && type != field_type::integer)
        return fmt::format("approx=上 (上千) is for integer fields, not {}", to_string(type));
    if (words && words->magnitude() && !scale.empty())
        return "approx=上 writes the order of magnitude itself (上千, 上万): it takes no scale";
    return {};
}

std::string magnitude_word(double value) {
    static const char* const words[] = {"十", "百", "千", "万", "十万", "百万", "千万", "亿"};
    double v = std::fabs(value);
    if (!(v >= 10)) return {};
    auto order = static_cast<size_t>(std::floor(std::log10(v) + 1e-12));
    if (order > std::size(words)) return fmt::format("{}亿", magnitude_word(v / 1e8));
    return words[order - 1];
}

} // namespace reportkit
