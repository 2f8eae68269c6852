// Turning an existing report into a library: its numbered headings become sections and an
// outline, its numbers (and the "X" or 【待填：…】 written where a number goes) become fields.
// The result is a starting point for a maintainer, who then renames ids and checks labels.
#pragma once

#include "core/diag/diagnostic.hpp"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

struct import_options {
    std::string library_id = "imported";
    std::string title;  // the library's title; empty: the report's title line
    std::string source; // the file the text came from, named in a comment of the output
    std::string version = "0.1.0";
};

// A number found in the text, under the key of the field that took its place.
struct imported_value {
    std::string key, label, unit;
    std::string value;   // as written, e.g. "18", "97.4%"; empty for an "X" or a 【待填：…】 marker
    std::string context; // the clause it stood in, the number shown as 【…】, for the review list
    std::string type = "integer";  // as declared: integer, decimal, percent, amount or text
    int decimals = -1;             // declared places, -1: the type's default
    std::string approx = {};       // on the placeholder: 余, 多, 近, 超过, 约
    std::string percent_sign = {}; // "％" when the report wrote it so, else empty
};

// A part of the report: a section (a heading with its text, the opening or the closing), or a
// heading with no text of its own, kept in the outline.
struct imported_part {
    std::string id, title, note, category;
    int level = 0;
    bool run_in = false;
    std::vector<std::string> contents; // each a <p>'s content; none: a heading of the outline
};

struct import_result {
    // Text no library can hold (a NUL or other control character, a literal "{{"), each at its
    // line and column of the input; when there is any, nothing is made and `xml` is empty.
    diagnostics problems;
    std::string xml;                    // a format-1 library that lints without errors
    std::vector<imported_value> values; // in document order, each a <field/>
    std::vector<imported_part> parts;   // in document order
    std::string report_title;           // the report's title line, empty when it had none
    std::string title_content;          // that line as a <title>'s content, its X a placeholder
    std::string library_title;
    int sections = 0;                  // sections made (headings with text, and the opening)
    int headings = 0;                  // headings with no text of their own, kept in the outline
    bool unwrapped = false;            // the lines were broken at a page width and were joined
    size_t contents = 0;               // lines of a table of contents at the top, left out
    std::vector<std::string> warnings; // text left out that a maintainer should know of
};

// `text` is the report in UTF-8, one paragraph a line (or hard-wrapped lines, as copied from a
// PDF), heading numbers typed or as Writer shows them (一、 / （一） / 1. / （1））. Vertical
// tabs (Word's line breaks) and form feeds (page breaks) end a line; tabs stay.
import_result import_report_text(std::string_view text, const import_options& options = {});

// The library file of an import: a <field/> for each value, a <section> for each part with text,
// and the outline "report" of every part under the title line. A reviewed import (its parts and
// values changed) is written the same way.
std::string imported_library_xml(const import_result& r, const import_options& options);

// A heading number at the start of a line (一、 / （一） / 1. / （1））: its level 1..4 and its
// length in bytes; level 0 when the line starts with none.
struct heading_number {
    int level = 0;
    size_t length = 0;
};
heading_number heading_number_of(std::string_view line);

// Paragraphs already known to be one section's text, converted as import_report_text converts a
// section's: each a <p>'s content (escaped text, {{key}} placeholders, <item>s), the keys
// `<key_prefix>.n1`, `.n2` … in `values`, each label made unique among `labels` (then added).
struct imported_paragraphs {
    std::vector<std::string> contents;
    std::vector<imported_value> values;
};
imported_paragraphs import_paragraphs(const std::vector<std::string>& paragraphs,
                                      const std::string& key_prefix, const std::string& title,
                                      std::set<std::string>& labels);

// One line of a library's <fields>: <field key type [percent-sign] [unit] [decimals] label/>, the
// optional attributes only when set (`decimals` < 0: none), each value escaped.
std::string field_declaration(std::string_view key, std::string_view type, std::string_view percent_sign,
                              std::string_view unit, int decimals, std::string_view label);

// The line opening a <section> (indented two spaces): id, title, [note], level, [run-in], category,
// each value escaped.
std::string section_start_tag(std::string_view id, std::string_view title, std::string_view note, int level,
                              bool run_in, std::string_view category);

// The found values as a data sheet: the skeleton's columns with the values filled in.
std::string imported_values_csv(const std::vector<imported_value>& values);

// A short list for the maintainer to confirm each field made: key, label, unit, value and the
// clause it came from, one field a line (tab-separated).
std::string imported_review(const std::vector<imported_value>& values, const std::string& source);

} // namespace reportkit
