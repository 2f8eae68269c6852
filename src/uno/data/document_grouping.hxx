// A number grouping for one document over the Options page's (render --grouping), kept in its
// user-defined properties only while a command fills and checks it: the office's settings are
// never touched, so an interrupted command changes nothing for the next one.
#pragma once

#include <rtl/ustring.hxx>

namespace reportkit::office {

// Its value: "none", "comma" or "thin" (core parse_grouping); absent, the Options page's setting.
inline rtl::OUString grouping_property() {
    return "ReportKit.Grouping";
}

} // namespace reportkit::office
