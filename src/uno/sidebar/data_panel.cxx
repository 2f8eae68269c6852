#include "uno/sidebar/data_panel.hxx"

#include "core/ui/problems.hpp"
#include "uno/common/configuration.hxx"
#include "uno/common/strings.hxx"
#include "uno/engine/library_registry.hxx"
#include "uno/engine/report_engine.hxx"

#include <com/sun/star/awt/MouseButton.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XMouseListener.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase4.hxx>
#include <rtl/ref.hxx>

#include <set>

using namespace css;

namespace reportkit::office {

// Every event the panel's controls send, passed on to the content while it lives.
class data_panel_listener : public cppu::WeakImplHelper4<awt::XActionListener, awt::XItemListener,
                                                         awt::XMouseListener, awt::XWindowListener> {
public:
    data_panel_listener(const uno::Reference<uno::XComponentContext>& context, data_panel* content)
        : context_(context), content_(content) {}
    void detach() { content_ = nullptr; }

    void SAL_CALL actionPerformed(const awt::ActionEvent& e) override {
        rtl::OUString command = e.ActionCommand;
        later([command](data_panel& c) { c.command(command); });
    }
    void SAL_CALL itemStateChanged(const awt::ItemEvent&) override {
        later([](data_panel& c) { c.problem_selected(); });
    }
    void SAL_CALL mousePressed(const awt::MouseEvent& e) override {
        if (e.Buttons == awt::MouseButton::LEFT && e.ClickCount == 2)
            later([](data_panel& c) { c.field_activated(); });
    }
    void SAL_CALL windowResized(const awt::WindowEvent&) override {
        if (content_) content_->resized();
    }
    void SAL_CALL mouseReleased(const awt::MouseEvent&) override {}
    void SAL_CALL mouseEntered(const awt::MouseEvent&) override {}
    void SAL_CALL mouseExited(const awt::MouseEvent&) override {}
    void SAL_CALL windowMoved(const awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const lang::EventObject&) override {}
    void SAL_CALL windowHidden(const lang::EventObject&) override {}
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    // Document work runs from the main loop, holding the SolarMutex (common/main_thread), on the
    // content if the panel still lives by then.
    void later(std::function<void(data_panel&)> handle) {
        rtl::Reference<data_panel_listener> self(this);
        post_to_main_loop(context_, [self, handle] {
            if (self->content_) handle(*self->content_);
        });
    }

    uno::Reference<uno::XComponentContext> context_;
    data_panel* content_;
};

namespace {

constexpr sal_Int32 margin = 6, gap = 6, label_h = 16, button_h = 28, sheet_h = 34;
constexpr sal_Int32 problems_h = 150, fields_h = 150, status_h = 48;
const char* const buttons[] = {"link", "unlink", "refresh", "check", "skeleton"};

std::string file_name(const rtl::OUString& url) {
    return to_std(url.copy(url.lastIndexOf('/') + 1));
}

} // namespace

data_panel::data_panel(const uno::Reference<uno::XComponentContext>& context,
                       const uno::Reference<frame::XFrame>& frame, const uno::Reference<awt::XWindow>& parent)
    : context_(context), frame_(frame), parent_(parent), controls_(context, parent),
      listener_(new data_panel_listener(context, this)), language_(ui_language(context)) {
    const char* label = "com.sun.star.awt.UnoControlFixedText";
    const char* label_model = "com.sun.star.awt.UnoControlFixedTextModel";
    const char* button = "com.sun.star.awt.UnoControlButton";
    const char* button_model = "com.sun.star.awt.UnoControlButtonModel";
    const char* list = "com.sun.star.awt.UnoControlListBox";
    const char* list_model = "com.sun.star.awt.UnoControlListBoxModel";
    controls_.add("sheet", label, label_model, {{"MultiLine", uno::Any(true)}});
    controls_.add("link", button, button_model, {{"Label", uno::Any(ui(message::link_sheet))}});
    controls_.add("unlink", button, button_model, {{"Label", uno::Any(ui(message::unlink_sheet))}});
    controls_.add("refresh", button, button_model, {{"Label", uno::Any(ui(message::refresh_data))}});
    controls_.add("check", button, button_model, {{"Label", uno::Any(ui(message::check_again))}});
    controls_.add("problems_label", label, label_model);
    controls_.add("problems", list, list_model, {{"Dropdown", uno::Any(false)}});
    controls_.add("fields_label", label, label_model, {{"Label", uno::Any(ui(message::fields_label))}});
    controls_.add("fields", list, list_model, {{"Dropdown", uno::Any(false)}});
    controls_.add("skeleton", button, button_model, {{"Label", uno::Any(ui(message::skeleton))}});
    controls_.add("status", label, label_model, {{"MultiLine", uno::Any(true)}});

    for (const char* b : buttons) {
        uno::Reference<awt::XButton> control(controls_.control(b), uno::UNO_QUERY_THROW);
        control->setActionCommand(rtl::OUString::createFromAscii(b));
        control->addActionListener(listener_.get());
    }
    uno::Reference<awt::XListBox>(controls_.control("problems"), uno::UNO_QUERY_THROW)
        ->addItemListener(listener_.get());
    uno::Reference<awt::XWindow>(controls_.control("fields"), uno::UNO_QUERY_THROW)
        ->addMouseListener(listener_.get());
    controls_.follow_parent(listener_.get());

    fill_fields();
    update();
    resized();
    window()->setVisible(true);
}

data_panel::~data_panel() {
    dispose();
}

void data_panel::dispose() {
    if (controls_.disposed()) return;
    listener_->detach();
    controls_.dispose();
    anchors_.clear();
    frame_.clear();
    parent_.clear();
}

rtl::OUString data_panel::ui(message m) const {
    return to_ou(text(m, language_));
}

sal_Int32 data_panel::height_for_width(sal_Int32) const {
    return margin + sheet_h + 2 * (button_h + gap) + 2 * (label_h + gap) + problems_h + fields_h + button_h +
           4 * gap + status_h + margin;
}

void data_panel::resized() {
    if (parent_.is()) layout(layout_width(parent_));
}

// One column; the buttons go two to a row.
void data_panel::layout(sal_Int32 width) {
    sal_Int32 y = controls_.place("sheet", margin, width, sheet_h, margin, gap);
    sal_Int32 half = (width - 2 * margin - gap) / 2;
    auto pair = [&](const char* left, const char* right) {
        uno::Reference<awt::XWindow>(controls_.control(left), uno::UNO_QUERY_THROW)
            ->setPosSize(margin, y, half, button_h, awt::PosSize::POSSIZE);
        uno::Reference<awt::XWindow>(controls_.control(right), uno::UNO_QUERY_THROW)
            ->setPosSize(margin + half + gap, y, half, button_h, awt::PosSize::POSSIZE);
        y += button_h + gap;
    };
    pair("link", "unlink");
    pair("refresh", "check");
    y = controls_.place("problems_label", y, width, label_h, margin, gap);
    y = controls_.place("problems", y, width, problems_h, margin, gap);
    y = controls_.place("fields_label", y, width, label_h, margin, gap);
    y = controls_.place("fields", y, width, fields_h, margin, gap);
    y = controls_.place("skeleton", y, width, button_h, margin, gap);
    controls_.place("status", y, width, status_h, margin, gap);
    window()->setPosSize(0, 0, width, height_for_width(width), awt::PosSize::POSSIZE);
}

uno::Reference<text::XTextDocument> data_panel::document() const {
    auto controller = frame_.is() ? frame_->getController() : nullptr;
    return uno::Reference<text::XTextDocument>(controller.is() ? controller->getModel() : nullptr,
                                               uno::UNO_QUERY);
}

bool data_panel::read_only() const {
    uno::Reference<frame::XStorable> storable(document(), uno::UNO_QUERY);
    return storable.is() && storable->isReadonly();
}

void data_panel::say(const rtl::OUString& text) {
    controls_.set("status", "Label", uno::Any(text));
}

// The fields of every library, each key once, as "label（key）".
void data_panel::fill_fields() {
    fields_.clear();
    std::vector<std::string> lines;
    std::set<std::string> seen;
    for (auto& [lib, origin] : library_registry::instance().all(context_))
        for (const field& f : lib->fields)
            if (seen.insert(f.key).second) {
                fields_.emplace_back(to_ou(lib->id), to_ou(f.key));
                lines.push_back((f.label.empty() ? f.key : f.label) + "（" + f.key + "）");
            }
    controls_.set("fields", "StringItemList", uno::Any(string_list(lines)));
}

void data_panel::update() {
    auto doc = document();
    if (!doc.is()) return;
    rtl::Reference<report_engine> engine(new report_engine(context_, caller::ui));
    rtl::OUString url = engine->getDataSheet(doc);
    controls_.set(
        "sheet", "Label",
        uno::Any(url.isEmpty() ? ui(message::no_sheet) : ui(message::data_sheet) + to_ou(file_name(url))));
    anchors_.clear();
    // Every placeholder and typed X: the problems first, then the filled ones, each in document order.
    std::vector<std::string> lines, filled;
    std::vector<uno::Reference<text::XTextRange>> filled_anchors;
    for (const auto& e : engine->audit(doc)) {
        std::string status = to_std(e.Status);
        bool problem = is_problem(status);
        (problem ? lines : filled)
            .push_back(problem_line(status, to_std(e.Label), to_std(e.Message), language_, to_std(e.Shown)));
        (problem ? anchors_ : filled_anchors).push_back(e.Anchor);
    }
    size_t problems = lines.size();
    lines.insert(lines.end(), filled.begin(), filled.end());
    anchors_.insert(anchors_.end(), filled_anchors.begin(), filled_anchors.end());
    controls_.set("problems", "StringItemList", uno::Any(string_list(lines)));
    controls_.set("problems_label", "Label",
                  uno::Any(problems == 0 ? ui(message::all_filled)
                                         : rtl::OUString::number(static_cast<sal_Int64>(problems)) +
                                               ui(message::problems_suffix)));
    bool writable = !read_only();
    controls_.set("link", "Enabled", uno::Any(writable));
    for (const char* b : {"unlink", "refresh"})
        controls_.set(b, "Enabled", uno::Any(writable && !url.isEmpty()));
    controls_.set("fields", "Enabled", uno::Any(writable));
    if (!writable) say(ui(message::read_only));
}

void data_panel::command(const rtl::OUString& name) {
    auto doc = document();
    if (!doc.is()) return;
    try {
        rtl::Reference<report_engine> engine(new report_engine(context_, caller::ui));
        if (name == "link") {
            link();
        } else if (name == "unlink") {
            engine->unlinkDataSheet(doc);
            say(ui(message::no_sheet));
        } else if (name == "refresh") {
            sal_Int32 changed = engine->refresh(doc);
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
    rtl::Reference<report_engine> engine(new report_engine(context_, caller::ui));
    engine->linkDataSheet(document(), url);
    say(ui(message::linked) + to_ou(file_name(url)));
}

void data_panel::write_skeleton() {
    rtl::OUString url = pick_file(true);
    if (url.isEmpty()) return;
    rtl::Reference<report_engine> engine(new report_engine(context_, caller::ui));
    engine->writeDataSkeleton(document(), {}, url);
    say(ui(message::written) + to_ou(file_name(url)));
}

// Selects the problem's field or typed X in the document; the view follows the selection.
void data_panel::problem_selected() {
    sal_Int16 pos = uno::Reference<awt::XListBox>(controls_.control("problems"), uno::UNO_QUERY_THROW)
                        ->getSelectedItemPos();
    if (pos < 0 || static_cast<size_t>(pos) >= anchors_.size() || !anchors_[static_cast<size_t>(pos)].is())
        return;
    auto controller = frame_.is() ? frame_->getController() : nullptr;
    uno::Reference<view::XSelectionSupplier> selection(controller, uno::UNO_QUERY);
    try {
        if (selection.is()) selection->select(uno::Any(anchors_[static_cast<size_t>(pos)]));
    } catch (const uno::Exception& e) {
        say(e.Message); // the text was deleted since the last check
    }
}

void data_panel::field_activated() {
    sal_Int16 pos = uno::Reference<awt::XListBox>(controls_.control("fields"), uno::UNO_QUERY_THROW)
                        ->getSelectedItemPos();
    if (pos < 0 || static_cast<size_t>(pos) >= fields_.size() || read_only()) return;
    try {
        rtl::Reference<report_engine> engine(new report_engine(context_, caller::ui));
        auto& [lib, key] = fields_[static_cast<size_t>(pos)];
        engine->insertField(document(), nullptr, lib, key);
        say(ui(message::inserted) + key);
    } catch (const uno::Exception& e) {
        say(e.Message);
    }
    update();
}

} // namespace reportkit::office
