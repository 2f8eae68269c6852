#include "uno/sidebar/data_panel.hxx"

#include "core/ui/data_view.hpp"
#include "core/ui/problems.hpp"
#include "uno/commands/user_messages.hxx"
#include "uno/common/strings.hxx"
#include "uno/engine/library_registry.hxx"
#include "uno/sidebar/panel_listener.hxx"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <osl/file.hxx>

using namespace css;

namespace reportkit::office {

namespace {

// What the lists show at least, in rows of the UI's font; the quiet time before a re-audit.
constexpr sal_Int32 list_rows = 4, two_lines = 2;
constexpr std::chrono::milliseconds audit_quiet{500};

std::string file_name(const rtl::OUString& url) {
    return to_std(url.copy(url.lastIndexOf('/') + 1));
}

} // namespace

data_panel::data_panel(const uno::Reference<uno::XComponentContext>& context,
                       const uno::Reference<frame::XFrame>& frame, const uno::Reference<awt::XWindow>& parent)
    : panel_base(context, frame, parent), audit_later_(context, audit_quiet, [this] { update(); }) {
    controls_.add("sheet", label, {{"MultiLine", uno::Any(true)}});
    controls_.add("link", button, {{"Label", uno::Any(ui(message::link_sheet))}});
    controls_.add("unlink", button, {{"Label", uno::Any(ui(message::unlink_sheet))}});
    controls_.add("refresh", button, {{"Label", uno::Any(ui(message::refresh_data))}});
    controls_.add("check", button, {{"Label", uno::Any(ui(message::check_again))}});
    controls_.add("problems_label", label, {{"MultiLine", uno::Any(true)}});
    controls_.add("problems", list, {{"Dropdown", uno::Any(false)}});
    controls_.add("fields_label", label,
                  {{"Label", uno::Any(ui(message::fields_label))}, {"MultiLine", uno::Any(true)}});
    controls_.add("fields", list, {{"Dropdown", uno::Any(false)}});
    controls_.add("skeleton", button, {{"Label", uno::Any(ui(message::skeleton))}});
    controls_.add("status", label, {{"MultiLine", uno::Any(true)}});
    for (const char* name : {"link", "unlink", "refresh", "check", "skeleton", "problems", "fields"})
        listener()->listen_to(controls_.control(name), name);
    // Typing, insertions, undo: the audit follows the document.
    watched_.set(document(), uno::UNO_QUERY);
    if (watched_.is()) watched_->addModifyListener(listener());

    fill_fields();
    update();
    start();
}

void data_panel::dispose() {
    audit_later_.stop();
    if (watched_.is()) {
        try {
            watched_->removeModifyListener(listener());
        } catch (const uno::Exception&) {
        }
        watched_.clear();
    }
    anchors_.clear();
    panel_base::dispose();
}

// Two buttons to a row when both labels fit in half the width, else one to a row.
std::vector<controls::row> data_panel::rows(sal_Int32 width) const {
    sal_Int32 inner = width - 2 * controls_.gap(), half = (inner - controls_.gap()) / 2,
              line = controls_.line_height();
    auto natural = [&](const char* name) { return std::max(controls_.preferred(name).Height, line); };
    auto wraps = [&](const char* name) { return controls_.height_in(name, inner); };
    // The lines whose text changes after layout get two lines: a long file name, an error.
    std::vector<controls::row> r = {{"sheet", two_lines * line}};
    for (auto [left, right] : {std::pair{"link", "unlink"}, std::pair{"refresh", "check"}}) {
        if (controls_.preferred(left).Width <= half && controls_.preferred(right).Width <= half) {
            r.push_back({left, natural(left), 0, right});
        } else {
            r.push_back({left, natural(left)});
            r.push_back({right, natural(right)});
        }
    }
    r.push_back({"status", two_lines * line}); // what a button did, under the buttons
    r.push_back({"problems_label", wraps("problems_label")});
    r.push_back({"problems", list_rows * line * 4 / 3, 1});
    r.push_back({"fields_label", wraps("fields_label")});
    r.push_back({"fields", list_rows * line * 4 / 3, 1});
    r.push_back({"skeleton", natural("skeleton")});
    return r;
}

void data_panel::document_changed() {
    audit_later_.poke();
}

// Shown again (the deck reopened): the document may have changed meanwhile, and its library.
void data_panel::shown() {
    fill_fields();
    update();
}

void data_panel::chosen(const std::string& control) {
    if (control == "problems") problem_selected();
}

void data_panel::activated(const std::string& control) {
    if (control == "fields") field_activated();
}

// The fields of every library, the document's own library first, each key once.
void data_panel::fill_fields() {
    std::vector<library_ptr> libraries;
    std::string own = to_std(engine_->documentLibrary(document()));
    for (auto& [lib, origin] : library_registry::instance().all(context_))
        libraries.insert(lib->id == own ? libraries.begin() : libraries.end(), lib);
    fields_.clear();
    std::vector<std::string> lines;
    for (const field_entry& f : field_entries(libraries)) {
        fields_.emplace_back(to_ou(f.library_id), to_ou(f.key));
        lines.push_back(f.line);
    }
    controls_.set("fields", "StringItemList", uno::Any(string_list(lines)));
}

// Every placeholder and typed X: the problems first, then the filled ones, each in document order.
void data_panel::update() {
    auto doc = document();
    if (!doc.is()) return;
    rtl::OUString url = engine_->getDataSheet(doc);
    controls_.set(
        "sheet", "Label",
        uno::Any(url.isEmpty() ? ui(message::no_sheet) : ui(message::data_sheet) + to_ou(file_name(url))));
    anchors_.clear();
    std::vector<std::string> lines, filled;
    std::vector<uno::Reference<text::XTextRange>> filled_anchors;
    uno::Sequence<org::reportkit::AuditEntry> entries;
    try {
        entries = engine_->audit(doc);
    } catch (const uno::Exception& e) {
        say(e.Message); // a data sheet that cannot be read: the panel still shows the rest
    }
    for (const auto& e : entries) {
        std::string status = to_std(e.Status);
        bool problem = is_problem(status);
        (problem ? lines : filled)
            .push_back(problem_line(status, to_std(e.Label), to_std(e.Message), language_, to_std(e.Shown)));
        (problem ? anchors_ : filled_anchors).push_back(e.Anchor);
    }
    data_view v = view_of(data_facts{.read_only = read_only(),
                                     .linked = !url.isEmpty(),
                                     .problems = lines.size(),
                                     .entries = static_cast<size_t>(entries.getLength())},
                          language_);
    lines.insert(lines.end(), filled.begin(), filled.end());
    anchors_.insert(anchors_.end(), filled_anchors.begin(), filled_anchors.end());
    controls_.set("problems", "StringItemList", uno::Any(string_list(lines)));
    controls_.set("problems_label", "Label", uno::Any(to_ou(v.counts)));
    controls_.set("link", "Enabled", uno::Any(v.link));
    controls_.set("unlink", "Enabled", uno::Any(v.unlink));
    controls_.set("refresh", "Enabled", uno::Any(v.refresh));
    controls_.set("fields", "Enabled", uno::Any(v.fields));
    if (read_only()) say(ui(message::read_only));
}

void data_panel::pressed(const std::string& name) {
    auto doc = document();
    if (!doc.is()) return;
    try {
        if (name == "link") {
            link();
        } else if (name == "unlink") {
            engine_->unlinkDataSheet(doc);
            say(ui(message::no_sheet));
        } else if (name == "refresh") {
            sal_Int32 changed = engine_->refresh(doc);
            say(ui(message::refreshed) + rtl::OUString::number(changed));
        } else if (name == "skeleton") {
            write_skeleton();
        }
    } catch (const uno::Exception& e) {
        say(e.Message);
    }
    update();
}

rtl::OUString data_panel::pick_file(bool save) {
    using namespace ui::dialogs;
    auto picker = FilePicker::createWithMode(context_, save ? TemplateDescription::FILESAVE_SIMPLE
                                                            : TemplateDescription::FILEOPEN_SIMPLE);
    uno::Reference<XFilterManager> filters(picker, uno::UNO_QUERY_THROW);
    if (save) {
        filters->appendFilter("ODF Spreadsheet (*.ods)", "*.ods");
        filters->appendFilter("CSV (*.csv)", "*.csv");
    } else {
        filters->appendFilter(ui(message::sheet_filter) + " (*.ods, *.xlsx, *.xls, *.csv)",
                              "*.ods;*.xlsx;*.xls;*.csv");
    }
    if (picker->execute() != ExecutableDialogResults::OK) return {};
    auto files = picker->getSelectedFiles();
    if (files.getLength() == 0) return {};
    rtl::OUString url = files[0];
    if (save && !url.endsWithIgnoreAsciiCase(".ods") && !url.endsWithIgnoreAsciiCase(".csv"))
        url +=
            filters->getCurrentFilter().indexOf("csv") >= 0 ? rtl::OUString(".csv") : rtl::OUString(".ods");
    return url;
}

void data_panel::link() {
    rtl::OUString url = pick_file(false);
    if (url.isEmpty()) return;
    engine_->linkDataSheet(document(), url);
    say(ui(message::linked) + to_ou(file_name(url)));
}

void data_panel::write_skeleton() {
    rtl::OUString url = pick_file(true);
    if (url.isEmpty()) return;
    // The file may be this year's filled sheet: an empty skeleton replaces it only when the user
    // says so (the picker does not ask when the extension was added after picking).
    osl::DirectoryItem existing;
    if (osl::DirectoryItem::get(url, existing) == osl::FileBase::E_None &&
        !ask_yes_no(context_, frame_, text(message::replace_title, language_),
                    text(message::replace_question, language_, file_name(url))))
        return;
    engine_->writeDataSkeleton(document(), {}, url);
    say(ui(message::written) + to_ou(file_name(url)));
}

// Selects the problem's field or typed X in the document; the view follows the selection.
void data_panel::problem_selected() {
    sal_Int16 pos = controls_.selected("problems");
    if (pos < 0 || static_cast<size_t>(pos) >= anchors_.size() || !anchors_[static_cast<size_t>(pos)].is())
        return;
    uno::Reference<view::XSelectionSupplier> selection(frame_.is() ? frame_->getController() : nullptr,
                                                       uno::UNO_QUERY);
    try {
        if (selection.is()) selection->select(uno::Any(anchors_[static_cast<size_t>(pos)]));
    } catch (const uno::Exception& e) {
        say(e.Message); // the text was deleted since the last check
    }
}

void data_panel::field_activated() {
    sal_Int16 pos = controls_.selected("fields");
    if (pos < 0 || static_cast<size_t>(pos) >= fields_.size() || read_only()) return;
    try {
        auto& [lib, key] = fields_[static_cast<size_t>(pos)];
        engine_->insertField(document(), nullptr, lib, key);
        say(ui(message::inserted) + key);
    } catch (const uno::Exception& e) {
        say(e.Message);
    }
    update();
}

} // namespace reportkit::office
