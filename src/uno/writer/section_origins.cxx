#include "uno/writer/section_origins.hxx"

#include "uno/common/strings.hxx"
#include "uno/data/user_properties.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XBookmarksSupplier.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>

#include <algorithm>

using namespace css;

namespace reportkit::office {
namespace {

const rtl::OUString property = "ReportKit.Sections";

uno::Reference<container::XNameAccess> bookmarks(const uno::Reference<text::XTextDocument>& document) {
    return uno::Reference<text::XBookmarksSupplier>(document, uno::UNO_QUERY_THROW)->getBookmarks();
}

uno::Reference<text::XTextContent> bookmark(const uno::Reference<text::XTextDocument>& document,
                                            const std::string& mark) {
    auto all = bookmarks(document);
    rtl::OUString name = to_ou(mark);
    return all->hasByName(name) ? uno::Reference<text::XTextContent>(all->getByName(name), uno::UNO_QUERY)
                                : nullptr;
}

// Records whose bookmark is gone (its text deleted, its insertion undone) stay: Undo may bring
// the bookmark back, and the property is not part of Writer's undo.
void store(const uno::Reference<text::XTextDocument>& document, const std::vector<section_origin>& records) {
    set_user_property(document, property, to_ou(format_origins(records)));
}

std::string field_presentation(const uno::Reference<beans::XPropertySet>& portion) {
    uno::Reference<text::XTextField> field;
    portion->getPropertyValue("TextField") >>= field;
    return field.is() ? to_std(field->getPresentation(false)) : std::string();
}

// A paragraph's text with each field as field_token, as core/library/origins reads it, or as the
// field shows it (`shown`).
void append_paragraph(std::string& out, const uno::Reference<container::XEnumerationAccess>& paragraph,
                      bool shown) {
    auto portions = paragraph->createEnumeration();
    while (portions->hasMoreElements()) {
        uno::Reference<beans::XPropertySet> portion(portions->nextElement(), uno::UNO_QUERY);
        if (!portion.is()) continue;
        rtl::OUString type;
        portion->getPropertyValue("TextPortionType") >>= type;
        if (type == "Text")
            out += to_std(uno::Reference<text::XTextRange>(portion, uno::UNO_QUERY_THROW)->getString());
        else if (type == "TextField" && !shown)
            out += field_token;
        else if (type == "TextField")
            out += field_presentation(portion);
    }
}

std::string section_text(const uno::Reference<text::XTextRange>& range, bool shown) {
    std::string out;
    auto paragraphs =
        uno::Reference<container::XEnumerationAccess>(range, uno::UNO_QUERY_THROW)->createEnumeration();
    bool first = true;
    while (paragraphs->hasMoreElements()) {
        uno::Any element = paragraphs->nextElement();
        if (!first) out += '\n';
        first = false;
        uno::Reference<lang::XServiceInfo> info(element, uno::UNO_QUERY);
        if (info.is() && info->supportsService("com.sun.star.text.Paragraph"))
            append_paragraph(
                out, uno::Reference<container::XEnumerationAccess>(element, uno::UNO_QUERY_THROW), shown);
        else
            out += "\x01"; // a table put inside the section: an edit
    }
    return out;
}

} // namespace

std::vector<section_origin> recorded_origins(const uno::Reference<text::XTextDocument>& document) {
    auto text = user_property(document, property);
    return text ? parse_origins(to_std(*text)) : std::vector<section_origin>();
}

void mark_sections(const uno::Reference<text::XTextDocument>& document,
                   const uno::Reference<text::XTextRange>& end, const plan& p, const library& lib) {
    std::vector<planned_section> sections = planned_sections(p);
    if (sections.empty()) return;
    std::vector<section_origin> records = recorded_origins(document);
    std::vector<section_origin> taken = records; // names in use, bookmarks included
    for (const rtl::OUString& name : bookmarks(document)->getElementNames())
        taken.push_back({to_std(name), {}, {}, {}, {}});

    uno::Reference<lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
    uno::Reference<text::XText> text = end->getText();
    // One walk back from the last paragraph: each block is one paragraph.
    uno::Reference<text::XTextCursor> walker = text->createTextCursorByRange(end);
    uno::Reference<text::XParagraphCursor> walk(walker, uno::UNO_QUERY_THROW);
    size_t at = p.blocks.size() - 1; // the block of the walker's paragraph
    std::vector<section_origin> added;
    for (auto s = sections.rbegin(); s != sections.rend(); ++s) {
        for (size_t last = s->first_block + s->block_count - 1; at > last; --at)
            walk->gotoPreviousParagraph(false);
        uno::Reference<text::XTextCursor> span = text->createTextCursorByRange(walker->getStart());
        uno::Reference<text::XParagraphCursor>(span, uno::UNO_QUERY_THROW)->gotoEndOfParagraph(false);
        for (; at > s->first_block; --at)
            walk->gotoPreviousParagraph(false);
        walk->gotoStartOfParagraph(false);
        span->gotoRange(walker->getStart(), true);

        section_origin o{next_mark(taken), lib.id,         lib.ver,
                         s->section_id,    s->fingerprint, static_cast<int>(s->block_count)};
        taken.push_back(o);
        uno::Reference<text::XTextContent> mark(factory->createInstance("com.sun.star.text.Bookmark"),
                                                uno::UNO_QUERY_THROW);
        uno::Reference<container::XNamed>(mark, uno::UNO_QUERY_THROW)->setName(to_ou(o.mark));
        text->insertTextContent(uno::Reference<text::XTextRange>(span.get()), mark, true);
        added.push_back(std::move(o));
    }
    records.insert(records.end(), added.rbegin(), added.rend());
    store(document, records);
}

uno::Reference<text::XTextRange> section_range(const uno::Reference<text::XTextDocument>& document,
                                               const section_origin& origin) {
    auto content = bookmark(document, origin.mark);
    if (!content.is()) return nullptr;
    uno::Reference<text::XTextRange> anchor = content->getAnchor();
    uno::Reference<text::XText> text = anchor->getText();
    uno::Reference<text::XTextCursor> span = text->createTextCursorByRange(anchor->getEnd());
    uno::Reference<text::XParagraphCursor> para(span, uno::UNO_QUERY_THROW);
    // An end moved to the start of the next paragraph (Enter typed at the very end) stays out.
    uno::Reference<text::XTextRangeCompare> compare(text, uno::UNO_QUERY);
    bool empty = compare.is() && compare->compareRegionStarts(anchor->getStart(), anchor->getEnd()) == 0;
    if (!empty && para->isStartOfParagraph()) para->gotoPreviousParagraph(false);
    para->gotoEndOfParagraph(false);
    span->collapseToEnd();
    if (origin.paragraphs > 0) {
        // Counted back from the end: Word files written by LibreOffice 7.4 may move a bookmark's
        // start into its last paragraph, and Enter typed before a section moves nothing here.
        para->gotoStartOfParagraph(true);
        for (int i = 1; i < origin.paragraphs; ++i)
            para->gotoPreviousParagraph(true);
    } else {
        span->gotoRange(anchor->getStart(), true);
        para->gotoStartOfParagraph(true);
    }
    return uno::Reference<text::XTextRange>(span.get());
}

std::optional<std::string> current_fingerprint(const uno::Reference<text::XTextDocument>& document,
                                               const section_origin& origin) {
    auto range = section_range(document, origin);
    if (!range.is()) return std::nullopt;
    return text_fingerprint(section_text(range, false));
}

std::optional<std::string> current_text(const uno::Reference<text::XTextDocument>& document,
                                        const section_origin& origin) {
    auto range = section_range(document, origin);
    if (!range.is()) return std::nullopt;
    return section_text(range, true);
}

void remove_mark(const uno::Reference<text::XTextDocument>& document, const std::string& mark) {
    if (auto content = bookmark(document, mark); content.is())
        content->getAnchor()->getText()->removeTextContent(content);
}

} // namespace reportkit::office
