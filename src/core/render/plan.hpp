// Rendering plans: the ordered paragraphs an outline or section becomes, numbers resolved,
// items labelled and each placeholder carrying its marker. The Writer glue and the text
// renderer both walk a plan; neither decides anything itself.
#pragma once

#include "core/library/model.hpp"

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

// issuer and date: the closing block (落款), the issuing body over the date of writing.
enum class block_kind { title, heading, body, issuer, date };

// One paragraph of output. Item runs keep their kind and carry their label in `text`; field
// runs carry their marker.
struct block {
    block_kind kind = block_kind::body;
    int level = 0;          // heading: 1..4; body: level of the heading it belongs to (0 if none)
    std::string label;      // heading: "一、", "（一）" …; empty otherwise
    runs heading;           // heading and title text
    runs content;           // body, issuer or date text; for a heading, non-empty only when it is run-in
                            // ("（一）标题。" and the first paragraph share one paragraph)
    std::string section_id; // the section it came from, empty for outline text
    int start = 0;          // heading: > 0 restarts the numbering at this number (an excerpt's first)
};

struct plan {
    std::vector<block> blocks;
};

// Heading counters by level; a heading at level L resets every deeper level.
struct numbering_state {
    std::array<int, 5> counters{}; // index 1..4
    int start = 0;                 // > 0: the next heading counted gets this number, at any level
    int next(int level);           // counts one heading at `level`, returns its number
    void number(block& heading);   // labels a heading block at its level, marking a restart
};

// Checks nothing: the library was validated by the loader. Unknown section ids are skipped. The
// first heading is numbered from the outline's start (二、 for start="2"), unless the outline goes
// after headings already numbered in the document: then it counts on from them, as a section does.
plan plan_outline(const library& lib, const outline& o, bool after_numbered_headings = false);

// One section, numbered from `state` (which it updates), at `level` (-1: its own level).
plan plan_section(const library& lib, const section& s, numbering_state& state, int level = -1);

// The level a section takes where it is inserted: its own, but at most one below the heading
// before it (0: none), so that a （一） never appears without its 一、. Passages stay level 0.
int placement_level(int declared, int preceding_heading_level);

// The text a placeholder shows before a value is known: 【待填：label】 (the key when no label).
std::string placeholder_marker(const library& lib, const std::string& key);
std::string placeholder_marker(const field* f, const std::string& key);
bool is_marker(std::string_view shown); // 【待填：…】

// What a run of a plan shows before values are known: its text, its item label, or the marker.
std::string run_text(const run& r);

// What a placeholder shows when it has a value (a document's current number); empty: its marker.
using shown_value = std::function<std::string(const std::string& key, const placeholder_options& options)>;

// Runs as plain text, placeholders shown as values or markers.
std::string runs_text(const runs& rs, const shown_value& shown = {});

// A plan as plain text, one paragraph a line, placeholders shown as values or markers.
std::string render_text(const plan& p, const shown_value& shown = {});

} // namespace reportkit
