// reportkit: lint and list section libraries, render reports through LibreOffice, import old ones.
#include "commands.hpp"

#include <iostream>
#include <string_view>

namespace {

const char* help = R"(usage: reportkit COMMAND [ARGS]

commands:
  lint [--format text|json] PATH...    check section libraries (files or folders)
  fields [--csv | --ods OUT] PATH...   list the fields of libraries; --csv/--ods give a data-sheet skeleton
  render --library FILE|ID ...         build (and with --data fill) a report through LibreOffice
  check DOC.odt                        list unfilled, invalid and out-of-date numbers; exit 1 if any;
                                       also sections a newer library version changes (--library FILE|DIR)
  update DOC.odt -o OUT.odt            a copy with unedited sections brought up to the newest library
  import REPORT.txt|.odt|.docx         turn an existing report into a section library (-o OUT.xml)

  --version                            print the version
  --help                               print this help
)";

} // namespace

int main(int argc, char** argv) {
    using namespace reportkit::cli;
    if (argc < 2) {
        std::cerr << help;
        return 2;
    }
    std::string_view command = argv[1];
    args rest(argv + 2, argv + argc);
    if (command == "lint") return cmd_lint(rest);
    if (command == "fields") return cmd_fields(rest);
    if (command == "render") return cmd_render(rest);
    if (command == "check") return cmd_check(rest);
    if (command == "import") return cmd_import(rest);
    if (command == "update") return cmd_update(rest);
    if (command == "--version") {
        std::cout << "reportkit " << REPORTKIT_VERSION << "\n";
        return 0;
    }
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << help;
        return 0;
    }
    std::cerr << "reportkit: unknown command '" << command << "'\n" << help;
    return 2;
}
