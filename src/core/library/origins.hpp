// Where a document's sections came from: for each inserted section, the library id, version and
// section id, and a fingerprint of its text as inserted, so that a newer library version can be
// offered and a section the writer has edited is never replaced silently.
#pragma once

#include "core/library/model.hpp"
#include "core/render/plan.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

// What a document records about one inserted section; `mark` names the document's marker, which
// ends where the section's last paragraph ends; the section is its `paragraphs` paragraphs.
struct section_origin {
    std::string mark;
    std::string library_id;
    version library_version;
    std::string section_id;
    std::string fingerprint;
    int paragraphs = 0; // 0: not recorded, the marker's own start counts
    friend bool operator==(const section_origin&, const section_origin&) = default;
};

// Stands for a placeholder in a section's text: what it shows (a marker, a value) does not count.
inline constexpr std::string_view field_token = "\xEF\xBF\xBC"; // U+FFFC

// The fingerprint of a section's text: its paragraphs joined by '\n', each placeholder written
// as field_token, heading numbers left out (Writer's list labels are not text).
std::string text_fingerprint(std::string_view normalized_text);

// The normalized text of a run of plan blocks, as text_fingerprint reads it.
std::string normalized_text(const std::vector<const block*>& blocks);

// The fingerprint a section's text has when inserted from `lib` (at any level).
std::string section_fingerprint(const library& lib, const section& s);

// A section's text as people compare it: its paragraphs joined by '\n', heading numbers left out,
// placeholders as the document's values (`shown`) or their markers.
std::string shown_section_text(const plan& p, const shown_value& shown = {});

// One origin per section in a plan: consecutive blocks with the same section id, in order.
struct planned_section {
    std::string section_id;
    size_t first_block = 0, block_count = 0;
    std::string fingerprint;
};
std::vector<planned_section> planned_sections(const plan& p);

// The records as a document keeps them: one line per section, fields separated by tabs.
std::string format_origins(const std::vector<section_origin>& origins);
std::vector<section_origin> parse_origins(std::string_view text); // skips lines it cannot read

// A mark name not used by `origins`: RK_S1, RK_S2 …
std::string next_mark(const std::vector<section_origin>& origins);
inline constexpr std::string_view mark_prefix = "RK_S";

// An inserted section compared with the libraries at hand.
struct section_status {
    section_origin origin;
    std::string title;     // the section's title in the newest library
    version newest;        // the newest library version found
    bool edited = false;   // its text differs from the fingerprint recorded at insertion
    bool outdated = false; // the newest library has a different text for it
};

// The status of each recorded section whose text is still in the document (`fingerprint_now`
// gives the fingerprint of its current text, or nothing when its marker is gone), looked up
// in the libraries `find` knows. Sections of unknown libraries or removed sections are left out.
std::vector<section_status>
section_statuses(const std::vector<section_origin>& origins,
                 const std::function<std::optional<std::string>(const section_origin&)>& fingerprint_now,
                 const std::function<library_ptr(const std::string& id)>& find);

} // namespace reportkit
