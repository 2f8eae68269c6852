// Journeys through the Sections panel, each from a fresh document and driven only by real clicks,
// key presses and typing (see journey.hxx); the API only reads what the screen shows.
#include "journey.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/awt/tree/XTreeDataModel.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>

#include <catch2/catch.hpp>

using namespace css;
using namespace reportkit::gui;
using reportkit::office::to_ou;
using reportkit::office::to_std;

namespace {

uno::Reference<awt::tree::XTreeNode> tree_root(const uno::Reference<awt::XControlContainer>& controls) {
    uno::Reference<awt::tree::XTreeDataModel> data;
    model_of(controls, "sections")->getPropertyValue("DataModel") >>= data;
    REQUIRE(data.is());
    return data->getRoot();
}

std::string shown(const uno::Reference<awt::tree::XTreeNode>& node) {
    rtl::OUString text;
    if (node.is()) node->getDisplayValue() >>= text;
    return to_std(text);
}

// The first section of the first category.
uno::Reference<awt::tree::XTreeNode> first_section(const uno::Reference<awt::XControlContainer>& controls) {
    auto root = tree_root(controls);
    REQUIRE(root->getChildCount() >= 1);
    auto category = root->getChildAt(0);
    REQUIRE(category->getChildCount() >= 1);
    return category->getChildAt(0);
}

// Clicks the tree's row of `node` where the tree draws it.
void click_row(session& s, const uno::Reference<awt::XControlContainer>& controls,
               const uno::Reference<awt::tree::XTreeNode>& node) {
    uno::Reference<awt::tree::XTreeControl> tree(control(controls, "sections"), uno::UNO_QUERY_THROW);
    awt::Rectangle row = tree->getNodeRect(node);
    awt::Rectangle origin = screen_rect(accessible_of(control(controls, "sections")));
    INFO("row of \"" << shown(node) << "\" at " << row.X << "," << row.Y << " " << row.Width << "×"
                     << row.Height);
    REQUIRE(row.Height > 0);
    s.click_at(origin.X + row.X + std::min(row.Width / 2, 30), origin.Y + row.Y + row.Height / 2);
}

// The row the tree has selected ("" when none): what the panel acts on.
std::string selected_row(const uno::Reference<awt::XControlContainer>& controls) {
    uno::Reference<awt::tree::XTreeControl> tree(control(controls, "sections"), uno::UNO_QUERY_THROW);
    return shown(uno::Reference<awt::tree::XTreeNode>(tree->getSelection(), uno::UNO_QUERY));
}

bool is_section(const uno::Reference<awt::XControlContainer>& controls, const std::string& row) {
    auto root = tree_root(controls);
    for (sal_Int32 c = 0; c < root->getChildCount(); ++c)
        for (sal_Int32 s = 0; s < root->getChildAt(c)->getChildCount(); ++s)
            if (shown(root->getChildAt(c)->getChildAt(s)) == row) return true;
    return false;
}

std::string preview_of(const uno::Reference<awt::XControlContainer>& controls) {
    return label_of(controls, "preview", "Text");
}

// Numbering described for failure messages: "一、主要工作情况 | （一）抓实…".
std::string outline_of(const writer_window& w) {
    std::string out;
    for (const heading& h : headings(w))
        out += h.label + to_std(to_ou(h.text).copy(0, std::min<sal_Int32>(12, to_ou(h.text).getLength()))) +
               " | ";
    return out;
}

// The first paragraph of the document, at most `n` characters of it.
std::string opening(const writer_window& w, sal_Int32 n) {
    rtl::OUString text = w.doc->getText()->getString();
    sal_Int32 end = text.indexOf('\n');
    if (sal_Int32 cr = text.indexOf('\r'); cr >= 0 && (end < 0 || cr < end)) end = cr;
    return to_std(text.copy(0, std::min(end < 0 ? text.getLength() : end, n)));
}

// The selected section previewed and insertable; Enter inserts what the preview showed,
// numbered as the report's headings are.
void enter_inserts(session& s, const writer_window& w,
                   const uno::Reference<awt::XControlContainer>& controls) {
    CHECK(wait_for([&] { return preview_of(controls).size() > 20; }, 3));
    CHECK(enabled(controls, "insert"));
    const std::string preview = preview_of(controls);
    s.screenshot();

    s.key("Return");
    REQUIRE(wait_for([&] { return !w.text().empty(); }, 10));
    INFO("the document begins \"" << opening(w, 40) << "\"");
    CHECK(preview.find(opening(w, 12)) != std::string::npos);
    INFO("headings: " << outline_of(w));
    CHECK(numbering_error(headings(w)).empty());
    s.screenshot("-inserted");
}

} // namespace

