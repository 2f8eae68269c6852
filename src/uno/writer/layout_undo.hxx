// The undo step of a layout: puts back the style properties it changed, and lays out again on
// Redo. Added to the document's undo manager as one action.
#pragma once

#include "uno/writer/property_log.hxx"

#include <com/sun/star/document/XUndoAction.hpp>
#include <cppuhelper/implbase1.hxx>

#include <functional>
#include <vector>

namespace reportkit::office {

class layout_undo : public cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
    layout_undo(const rtl::OUString& title, std::vector<property_change> changes,
                std::function<void()> lay_out_again)
        : title_(title), changes_(std::move(changes)), again_(std::move(lay_out_again)) {}

    rtl::OUString SAL_CALL getTitle() override { return title_; }
    void SAL_CALL undo() override;
    void SAL_CALL redo() override;

private:
    rtl::OUString title_;
    std::vector<property_change> changes_;
    std::function<void()> again_;
};

} // namespace reportkit::office
