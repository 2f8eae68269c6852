// Placeholders in Writer: custom document-information fields (DocInfo.Custom) that show a
// user-defined document property named after the key and options (ReportKit.study.sessions,
// ReportKit.x|approx=余); the property holds the value or the 【待填：…】 marker. All uses of one
// value share the property, and a refresh sets every property in one call. Word keeps them as
// DOCPROPERTY fields.
#pragma once

#include "core/data/field_names.hpp"
#include "core/render/plan.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <optional>
#include <string>
#include <vector>

namespace reportkit::office {

// A placeholder about to be inserted, and the marker its value shows while it is new.
struct placeholder_use {
    std::string key;
    placeholder_options options;
    std::string marker;
};

// Adds the values these placeholders need and the document lacks, each showing its marker; an
// existing value keeps what it shows. Call it before inserting their fields: Writer updates
// every placeholder field in the document on each new value, so a value added between fields
// costs as much as the fields already inserted.
void add_placeholder_values(const css::uno::Reference<css::text::XTextDocument>& document,
                            const std::vector<placeholder_use>& uses);

// Inserts a placeholder field at `at` (replacing nothing), showing its value as added by
// add_placeholder_values.
void insert_placeholder(const css::uno::Reference<css::text::XTextDocument>& document,
                        const css::uno::Reference<css::text::XTextRange>& at, const std::string& key,
                        const placeholder_options& options);

// One value of the document's placeholders, as stored.
struct placeholder_value {
    std::string key;
    placeholder_options options;
    rtl::OUString name;    // the property: ReportKit.<key>[|options]
    rtl::OUString content; // the value or the marker
};
std::vector<placeholder_value>
placeholder_values(const css::uno::Reference<css::text::XTextDocument>& document);

// What each placeholder shows in the document, for a preview of text about to be inserted:
// values only (markers give nothing), looked up by key and options.
shown_value shown_values(const css::uno::Reference<css::text::XTextDocument>& document);

// A value's new content, for apply_contents.
struct content_change {
    rtl::OUString name, before, after;
};

// Sets the values as one undo step titled `title`; the fields show them at once.
void apply_contents(const css::uno::Reference<css::text::XTextDocument>& document,
                    std::vector<content_change> changes, const rtl::OUString& title);

// Something the audit looks at, in document order: a placeholder field or a typed "X".
struct document_mark {
    css::uno::Reference<css::text::XTextRange> anchor;
    std::string shown;
    bool is_field = false;
    std::string key; // fields
    placeholder_options options;
    std::string context; // literal X: the text around it
};
// The placeholder field of a text portion whose TextPortionType is "TextField"; none for other fields.
std::optional<document_mark> placeholder_in(const css::uno::Reference<css::beans::XPropertySet>& portion);

std::vector<document_mark> document_marks(const css::uno::Reference<css::text::XTextDocument>& document);

// Replaces every placeholder field by the text it shows, as one undo step; returns how many.
int fields_to_text(const css::uno::Reference<css::text::XTextDocument>& document,
                   const rtl::OUString& undo_title);

} // namespace reportkit::office
