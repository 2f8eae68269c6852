// The field definitions a document carries, so that it can be refreshed and checked where the
// library it came from is not installed: a library file holding only <fields>.
#pragma once

#include "core/library/model.hpp"
#include "core/render/plan.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

// The field keys a plan's placeholders name, each once, in order.
std::vector<std::string> plan_keys(const plan& p);

// `keys` and every field their formulas need, looked up in `lib` (unknown keys are left out).
std::vector<const field*> fields_with_inputs(const library& lib, const std::vector<std::string>& keys);

// A library text with only these fields; read_embedded_fields reads it back.
std::string embedded_fields_xml(const std::vector<const field*>& fields);

// The fields of an embedded_fields_xml text, or null when it cannot be read.
library_ptr read_embedded_fields(std::string_view xml);

} // namespace reportkit
