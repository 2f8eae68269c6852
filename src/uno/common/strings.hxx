// UTF-8 std::string <-> OUString, the only string conversion the glue needs.
#pragma once

#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

namespace reportkit::office {

inline rtl::OUString to_ou(std::string_view s) {
    return rtl::OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}

inline std::string to_std(const rtl::OUString& s) {
    rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<size_t>(o.getLength()));
}

} // namespace reportkit::office
