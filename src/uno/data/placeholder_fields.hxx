// Placeholders in Writer: user fields whose master is named after the key and options
// (ReportKit.study.sessions|approx=余) and whose content is the value or the 【待填：…】 marker.
// All fields of one master show the same text, so a refresh sets each master once.
#pragma once

#include "data/values.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextField.hpp>

#include <string>
#include <vector>

namespace reportkit::office {

// Inserts a placeholder field at `at` (replacing nothing); a new master shows `marker`, an
// existing one keeps what it shows.
void insert_placeholder(const css::uno::Reference<css::text::XTextDocument>& document,
                        const css::uno::Reference<css::text::XTextRange>& at, const std::string& key,
                        const placeholder_options& options, const std::string& marker);

// One master of the document's placeholders.
struct placeholder_master {
    std::string key;
    placeholder_options options;
    css::uno::Reference<css::beans::XPropertySet> master;
    rtl::OUString content;
};
std::vector<placeholder_master>
placeholder_masters(const css::uno::Reference<css::text::XTextDocument>& document);

// A master's new content, for apply_contents.
struct content_change {
    css::uno::Reference<css::beans::XPropertySet> master;
    rtl::OUString before, after;
};

// Sets the masters' contents as one undo step titled `title`; the fields show them at once.
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
std::vector<document_mark> document_marks(const css::uno::Reference<css::text::XTextDocument>& document);

// Replaces every placeholder field by the text it shows, as one undo step; returns how many.
int fields_to_text(const css::uno::Reference<css::text::XTextDocument>& document);

} // namespace reportkit::office
