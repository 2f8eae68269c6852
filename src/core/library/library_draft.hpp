// Import This Document as a Library: the text import (core/library/text_import) of a Writer
// document as a maintainer reviews it before anything is written — the library's id, title and
// version, which sections it keeps under which ids and titles, and the fields its numbers became.
#pragma once

#include "core/diag/diagnostic.hpp"
#include "core/library/section_draft.hpp"

#include <string>
#include <vector>

namespace reportkit {

// A paragraph as Writer shows it (its list label, then its text) and its outline level (0: body).
struct document_paragraph {
    std::string text;
    int outline_level = 0;
};

// The document as the import reads it, one paragraph a line. A heading of Writer's outline
// (levels 1 to 4) that shows no heading number gets the next one of its level (一、 / （一） /
// 1. / （1）), so that it starts a section as a numbered heading does.
std::string import_text(const std::vector<document_paragraph>& paragraphs);

// A section the import found, as the review leaves it.
struct draft_section {
    std::string id, title;
    int level = 0;
    bool included = true;
    std::string proposed_id; // the import's id: the review's choices are applied by it
};

struct library_draft {
    std::string id, title, version = "0.1.0";
    std::string text;                    // the document's text, imported again when saved
    std::vector<draft_section> sections; // every section with text, in the document's order
    std::vector<draft_field> fields;     // `placeholder`: the import's key
    diagnostics problems;                // text no library can hold: nothing can be saved
};

// The import of `text` proposed for review: sections and fields as the import made them, the
// library titled after the report's title line.
library_draft propose_library(std::string text, const std::string& id);

// The library the reviewed draft describes, as the file `path`: sections left out (with their
// fields), ids, titles, levels, field keys, labels, units, types and approximations as edited.
// Linted; `problems` holds the errors, if any, and then nothing may be written.
saved_library reviewed_library(const library_draft& draft, const std::string& path);

} // namespace reportkit
