#include "core/library/model.hpp"

#include <charconv>
#include <functional>

namespace reportkit {

std::optional<version> parse_version(std::string_view s) {
    version v;
    int* parts[] = {&v.major, &v.minor, &v.patch};
    const char* p = s.data();
    const char* end = s.data() + s.size();
    for (int i = 0; i < 3; ++i) {
        if (i > 0) {
            if (p == end || *p != '.') return std::nullopt;
            ++p;
        }
        if (p == end || *p < '0' || *p > '9') return std::nullopt; // from_chars would take a sign
        auto [next, ec] = std::from_chars(p, end, *parts[i]);
        if (ec != std::errc()) return std::nullopt;
        p = next;
    }
    if (p != end) return std::nullopt;
    return v;
}

std::string to_string(const version& v) {
    return std::to_string(v.major) + "." + std::to_string(v.minor) + "." + std::to_string(v.patch);
}

namespace {

constexpr std::pair<field_type, const char*> field_type_names[] = {
    {field_type::integer, "integer"}, {field_type::decimal, "decimal"}, {field_type::percent, "percent"},
    {field_type::amount, "amount"},   {field_type::year, "year"},       {field_type::text, "text"},
};
constexpr std::pair<grouping, const char*> grouping_names[] = {
    {grouping::none, "none"}, {grouping::comma, "comma"}, {grouping::thin, "thin"}};

// An attribute's word for a value of a list of names, and back; the last entry for an unknown value.
template <class E, size_t N> const char* name_of(const std::pair<E, const char*> (&names)[N], E value) {
    for (auto& [v, name] : names)
        if (v == value) return name;
    return names[N - 1].second;
}

template <class E, size_t N>
std::optional<E> value_named(const std::pair<E, const char*> (&names)[N], std::string_view s) {
    for (auto& [v, name] : names)
        if (s == name) return v;
    return std::nullopt;
}

} // namespace

const char* to_string(field_type t) {
    return name_of(field_type_names, t);
}

std::optional<field_type> parse_field_type(std::string_view s) {
    return value_named(field_type_names, s);
}

const char* to_string(grouping g) {
    return name_of(grouping_names, g);
}

std::optional<grouping> parse_grouping(std::string_view s) {
    return value_named(grouping_names, s);
}

void name_index::grow() {
    std::vector<slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, slot{});
    size_t mask = slots_.size() - 1;
    for (const slot& s : old) {
        if (s.pos == npos) continue;
        size_t i = s.hash & mask;
        while (slots_[i].pos != npos)
            i = (i + 1) & mask;
        slots_[i] = s;
    }
}

size_t name_index::hash(std::string_view s) {
    return std::hash<std::string_view>{}(s);
}

namespace {
template <class T, class Name>
const T* find_in(const std::vector<T>& items, const name_index& index, std::string_view name,
                 Name T::*member) {
    size_t pos = index.find(name, [&](size_t p) { return std::string_view(items[p].*member); });
    return pos == name_index::npos ? nullptr : &items[pos];
}
} // namespace

const field* library::find_field(std::string_view key) const {
    return find_in(fields, field_index, key, &field::key);
}

const section* library::find_section(std::string_view id) const {
    return find_in(sections, section_index, id, &section::id);
}

const outline* library::find_outline(std::string_view id) const {
    return find_in(outlines, outline_index, id, &outline::id);
}

layout_kind layout_of(const library& lib, const outline* o) {
    if (o && o->layout) return *o->layout;
    return lib.layout.value_or(layout_kind::gbt9704);
}

} // namespace reportkit
