#include "library/model.hpp"

#include <charconv>

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
        auto [next, ec] = std::from_chars(p, end, *parts[i]);
        if (ec != std::errc() || next == p || *parts[i] < 0) return std::nullopt;
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
} // namespace

const char* to_string(field_type t) {
    for (auto& [type, name] : field_type_names)
        if (type == t) return name;
    return "text";
}

std::optional<field_type> parse_field_type(std::string_view s) {
    for (auto& [type, name] : field_type_names)
        if (s == name) return type;
    return std::nullopt;
}

namespace {
template <class T>
const T* find_in(const std::vector<T>& items, const std::map<std::string, size_t, std::less<>>& index,
                 std::string_view key) {
    auto it = index.find(key);
    return it == index.end() ? nullptr : &items[it->second];
}
} // namespace

const field* library::find_field(std::string_view key) const { return find_in(fields, field_index, key); }

const section* library::find_section(std::string_view id) const { return find_in(sections, section_index, id); }

const outline* library::find_outline(std::string_view id) const { return find_in(outlines, outline_index, id); }

} // namespace reportkit
