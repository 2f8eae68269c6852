#include "core/ui/options_page.hpp"

#include "core/data/values.hpp"
#include "core/ui/messages.hpp"

#include <fmt/format.h>

namespace reportkit {
namespace {

// The one place that says which GroupThousandsFrom each standard choice stores. "Always" is
// 1,000: every number that has thousands gets a separator.
constexpr long long no_grouping = 0;
constexpr long long from_ten_thousand = 10000;
constexpr long long always = 1000;

std::string written(long long n, long long group_from) {
    return format_number(static_cast<double>(n), field_type::integer, -1, {.group_from = group_from});
}

// "From 10,000 (3297, 23,456)" / "10,000 起分隔（3297、23,456）"
std::string choice_label(message name, long long group_from, std::string_view language) {
    return text(name, language, written(group_from, always)) +
           text(message::options_grouping_examples, language, written(3297, group_from),
                written(23456, group_from));
}

} // namespace

std::vector<grouping_choice> grouping_choices(long long current, std::string_view language) {
    std::vector<grouping_choice> choices{
        {no_grouping, choice_label(message::options_grouping_none, no_grouping, language)},
        {from_ten_thousand, choice_label(message::options_grouping_from, from_ten_thousand, language)},
        {always, choice_label(message::options_grouping_always, always, language)},
    };
    if (current > always && current != from_ten_thousand)
        choices.push_back({current, choice_label(message::options_grouping_from, current, language)});
    return choices;
}

std::size_t grouping_index(const std::vector<grouping_choice>& choices, long long current) {
    if (current <= no_grouping)
        current = no_grouping;
    else if (current < always)
        current = always; // nothing below 1,000 has a separator to show
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (choices[i].group_from == current) return i;
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
