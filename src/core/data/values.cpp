#include "core/data/values.hpp"

#include "core/data/formula.hpp"
#include "core/library/number_words.hpp"
#include "core/text/trim.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fmt/format.h>

namespace reportkit {
namespace {

// Half away from zero at `decimals` places; the nudge keeps 1.005 → 1.01 despite binary fractions,
// and is capped so that it never moves a large number (10^15 stays 10^15).
double round_half_away(double v, int decimals) {
    double scale = std::pow(10.0, decimals);
    double scaled = v * scale;
    scaled += std::copysign(std::min(std::fabs(scaled) * 1e-12, 1e-6) + 1e-9, scaled);
    return std::round(scaled) / scale;
}

// A narrow no-break space (U+202F): thin, and a number never breaks across lines at it.
constexpr std::string_view thin_space = "\u202F";

std::string group_thousands(std::string digits, grouping g) {
    std::string_view separator = g == grouping::thin ? thin_space : ",";
    std::string out;
    size_t n = digits.size();
    for (size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return out;
}

// `decimals` places, trailing zeros dropped when `trim`; thousands grouped as `style` says.
std::string write_number(double v, int decimals, bool trim, const number_style& style) {
    double r = round_half_away(v, decimals);
    if (r == 0) r = 0; // no "-0"
    std::string s = fmt::format("{:.{}f}", std::fabs(r), decimals);
    if (trim && s.find('.') != std::string::npos) {
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    size_t point = s.find('.');
    std::string whole = s.substr(0, point), fraction = point == std::string::npos ? "" : s.substr(point);
    if (style.group != grouping::none && style.group_from > 0 &&
        std::fabs(r) >= static_cast<double>(style.group_from))
        whole = group_thousands(whole, style.group);
    return (r < 0 ? "-" : "") + whole + fraction;
}

// A scaled value cut to `places` so that the words stay true: 余/多 never claim more than there
// is (2,236,000 → 223万余), 近 never less (4,951,000 → 近496万); otherwise rounded.
double scaled(double v, int places, const approx_words& words) {
    double scale = std::pow(10.0, places), nudge = 1e-9 * std::max(1.0, std::fabs(v * scale));
    if (!words.after.empty()) return std::trunc(v * scale + std::copysign(nudge, v)) / scale;
    if (words.before == "近") return std::ceil(v * scale - nudge) / scale;
    return v;
}

// A number written as text: "1,234", "１２３", "+5", "97.4%" (percent set), "18次" (the unit).
// `bad_commas` is set when commas stand where thousands separators cannot (12,5 or 1,2,3).
std::optional<double> parse_number_text(std::string_view text, std::string_view unit, bool& percent,
                                        bool& bad_commas) {
    std::string s;
    std::string t = trimmed(text);
    for (size_t i = 0; i < t.size();) {
        auto c = static_cast<unsigned char>(t[i]);
        // Full-width digits, point, minus, percent sign and comma (U+FF10.., U+FF0E, U+FF0D, U+FF05, U+FF0C).
        if (c == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xBC) {
            auto d = static_cast<unsigned char>(t[i + 2]);
            if (d >= 0x90 && d <= 0x99)
                s += static_cast<char>('0' + d - 0x90);
            else if (d == 0x8E)
                s += '.';
            else if (d == 0x8D)
                s += '-';
            else if (d == 0x85)
                s += '%';
            else if (d == 0x8C)
                s += ',';
            else
                s += t.substr(i, 3);
            i += 3;
            continue;
        }
        s += t[i];
        ++i;
    }
    if (!unit.empty() && s.size() > unit.size() && s.ends_with(unit)) s.resize(s.size() - unit.size());
    percent = !s.empty() && s.back() == '%';
    if (percent) s.pop_back();
    bad_commas = !commas_group_thousands(s);
    if (bad_commas) return std::nullopt;
    std::erase(s, ',');
    if (!s.empty() && s.front() == '+') s.erase(0, 1);
    if (s.empty()) return std::nullopt;
    double v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

// The values a sheet may give each type; anything outside is a typing slip or a unit mix-up.
constexpr double largest_number = 1e15;
constexpr double largest_percent = 10; // ±1000%
constexpr double first_year = 1900, last_year = 2100;

// The allowed range for the field's type as people read it, or nothing when `v` is inside it.
std::optional<std::string> outside_range(field_type type, double v) {
    switch (type) {
    case field_type::year:
        if (v >= first_year && v <= last_year) return std::nullopt;
        return "1900–2100";
    case field_type::percent:
        if (std::fabs(v) <= largest_percent) return std::nullopt;
        return "-1000% – 1000%";
    default:
        if (std::fabs(v) <= largest_number) return std::nullopt;
        return "-1,000,000,000,000,000 – 1,000,000,000,000,000";
    }
}

field_value invalid(const data_entry& e, phrase why) {
    field_value v;
    v.status = value_status::invalid;
    v.message = std::move(why);
    v.cell = e.cell;
    v.text = e.value.text;
    return v;
}

field_value filled(const data_entry& e, double number) {
    field_value v;
    v.status = value_status::filled;
    v.number = number;
    v.text = e.value.text;
    v.cell = e.cell;
    return v;
}

} // namespace

std::string format_number(double value, field_type type, int decimals, const number_style& style) {
    switch (type) {
    case field_type::year:
        return write_number(value, 0, false, {});
    case field_type::integer:
        return write_number(value, 0, false, style);
    case field_type::percent:
        // At most the declared places: 97.4%, but 95% rather than 95.0%.
        return write_number(value * 100, decimals < 0 ? 1 : decimals, true, style) +
               std::string(style.percent_sign);
    case field_type::decimal:
    case field_type::amount:
        return write_number(value, decimals < 0 ? 2 : decimals, decimals < 0, style);
    case field_type::text:
        break;
    }
    return write_number(value, 2, true, {});
}

std::string format_value(double value, bool change, const field& f, const placeholder_options& p,
                         const format_options& options) {
    number_style style{options.forced.value_or(f.group), options.group_from, f.percent_sign};
    int decimals = p.decimals >= 0 ? p.decimals : f.decimals;
    if (change) {
        std::string size = format_number(std::fabs(value), f.type, decimals, style);
        if (format_number(0, f.type, decimals, style) == size) return "持平";
        return (value > 0 ? "增长" : "下降") + size;
    }
    approx_words words = parse_approx(p.approx.empty() ? f.approx : p.approx).value_or(approx_words{});
    if (words.magnitude()) {
        if (std::string m = magnitude_word(value); !m.empty()) return words.before + m;
        words = {}; // below 10 there is no order to name: the number itself
    }
    const std::string& scale = p.scale.empty() ? f.scale : p.scale;
    std::string number;
    if (auto factor = scale_factor(scale)) {
        int places = decimals >= 0 ? decimals : 2;
        number = write_number(scaled(value / *factor, places, words), places, decimals < 0, style) + scale;
    } else {
        number = format_number(value, f.type, decimals, style);
    }
    return words.before + number + words.after;
}

// Whether every comma in `s` (ASCII digits, one optional sign) separates thousands: 1,234,567.5.
bool commas_group_thousands(std::string_view s) {
    size_t point = std::min(s.find('.'), s.size());
    if (s.find(',') == std::string_view::npos) return true;
    if (s.find(',', point) != std::string_view::npos) return false;
    std::string_view whole = s.substr(0, point);
    if (!whole.empty() && (whole[0] == '-' || whole[0] == '+')) whole.remove_prefix(1);
    size_t group = 0;
    bool first = true;
    for (char c : whole) {
        if (c == ',') {
            if (group == 0 || group > 3 || (!first && group != 3)) return false;
            first = false;
            group = 0;
        } else if (c >= '0' && c <= '9') {
            ++group;
        } else {
            return false;
        }
    }
    return group == 3;
}

std::optional<double> amount_unit_factor(std::string_view unit) {
    static const std::pair<std::string_view, double> units[] = {
        {"元", 1}, {"千元", 1e3}, {"万元", 1e4}, {"百万元", 1e6}, {"亿元", 1e8}};
    for (auto [name, factor] : units)
        if (unit == name) return factor;
    return std::nullopt;
}

field_value read_cell(const field& f, const data_entry& e) {
    const cell_value& c = e.value;
    if (c.kind == cell_kind::empty || (c.kind == cell_kind::text && trimmed(c.text).empty())) {
        field_value v;
        v.message = phrase(message::value_empty, f.key);
        v.cell = e.cell;
        return v;
    }
    if (f.type == field_type::text) return filled(e, c.number);

    double number = c.number;
    bool percent = c.percent;
    if (c.kind == cell_kind::text) {
        bool bad_commas = false;
        auto parsed = parse_number_text(c.text, f.unit, percent, bad_commas);
        if (bad_commas) return invalid(e, phrase(message::commas_not_grouping, c.text));
        if (!parsed) return invalid(e, phrase(message::not_a_number, c.text, f.key, to_string(f.type)));
        number = *parsed;
    }
    switch (f.type) {
    case field_type::integer:
        if (percent || std::fabs(number - std::round(number)) > 1e-9)
            return invalid(e, phrase(message::not_whole, c.text, f.key));
        break;
    case field_type::year:
        if (std::fabs(number - std::round(number)) > 1e-9)
            return invalid(e, phrase(message::not_a_year, c.text));
        break;
    case field_type::percent:
        // Calc keeps 97.4% as 0.974; "97.4%" as text and a plain 97.4 mean the same.
        if (!(c.kind == cell_kind::number && c.percent) && (percent || std::fabs(number) > 1)) number /= 100;
        break;
    case field_type::amount:
        if (!e.unit.empty() && e.unit != f.unit) {
            auto from = amount_unit_factor(e.unit), to = amount_unit_factor(f.unit);
            if (!from || !to) return invalid(e, phrase(message::unconvertible_unit, e.unit, f.unit));
            number = number * *from / *to;
        }
        break;
    default:
        if (percent && c.kind == cell_kind::text) number /= 100;
        break;
    }
    if (auto range = outside_range(f.type, number)) // NaN and infinities are outside every range
        return invalid(e, phrase(message::out_of_range, c.text, f.key, *range));
    return filled(e, number);
}

value_resolver::value_resolver(field_lookup fields, const data_table* table, format_options options)
    : fields_(std::move(fields)), table_(table), options_(options) {}

const field_value& value_resolver::value(const std::string& key) {
    if (auto i = values_.find(key); i != values_.end()) return i->second;
    field_value v;
    const field* f = fields_(key);
    if (!f) {
        v.status = value_status::invalid;
        v.message = phrase(message::undeclared_field, key);
    } else if (!f->formula.empty()) {
        auto parsed = formula::parse(f->formula);
        if (auto* e = std::get_if<formula_error>(&parsed)) {
            v.status = value_status::invalid;
            v.message = phrase(message::bad_formula, key, e->message);
        } else if (std::find(computing_.begin(), computing_.end(), key) != computing_.end()) {
            // Every field on the loop reports the loop itself.
            cycle_.clear();
            for (auto i = std::find(computing_.begin(), computing_.end(), key); i != computing_.end(); ++i)
                cycle_ += *i + " → ";
            cycle_ += key;
            static const field_value loop = invalid(data_entry{}, phrase(message::on_a_loop));
            return loop;
        } else if (computing_.size() >= static_cast<size_t>(max_derived_chain)) {
            // Not kept: asked directly, the same field may be near enough to its inputs.
            too_deep_ = invalid(data_entry{}, phrase(message::derived_too_deep, computing_.front(),
                                                     std::to_string(max_derived_chain)));
            return too_deep_;
        } else {
            computing_.push_back(key);
            const formula& fm = std::get<formula>(parsed);
            std::string missing_input;
            formula_value r = fm.evaluate([&](const std::string& k) -> formula_value {
                const field_value& in = value(k);
                const field* inf = fields_(k);
                if (in.status == value_status::filled && inf && inf->type == field_type::text)
                    return {0, phrase(message::input_is_text, k)};
                if (in.status == value_status::missing) missing_input = k;
                if (in.status != value_status::filled)
                    return {0, phrase(message::input_unusable, k, in.message)};
                return {in.number, {}};
            });
            computing_.pop_back();
            if (r.ok()) {
                v.status = value_status::filled;
                v.number = r.value;
                v.change = fm.result_kind() == formula_result_kind::change;
            } else if (!cycle_.empty()) {
                v.status = value_status::invalid;
                v.message = phrase(message::formula_loop, cycle_);
            } else if (!too_deep_.message.empty()) {
                v.status = value_status::invalid;
                v.message = too_deep_.message;
            } else if (missing_input.empty()) {
                v.status = value_status::invalid;
                v.message = phrase(message::formula_failed, key, f->formula, r.error);
            } else {
                v.status = value_status::missing;
                v.message = phrase(message::formula_missing_input, key, f->formula, r.error, missing_input);
            }
            if (computing_.empty()) {
                cycle_.clear();
                too_deep_ = {};
            }
        }
    } else if (!table_) {
        v.message = phrase(message::no_sheet_linked);
    } else if (const data_entry* e = table_->find(key)) {
        v = read_cell(*f, *e);
    } else {
        v.message = phrase(message::no_row, key);
    }
    return values_.emplace(key, std::move(v)).first->second;
}

std::string value_resolver::text(const std::string& key, const placeholder_options& p,
                                 const std::string& marker) {
    const field_value& v = value(key);
    if (v.status != value_status::filled) return marker;
    const field* f = fields_(key);
    if (f->type == field_type::text) return trimmed(v.text);
    return format_value(v.number, v.change, *f, p, options_);
}

} // namespace reportkit
