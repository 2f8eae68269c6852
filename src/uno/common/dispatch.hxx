// queryDispatches as every dispatch provider writes it: queryDispatch for each request.
#pragma once

#include <com/sun/star/frame/DispatchDescriptor.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>

namespace reportkit::office {

inline css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>>
query_each(css::frame::XDispatchProvider& provider,
           const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) {
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> out(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        out[i] =
            provider.queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return out;
}

} // namespace reportkit::office
