#include "uno/writer/layout_undo.hxx"

using namespace css;

namespace reportkit::office {

void layout_undo::undo() {
    for (auto c = changes_.rbegin(); c != changes_.rend(); ++c)
        c->target->setPropertyValue(c->name, c->before);
}

// The footer's page numbers went with the footer on Undo: the layout writes them again.
void layout_undo::redo() {
    for (const property_change& c : changes_)
        c.target->setPropertyValue(c.name, c.after);
    again_();
}

} // namespace reportkit::office
