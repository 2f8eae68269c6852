// The section library model: fields, sections and outlines as loaded from one library file.
// Everything here is immutable once the loader hands it out.
#pragma once

#include "core/diag/diagnostic.hpp"
#include "core/layout/page_layout.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

// A position inside the library file (its path is library::path); 1-based, columns in characters.
struct text_position {
    int line = 0;
    int column = 0;
};

// Semantic version "major.minor.patch".
struct version {
    int major = 0, minor = 0, patch = 0;
    friend auto operator<=>(const version&, const version&) = default;
};
std::optional<version> parse_version(std::string_view s);
std::string to_string(const version& v);

enum class field_type { integer, decimal, percent, amount, year, text };
const char* to_string(field_type t);
std::optional<field_type> parse_field_type(std::string_view s);

// How the digits of a large number are grouped: 23456, 23,456 or 23 456 (a narrow no-break space).
enum class grouping { none, comma, thin };
const char* to_string(grouping g);
std::optional<grouping> parse_grouping(std::string_view s);

// A declared value: <field key="study.sessions" type="integer" unit="次" label="…"/>.
struct field {
    std::string key;
    field_type type = field_type::integer;
    std::string unit;    // shown after the number: 次, 篇, 万元 …
    std::string label;   // what people call it; used in markers and data sheets
    std::string formula; // non-empty for a derived field
    int decimals = -1;   // -1: the type's default
    std::string approx; // "", or approximate wording: 余, 多, 近, 超过, 约, 上, 近余 (number_words.hpp)
    std::string scale;               // "", 万 or 亿: the number shown in that unit (220万)
    grouping group = grouping::none; // its own grouping attribute, else its library's
    std::string percent_sign = "%";  // "%" or the full-width "％" (96％): its own, else its library's
    text_position where;
};

// Options written inside a placeholder: {{key|approx=余|decimals=1}}.
struct placeholder_options {
    std::string approx;
    std::string scale{};
    int decimals = -1;
};

// One piece of inline content. Items (一是……) are counted markers inside a paragraph.
enum class run_kind { text, field, item };
struct run {
    run_kind kind = run_kind::text;
    std::string text; // literal text (text) or the field key (field); empty for item
    placeholder_options options;
    text_position where;
    std::string marker; // a field's 【待填：…】 in a rendering plan; empty in the library
};
using runs = std::vector<run>;

// How the items of a paragraph are introduced: 一是 / 第一，
enum class item_style { shi, di };

struct paragraph {
    runs content;
    item_style items = item_style::shi;
    text_position where;
};

// A reusable passage. Level 1..4 gives it a heading of that level; level 0 is a passage
// without a heading (an opening or closing paragraph).
struct section {
    std::string id;
    std::string title;
    std::string note; // tells variants with the same title apart
    std::string category;
    std::vector<std::string> tags;
    std::string summary;
    int level = 1;
    bool run_in = false; // the heading opens the first paragraph: "（一）标题。正文……"
    std::vector<paragraph> paragraphs;
    text_position where;
};

// issuer and date: the closing block (落款), the issuing body and the date of writing.
enum class outline_item_kind { title, paragraph, heading, include, issuer, date };
struct outline_item {
    outline_item_kind kind = outline_item_kind::paragraph;
    int level = 0;          // heading level 1..4
    runs content;           // title, paragraph, heading, issuer or date text
    std::string section_id; // include
    text_position where;
};

// A whole report skeleton: the title, opening, headings and included sections in order.
struct outline {
    std::string id;
    std::string title;
    int start = 1; // the number of its first heading: 2 for an excerpt that starts at 二、
    std::string summary;
    std::vector<outline_item> items;
    std::optional<layout_kind> layout; // absent: the library's
    text_position where;
};

// Positions in one of a library's vectors by key or id, found in constant time. It keeps
// positions and hashes, never pointers, so a copied library stays valid; one allocation in all.
class name_index {
public:
    static constexpr size_t npos = static_cast<size_t>(-1);

    // Records `pos` under `name`; name_at(p) gives the name at a position recorded before.
    // A name already there keeps its first position, which is returned.
    template <class NameAt> size_t insert(std::string_view name, size_t pos, const NameAt& name_at) {
        if ((size_ + 1) * 4 > slots_.size() * 3) grow();
        size_t h = hash(name), mask = slots_.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            slot& s = slots_[i];
            if (s.pos == npos) {
                s = {h, pos};
                ++size_;
                return pos;
            }
            if (s.hash == h && name_at(s.pos) == name) return s.pos;
        }
    }

    // The position recorded under `name`, or npos.
    template <class NameAt> size_t find(std::string_view name, const NameAt& name_at) const {
        if (slots_.empty()) return npos;
        size_t h = hash(name), mask = slots_.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            const slot& s = slots_[i];
            if (s.pos == npos) return npos;
            if (s.hash == h && name_at(s.pos) == name) return s.pos;
        }
    }

    size_t size() const { return size_; }

private:
    struct slot {
        size_t hash = 0;
        size_t pos = npos;
    };
    void grow();
    static size_t hash(std::string_view s);

    std::vector<slot> slots_; // a power of two long, at most three quarters full
    size_t size_ = 0;
};

// One line of a library's change history: <change version="1.1.0">…</change>, written when a
// maintainer publishes that version.
struct change_note {
    version ver;
    std::string text;
    text_position where;
};

struct library {
    std::string id;
    version ver;
    std::string lang;
    std::string title;
    grouping group = grouping::none; // the default of its fields
    std::string percent_sign = "%";  // the default of its fields: "%" or "％"
    std::string summary;
    std::string path;                  // the file it came from
    std::optional<layout_kind> layout; // absent: gbt9704
    std::vector<field> fields;
    std::vector<section> sections;
    std::vector<outline> outlines;
    std::vector<change_note> changes; // in file order, the newest last

    // Positions in the vectors above by key or id; the loader fills them (first of duplicates).
    name_index field_index, section_index, outline_index;

    const field* find_field(std::string_view key) const;
    const section* find_section(std::string_view id) const;
    const outline* find_outline(std::string_view id) const;
};

using library_ptr = std::shared_ptr<const library>;

// The page layout an outline is printed in: its own, else its library's, else GB/T 9704.
layout_kind layout_of(const library& lib, const outline* o);

} // namespace reportkit
