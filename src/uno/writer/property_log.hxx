// Property changes to styles, recorded so that they can be undone: Writer's undo does not see
// changes made to styles through the API, so the official layout keeps its own record.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>

#include <vector>

namespace reportkit::office {

struct property_change {
    css::uno::Reference<css::beans::XPropertySet> target;
    rtl::OUString name;
    css::uno::Any before, after;
};

// While one lives, set_property records into it the changes made on this thread.
class property_log {
public:
    property_log();
    ~property_log();
    property_log(const property_log&) = delete;
    property_log& operator=(const property_log&) = delete;

    std::vector<property_change> changes;
};

// Sets a property to `value` unless it has it already (a second layout changes nothing), and
// records the change in the open log.
void set_property(const css::uno::Reference<css::beans::XPropertySet>& props, const char* name,
                  const css::uno::Any& value);

// Sets the changed properties back to what they were before, the last change first.
void put_back(const std::vector<property_change>& changes);

} // namespace reportkit::office
