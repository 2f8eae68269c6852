#include "core/library/origins.hpp"

#include <charconv>
#include <cstdint>
#include <fmt/format.h>

namespace reportkit {
namespace {

void append_runs(std::string& out, const runs& rs) {
    for (const run& r : rs)
        out += r.kind == run_kind::field ? std::string(field_token) : r.text;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == sep) {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    return parts;
}

} // namespace

// FNV-1a, 64 bits: stable across builds and platforms, and enough to tell an edit.
std::string text_fingerprint(std::string_view normalized) {
    std::uint64_t hash = 14695981039346656037ull;
    for (char c : normalized) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return fmt::format("{:016x}", hash);
}

std::string normalized_text(const std::vector<const block*>& blocks) {
    std::string out;
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (i > 0) out += '\n';
        append_runs(out, blocks[i]->heading);
        append_runs(out, blocks[i]->content);
    }
    return out;
}

std::string section_fingerprint(const library& lib, const section& s) {
    numbering_state numbers;
    plan p = plan_section(lib, s, numbers);
    std::vector<const block*> blocks;
    for (const block& b : p.blocks)
        blocks.push_back(&b);
    return text_fingerprint(normalized_text(blocks));
}

std::string shown_section_text(const plan& p, const shown_value& shown) {
    std::string out;
    for (size_t i = 0; i < p.blocks.size(); ++i) {
        if (i > 0) out += '\n';
        out += runs_text(p.blocks[i].heading, shown) + runs_text(p.blocks[i].content, shown);
    }
    return out;
}

std::vector<planned_section> planned_sections(const plan& p) {
    std::vector<planned_section> out;
    for (size_t i = 0; i < p.blocks.size();) {
        size_t end = i + 1;
        // A heading opens a section: the same section included twice in a row is two sections.
        while (end < p.blocks.size() && p.blocks[end].section_id == p.blocks[i].section_id &&
               p.blocks[end].kind != block_kind::heading)
            ++end;
        if (!p.blocks[i].section_id.empty()) {
            std::vector<const block*> blocks;
            for (size_t j = i; j < end; ++j)
                blocks.push_back(&p.blocks[j]);
            out.push_back({p.blocks[i].section_id, i, end - i, text_fingerprint(normalized_text(blocks))});
        }
        i = end;
    }
    return out;
}

std::string format_origins(const std::vector<section_origin>& origins) {
    std::string out;
    for (const section_origin& o : origins)
        out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\n", o.mark, o.library_id, to_string(o.library_version),
                           o.section_id, o.fingerprint, o.paragraphs);
    return out;
}

std::vector<section_origin> parse_origins(std::string_view text) {
    std::vector<section_origin> out;
    for (std::string_view line : split(text, '\n')) {
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        auto parts = split(line, '\t');
        if (parts.size() < 5 || parts.size() > 6 || parts[0].empty() || parts[1].empty() || parts[3].empty())
            continue;
        auto v = parse_version(parts[2]);
        int paragraphs = 0;
        if (parts.size() == 6) {
            auto [end, ec] = std::from_chars(parts[5].data(), parts[5].data() + parts[5].size(), paragraphs);
            if (ec != std::errc() || end != parts[5].data() + parts[5].size()) continue;
        }
        if (!v) continue;
        out.push_back({std::string(parts[0]), std::string(parts[1]), *v, std::string(parts[3]),
                       std::string(parts[4]), paragraphs});
    }
    return out;
}

std::string next_mark(const std::vector<section_origin>& origins) {
    unsigned long highest = 0;
    for (const section_origin& o : origins) {
        std::string_view m = o.mark;
        if (!m.starts_with(mark_prefix)) continue;
        m.remove_prefix(mark_prefix.size());
        unsigned long n = 0;
        auto [end, ec] = std::from_chars(m.data(), m.data() + m.size(), n);
        if (ec == std::errc() && end == m.data() + m.size()) highest = std::max(highest, n);
    }
    return fmt::format("{}{}", mark_prefix, highest + 1);
}

std::vector<section_status>
section_statuses(const std::vector<section_origin>& origins,
                 const std::function<std::optional<std::string>(const section_origin&)>& fingerprint_now,
                 const std::function<library_ptr(const std::string& id)>& find) {
    std::vector<section_status> out;
    for (const section_origin& o : origins) {
        std::optional<std::string> now = fingerprint_now(o);
        if (!now) continue;
        library_ptr lib = find(o.library_id);
        const section* s = lib ? lib->find_section(o.section_id) : nullptr;
        if (!s) continue;
        section_status st;
        st.origin = o;
        st.title = s->title;
        st.newest = lib->ver;
        st.edited = *now != o.fingerprint;
        st.outdated = lib->ver > o.library_version && section_fingerprint(*lib, *s) != o.fingerprint;
        out.push_back(std::move(st));
    }
    return out;
}

} // namespace reportkit
