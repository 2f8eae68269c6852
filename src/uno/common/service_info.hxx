// XServiceInfo for a component from its two describing functions, so that each component
// states its names once: class x : public with_service_info<cppu::WeakImplHelperN<…>, name, services>.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weak.hxx>
#include <rtl/ustring.hxx>

namespace reportkit::office {

// A component's entry function for cppu::ImplementationEntry: a new T(context).
template <class T>
css::uno::Reference<css::uno::XInterface>
    SAL_CALL create_component(const css::uno::Reference<css::uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new T(context));
}

// The one service name most components implement.
inline css::uno::Sequence<rtl::OUString> one_service(const char* name) {
    css::uno::Sequence<rtl::OUString> names(1);
    names[0] = rtl::OUString::createFromAscii(name);
    return names;
}

using implementation_name_fn = rtl::OUString (*)();
using service_names_fn = css::uno::Sequence<rtl::OUString> (*)();

template <class Base, implementation_name_fn name, service_names_fn services>
class with_service_info : public Base {
public:
    using Base::Base; // WeakComponentImplHelper wants its mutex
    rtl::OUString SAL_CALL getImplementationName() override { return name(); }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& s) override {
        return cppu::supportsService(this, s);
    }
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override { return services(); }
};

} // namespace reportkit::office