TEST_CASE("a: a section clicked in the tree is previewed, and Enter inserts it") {
    session s("journey-a-click-section");
    auto w = s.open_writer();
    auto controls = s.open_deck(w).sections;
    auto node = first_section(controls);
    const std::string row = shown(node);
    INFO("section row: " << row);
    click_row(s, controls, node);
    CHECK(wait_for([&] { return selected_row(controls) == row; }, 3));
    enter_inserts(s, w, controls);
}

TEST_CASE("b: typed into the search box, arrowed down into the results, Enter inserts") {
    session s("journey-b-search");
    auto w = s.open_writer();
    auto controls = s.open_deck(w).sections;
    s.click_on(control(controls, "search"));
    // Keys go where the focus is: under load the click takes a while to give it to the box.
    REQUIRE(wait_for([&] { return has_focus(control(controls, "search")); }, 10));
    s.type_text("督查");
    CHECK(wait_for([&] { return label_of(controls, "search", "Text") == "督查"; }, 3));
    // Only sections that match are left.
    REQUIRE(wait_for([&] { return shown(first_section(controls)).find("督") != std::string::npos; }, 3));

    // Down from the search box into the results, until a section (not its category) is selected.
    std::string row;
    for (int press = 0; press < 3 && !is_section(controls, row); ++press) {
        s.key("Down");
        wait_for([&] { return is_section(controls, row = selected_row(controls)); }, 1);
    }
    INFO("selected row after Down from the search box: \"" << row << "\"");
    REQUIRE(is_section(controls, row));
    CHECK(row.find("督") != std::string::npos);
    enter_inserts(s, w, controls);
}

TEST_CASE("c: Insert Whole Report, Undo, Redo, Undo, insert again: the numbering stays right") {
    session s("journey-c-undo-numbering");
    auto w = s.open_writer();
    auto controls = s.open_deck(w).sections;
    auto check_numbering = [&](const char* step) {
        INFO("after " << step << ": " << outline_of(w));
        auto list = headings(w);
        CHECK(list.size() >= 5);
        CHECK(numbering_error(list) == "");
    };

    s.click_on(control(controls, "insert_outline"));
    REQUIRE(wait_for([&] { return w.text().size() > 200; }, 10));
    const std::string report = w.text();
    const size_t heading_count = headings(w).size();
    check_numbering("Insert Whole Report");

    // Back in the text, as a person returns to the document before Ctrl+Z.
    s.click_document(w);
    s.key("ctrl+z");
    CHECK(wait_for([&] { return w.text().empty(); }, 5)); // one undo step takes the whole report
    // ... and it was the only step: the empty page's layout is set up outside the undo stack.
    CHECK_FALSE(css::uno::Reference<css::document::XUndoManagerSupplier>(w.doc, css::uno::UNO_QUERY_THROW)
                    ->getUndoManager()
                    ->isUndoPossible());

    s.key("ctrl+y");
    REQUIRE(wait_for([&] { return w.text() == report; }, 5));
    CHECK(headings(w).size() == heading_count);
    check_numbering("Undo, Redo");
    s.screenshot("-redo");

    s.key("ctrl+z");
    REQUIRE(wait_for([&] { return w.text().empty(); }, 5));
    s.click_on(control(controls, "insert_outline"));
    REQUIRE(wait_for([&] { return w.text().size() > 200; }, 10));
    CHECK(headings(w).size() == heading_count);
    check_numbering("Undo, insert again");
    s.screenshot();
}
