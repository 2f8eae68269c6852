#include "uno/writer/property_log.hxx"

#include <cstdlib>

using namespace css;

namespace reportkit::office {
namespace {

thread_local property_log* open_log = nullptr;

// Writer keeps lengths in twips: a length set in 1/100 mm reads back up to a unit off.
bool same(const uno::Any& a, const uno::Any& b) {
    if (a == b) return true;
    sal_Int32 x = 0, y = 0;
    if (a.getValueTypeClass() != uno::TypeClass_LONG || b.getValueTypeClass() != uno::TypeClass_LONG)
        return false;
    if (!(a >>= x) || !(b >>= y)) return false;
    return std::abs(x - y) <= 2;
}

} // namespace

property_log::property_log() {
    open_log = this;
}

property_log::~property_log() {
    open_log = nullptr;
}

void set_property(const uno::Reference<beans::XPropertySet>& props, const char* name, const uno::Any& value) {
    rtl::OUString key = rtl::OUString::createFromAscii(name);
    uno::Any before = props->getPropertyValue(key);
    if (same(before, value)) return;
    props->setPropertyValue(key, value);
    if (open_log) open_log->changes.push_back({props, key, before, value});
}

void put_back(const std::vector<property_change>& changes) {
    for (auto c = changes.rbegin(); c != changes.rend(); ++c)
        c->target->setPropertyValue(c->name, c->before);
}

} // namespace reportkit::office
