// Property sequences written as {{"Hidden", uno::Any(true)}, …}: the SDK's Sequence has no
// initializer-list constructor outside LibreOffice's own tree.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include <initializer_list>
#include <utility>

namespace reportkit::office {

inline css::uno::Sequence<css::beans::PropertyValue>
properties(std::initializer_list<std::pair<const char*, css::uno::Any>> list) {
    css::uno::Sequence<css::beans::PropertyValue> seq(static_cast<sal_Int32>(list.size()));
    sal_Int32 i = 0;
    for (auto& [name, value] : list) {
        seq[i].Name = rtl::OUString::createFromAscii(name);
        seq[i++].Value = value;
    }
    return seq;
}

} // namespace reportkit::office
