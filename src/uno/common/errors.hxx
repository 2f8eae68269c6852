// The one way the glue refuses a call: an IllegalArgumentException whose message starts with
// "ReportKit: " and says what is wrong.
#pragma once

#include "uno/common/strings.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>

namespace reportkit::office {

[[noreturn]] inline void fail(const std::string& message) {
    throw css::lang::IllegalArgumentException(to_ou("ReportKit: " + message), nullptr, 0);
}

} // namespace reportkit::office
