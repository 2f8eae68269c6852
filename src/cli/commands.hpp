// The reportkit subcommands; each takes the arguments after its name and returns an exit code.
#pragma once

#include <string>
#include <vector>

namespace reportkit::cli {

using args = std::vector<std::string>;

int cmd_lint(const args& a);   // lint.cpp
int cmd_fields(const args& a); // fields.cpp
int cmd_render(const args& a); // render.cpp
int cmd_check(const args& a);  // check.cpp
int cmd_import(const args& a); // import.cpp
int cmd_update(const args& a); // update.cpp

} // namespace reportkit::cli
