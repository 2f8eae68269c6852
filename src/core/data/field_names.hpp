// The names Writer fields carry: "ReportKit." and the key, then the placeholder's options
// ("ReportKit.study.sessions", "ReportKit.x|approx=余|decimals=1"). The document keeps each
// value in a user-defined property of that name, so the name is the link from text to value.
#pragma once

#include "core/library/model.hpp"

#include <string>
#include <string_view>

namespace reportkit {

// The options as a placeholder writes them after its key: "|approx=余|decimals=1", or empty.
std::string options_text(const placeholder_options& p);

std::string field_name(const std::string& key, const placeholder_options& p);

// The key and options a name carries; false for a name that is no ReportKit placeholder.
bool parse_field_name(std::string_view name, std::string& key, placeholder_options& p);

} // namespace reportkit
