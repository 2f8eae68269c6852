#include "uno/writer/layout_undo.hxx"

using namespace css;

namespace reportkit::office {

void layout_undo::undo() {
    put_back(changes_);
}

// The footer's page numbers went with the footer on Undo: the layout writes them again.
void layout_undo::redo() {
    for (const property_change& c : changes_)
        c.target->setPropertyValue(c.name, c.after);
    again_();
}

} // namespace reportkit::office
