// Field values: a sheet cell read as a field's type, derived values computed, and the text the
// document shows, written the way the genre writes numbers.
#pragma once

#include "core/data/table.hpp"
#include "core/library/model.hpp"
#include "core/ui/messages.hpp"

#include <functional>
#include <map>
#include <string>

namespace reportkit {

// Where grouping starts when a number is grouped at all: 3297 stays plain, 12,345 is grouped.
// The one default of the setting Data/GroupThousandsFrom (its schema leaves it unset).
constexpr long long default_group_from = 10000;

// How one number is written: its grouping, from which magnitude (0: never).
struct number_style {
    grouping group = grouping::none;
    long long group_from = default_group_from;
    std::string_view percent_sign = "%"; // or the full-width "％"
};

// How the document writes numbers: `forced` (the Options page, render --grouping) wins over
// each field's own grouping.
struct format_options {
    std::optional<grouping> forced{};
    long long group_from = default_group_from;
};

// The number as the genre writes it: plain (23456) unless the style groups it, with a comma
// (23,456) or a narrow no-break space (23 456), from `group_from` up; percentages with a % and at
// most the declared decimals (97.4%); rounding half away from zero (四舍五入). `value` of a
// percent field is a fraction (0.974).
std::string format_number(double value, field_type type, int decimals, const number_style& style = {});

// The whole text of a placeholder: the number with its approximate wording (500余, 近500) or,
// for a change, its direction (增长12.5%, 下降3.2%, 持平).
std::string format_value(double value, bool change, const field& f, const placeholder_options& p,
                         const format_options& options = {});

// Whether every comma in `s` (ASCII digits, one optional sign) separates thousands: 1,234,567.5.
bool commas_group_thousands(std::string_view s);

// Amount units the sheet may use for an amount field: 元, 千元, 万元, 百万元, 亿元.
std::optional<double> amount_unit_factor(std::string_view unit);

enum class value_status { filled, missing, invalid };

// A field's value ready to show, or why not. `cell` is where it came from ("数据!B7").
struct field_value {
    value_status status = value_status::missing;
    double number = 0;
    std::string text; // text fields, and the cell's text as shown
    bool change = false;
    phrase message; // for missing and invalid: why, in one sentence for people
    std::string cell;
};

// Reads a cell as the field's type: numbers from number cells or from text like "1,234",
// "97.4%", "18次"; percentages from fractions (0.974), percent-formatted cells, "97.4%" or
// plain numbers above 1 (97.4); amounts converted from the sheet's unit to the field's.
field_value read_cell(const field& f, const data_entry& e);

// The values of a document's fields from one table: sheet values, and derived values
// computed from them (division by zero, unknown keys and cycles are invalid values).
class value_resolver {
public:
    using field_lookup = std::function<const field*(const std::string&)>;
    value_resolver(field_lookup fields, const data_table* table, format_options options = {});

    const field_value& value(const std::string& key);

    // The text a placeholder shows for `key` with `p`: the value, or its marker when there is none.
    std::string text(const std::string& key, const placeholder_options& p, const std::string& marker);

private:
    field_lookup fields_;
    const data_table* table_;
    format_options options_;
    std::map<std::string, field_value> values_;
    std::vector<std::string> computing_; // keys being computed, to find loops
    std::string cycle_;                  // the loop found while computing, if any
    field_value too_deep_;               // the answer past max_derived_chain
};

} // namespace reportkit
