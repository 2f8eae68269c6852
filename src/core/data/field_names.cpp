#include "core/data/field_names.hpp"

#include "core/library/names.hpp"

#include <fmt/format.h>

namespace reportkit {
namespace {

constexpr std::string_view field_prefix = "ReportKit.";

} // namespace

std::string options_text(const placeholder_options& p) {
    std::string text;
    if (!p.approx.empty()) text += "|approx=" + p.approx;
    if (!p.scale.empty()) text += "|scale=" + p.scale;
    if (p.decimals >= 0) text += fmt::format("|decimals={}", p.decimals);
    return text;
}

std::string field_name(const std::string& key, const placeholder_options& p) {
    return std::string(field_prefix) + key + options_text(p);
}

bool parse_field_name(std::string_view name, std::string& key, placeholder_options& p) {
    if (!name.starts_with(field_prefix)) return false;
    name.remove_prefix(field_prefix.size());
    size_t bar = name.find('|');
    key = std::string(name.substr(0, bar));
    p = {};
    while (bar != std::string_view::npos) {
        name.remove_prefix(bar + 1);
        bar = name.find('|');
        std::string_view option = name.substr(0, bar);
        if (option.starts_with("approx="))
            p.approx = std::string(option.substr(7));
        else if (option.starts_with("scale="))
            p.scale = std::string(option.substr(6));
        else if (option.starts_with("decimals=") && option.size() == 10 && option[9] >= '0' &&
                 option[9] <= '9')
            p.decimals = option[9] - '0';
    }
    return is_name(key); // ReportKit.Fields and other capitalised names are not placeholders
}

} // namespace reportkit
