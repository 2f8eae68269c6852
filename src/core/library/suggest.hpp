// Suggestions for a name that is not there: the nearest declared key ("did you mean
// docs.received?") and the list of ids a library has, for messages that say what to write.
#pragma once

#include "core/library/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

// The name in `names` closest to `wanted` by edit distance, when close enough to be a slip
// (at most a third of its length in edits); "" otherwise.
std::string nearest_name(std::string_view wanted, const std::vector<std::string_view>& names);

// "library 'x' has no outline 'y' (did you mean z?); it has: a, b" — for outlines or sections.
std::string missing_outline_message(const library& lib, std::string_view id);
std::string missing_section_message(const library& lib, std::string_view id);

} // namespace reportkit
