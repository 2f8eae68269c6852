// reportkit render --batch SHEET: one report per unit of a batch sheet (core/data/batch).
#pragma once

#include "session.hpp"

#include <string>
#include <vector>

namespace reportkit::cli {

struct batch_job {
    std::string sheet;
    int offices = 1; // -j N
    std::string library, outline;
    std::vector<std::string> sections;
    std::string layout;               // --layout, empty: the outline's
    std::vector<std::string> outputs; // each with {name}, the unit's name
    session_options session;
};

// Builds the report once per office and fills and stores it for each of its units; prints
// reports per minute. Returns the exit code.
int render_batch(const batch_job& job);

} // namespace reportkit::cli
