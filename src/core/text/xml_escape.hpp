// Text as it may stand in an XML attribute value or element content.
#pragma once

#include <string>
#include <string_view>

namespace reportkit {

inline std::string xml_escaped(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '"')
            out += "&quot;";
        else
            out += c;
    }
    return out;
}

} // namespace reportkit
