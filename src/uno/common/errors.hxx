// How the glue refuses a call: an IllegalArgumentException whose message starts with
// "ReportKit: " and says what is wrong.
#pragma once

#include "core/ui/messages.hpp"
#include "uno/common/configuration.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>

namespace reportkit::office {

[[noreturn]] inline void fail(const std::string& message) {
    throw css::lang::IllegalArgumentException(to_ou("ReportKit: " + message), nullptr, 0);
}

// A refusal as ReportKit's own windows show it: without the "ReportKit: " that tells other
// callers whose refusal it is.
inline rtl::OUString refusal_text(const rtl::OUString& message) {
    return message.startsWith("ReportKit: ") ? message.copy(11) : message;
}

// A refusal a person can meet, in LibreOffice's UI language; `fail` is for the callers' mistakes.
template <class... Args>
[[noreturn]] void refuse(const css::uno::Reference<css::uno::XComponentContext>& context, message m,
                         const Args&... args) {
    fail(text(m, ui_language(context), args...));
}

} // namespace reportkit::office
