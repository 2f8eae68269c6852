// A new section made from paragraphs a maintainer selected in Writer: what is proposed for review
// (id, title, level, category, fields found in the numbers), and the library file that holds it,
// written only once it lints clean.
#pragma once

#include "core/diag/diagnostic.hpp"
#include "core/library/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reportkit {

// A number of the selection as a field of the library.
struct draft_field {
    std::string key, label, unit;
    std::string type = "integer"; // integer, decimal, percent, amount, year or text
    std::string approx;           // on the placeholder: 余, 多, 近, 超过, 约
    int decimals = -1;
    std::string percent_sign; // "％" as the text wrote it, else empty
    std::string value;        // as written in the selection; empty for an X
    std::string context;      // the clause, the number shown as 【…】
    bool reused = false;      // a field the library declares already (same label and unit)
    std::string placeholder;  // the key the paragraphs name it by until the draft is written
};

struct imported_value;
// A number the import found, as a field to review: key and placeholder the import's key.
draft_field draft_field_of(const imported_value& v);

struct section_draft {
    std::string id, title, note, category;
    int level = 0;
    bool run_in = false;
    std::vector<std::string> paragraphs; // <p> contents: escaped text, {{placeholder}}, <item>s
    std::vector<draft_field> fields;
};

// A ReportKit placeholder field of the selection: its paragraph's text holds `field_mark` in its
// place, so that it comes through as the same field, never as the text it shows.
struct selected_field {
    std::string key;
    placeholder_options options;
    std::string shown;             // its value, or its 【待填：…】 marker
    std::optional<field> declared; // its declaration in a library the office knows, if any
};

// U+FFFC, the object replacement character, where a field stands in a paragraph's text.
inline constexpr std::string_view field_mark = "\xEF\xBF\xBC";

struct selected_paragraph {
    std::string text;                   // as Writer shows it, each placeholder field as field_mark
    std::vector<selected_field> fields; // in the order of their marks
    selected_paragraph(std::string text_, std::vector<selected_field> fields_ = {})
        : text(std::move(text_)), fields(std::move(fields_)) {}
    selected_paragraph(const char* text_) : text(text_) {}
};

// `paragraphs`: the selected paragraphs in UTF-8, each with the list label Writer shows in front
// of it ("（一）" + text). A first paragraph with a heading number is the title (run-in when it goes
// on after "。"); without one the section has no heading and its title is the text's first words.
// `lib`: the library it will go into, or null for a new one. `category`: the heading of level 1
// above the selection, if any. `outline_level`: the first paragraph's outline level in Writer,
// which makes it a heading of that level even without a number in front.
// Placeholder fields in the paragraphs become fields of the draft under their own keys, declared
// as `lib` or their own library declares them; they take no part in the title.
section_draft propose_section(const std::vector<selected_paragraph>& paragraphs, const library* lib,
                              const std::string& category = {}, int outline_level = 0);

// An id for `title` in `lib` (which may be null): the known words of the title in English
// (学习 → study), else "section", made unique with -2, -3 ….
std::string propose_section_id(std::string_view title, const library* lib);

struct saved_library {
    diagnostics problems; // errors at line:column of `xml`: nothing may be written
    std::string xml;      // the whole library file
    library_ptr lib;      // loaded from `xml` when it lints clean
    bool ok() const { return lib && !has_errors(problems); }
};

// `xml` loaded as the library file `path`: its problems, and the library when it lints clean.
saved_library linted(std::string xml, const std::string& path);

// The draft added to the library file `library_xml` (at `path`): its new fields at the end of
// <fields>, the section before </library>. Linted; `problems` holds the errors, if any.
saved_library add_section(const section_draft& draft, std::string_view library_xml, const std::string& path);

// A new library file `path` with `id` and `title`, holding the draft alone. Linted as above.
saved_library new_library_with(const section_draft& draft, const std::string& id, const std::string& title,
                               const std::string& path);

} // namespace reportkit
