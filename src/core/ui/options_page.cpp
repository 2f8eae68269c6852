#include "core/ui/options_page.hpp"

#include "core/data/values.hpp"
#include "core/ui/messages.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace reportkit {
namespace {

// The one place that says which thresholds the standard choices store. "Always" is 1,000:
// every number that has thousands gets a separator.
constexpr long long always = 1000;

std::string written(long long n, grouping g, long long group_from) {
    return format_number(static_cast<double>(n), field_type::integer, -1, {g, group_from});
}

// "Commas from 10,000 (3297, 23,456)" / "10,000 起用逗号分隔（3297、23,456）"
grouping_choice choice(std::optional<grouping> g, long long group_from, message name,
                       std::string_view language) {
    std::string label = text(name, language, written(group_from, grouping::comma, always));
    if (g) {
        grouping shown = group_from > 0 ? *g : grouping::none;
        label += text(message::options_grouping_examples, language, written(3297, shown, group_from),
                      written(23456, shown, group_from));
    }
    return {g, group_from, label};
}

message threshold_name(grouping g) {
    return g == grouping::thin ? message::options_grouping_thin_from : message::options_grouping_comma_from;
}

} // namespace

std::optional<grouping> grouping_setting(std::string_view stored) {
    return parse_grouping(stored);
}

std::string grouping_setting_text(const std::optional<grouping>& g) {
    return g ? to_string(*g) : "";
}

std::vector<grouping_choice> grouping_choices(const settings& current, std::string_view language) {
    long long from = current.group_thousands_from;
    std::vector<grouping_choice> choices{
        choice(std::nullopt, from, message::options_grouping_library, language),
        choice(grouping::none, from, message::options_grouping_none, language),
        choice(grouping::comma, default_group_from, message::options_grouping_comma_from, language),
        choice(grouping::thin, default_group_from, message::options_grouping_thin_from, language),
        choice(grouping::comma, always, message::options_grouping_always, language),
    };
    if (grouping_index(choices, current) == 0 && current.group)
        choices.push_back(
            choice(current.group, std::max(from, always), threshold_name(*current.group), language));
    return choices;
}

std::size_t grouping_index(const std::vector<grouping_choice>& choices, const settings& current) {
    if (!current.group) return 0;
    long long from = current.group_thousands_from;
    if (*current.group == grouping::none || from <= 0) return 1;
    from = std::max(from, always); // nothing below 1,000 has a separator to show
    for (std::size_t i = 2; i < choices.size(); ++i)
        if (choices[i].group == current.group && choices[i].group_from == from) return i;
    return 0;
}

std::string folder_entry(std::string_view folder) {
    while (folder.size() > 1 && folder.back() == '/')
        folder.remove_suffix(1);
    return std::string(folder);
}

folder_check check_folder(const std::vector<std::string>& folders, std::string_view folder) {
    if (folder.empty()) return folder_check::empty;
    if (folder.front() != '/') return folder_check::relative;
    for (const std::string& f : folders)
        if (folder_entry(f) == folder_entry(folder)) return folder_check::duplicate;
    return folder_check::ok;
}

std::string folder_check_text(folder_check check, std::string_view folder, std::string_view language) {
    switch (check) {
    case folder_check::relative:
        return text(message::options_folder_relative, language) + std::string(folder);
    case folder_check::duplicate:
        return text(message::options_folder_duplicate, language) + std::string(folder);
    case folder_check::ok:
    case folder_check::empty:
        break;
    }
    return {};
}

} // namespace reportkit
