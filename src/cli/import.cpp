// reportkit import: an existing report (.txt, or .odt/.docx/.doc read through LibreOffice) turned
// into a section library, and optionally the numbers it held as a filled data sheet.
#include "commands.hpp"
#include "files.hpp"
#include "session.hpp"

#include "core/data/csv.hpp"
#include "core/library/loader.hpp"
#include "core/library/names.hpp"
#include "core/library/text_import.hpp"
#include "uno/common/strings.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;
using namespace css;

namespace reportkit::cli {
namespace {

const std::string usage =
    std::string(
        "usage: reportkit import [--id ID] [--title TITLE] [-o OUT.xml] [--data OUT.csv] [--force] ") +
    session_usage +
    " REPORT.txt|.odt|.docx|.doc\n"
    "  A .txt file (UTF-8, UTF-16 or GB18030) is read directly; other formats through LibreOffice.\n"
    "  The library goes to OUT.xml (standard output without -o); --data writes the numbers found.\n"
    "  Existing files are not replaced without --force.\n";

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(fmt::format("cannot open '{}'", path));
    std::stringstream bytes;
    bytes << in.rdbuf();
    std::optional<decoded_text> text = decode_text(bytes.str());
    if (!text) throw std::runtime_error(fmt::format("'{}' is not UTF-8, UTF-16 or GB18030 text", path));
    return text->utf8;
}

// The document's paragraphs as Writer shows them, each with its list label (一、 …) in front.
// Tables are left out: their cells are not paragraphs of the report's skeleton.
std::string read_document(const std::string& path, const session_options& options, int& tables) {
    office_session session(options);
    document_closer doc{session.open_document(path)};
    uno::Reference<container::XEnumeration> e =
        uno::Reference<container::XEnumerationAccess>(doc.doc->getText(), uno::UNO_QUERY_THROW)
            ->createEnumeration();
    std::string text;
    while (e->hasMoreElements()) {
        uno::Reference<lang::XServiceInfo> element(e->nextElement(), uno::UNO_QUERY);
        if (!element.is() || !element->supportsService("com.sun.star.text.Paragraph")) {
            ++tables;
            continue;
        }
        rtl::OUString label;
        uno::Reference<beans::XPropertySet>(element, uno::UNO_QUERY_THROW)
            ->getPropertyValue("ListLabelString") >>= label;
        text += office::to_std(label) +
                office::to_std(uno::Reference<text::XTextRange>(element, uno::UNO_QUERY_THROW)->getString()) +
                "\n";
    }
    return text;
}

void write_file(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
    if (!out.flush()) throw std::runtime_error(fmt::format("cannot write '{}'", path));
}

} // namespace

int cmd_import(const args& a) {
    return run_command("import", usage, [&] {
        session_options session;
        import_options options;
        std::string input, output, data;
        bool force = false;
        for (size_t i = 0; i < a.size(); ++i) {
            auto value = [&] { return option_value(a, i); };
            if (a[i] == "--help" || a[i] == "-h") {
                std::cout << usage;
                return 0;
            }
            if (parse_session_option(a, i, session)) continue;
            if (a[i] == "--id")
                options.library_id = value();
            else if (a[i] == "--title")
                options.title = value();
            else if (a[i] == "-o")
                output = value();
            else if (a[i] == "--data")
                data = value();
            else if (a[i] == "--force")
                force = true;
            else if (a[i].starts_with("-") || !input.empty())
                throw usage_error("unexpected '" + a[i] + "'");
            else
                input = a[i];
        }
        if (input.empty()) throw usage_error("give the report to import");
        if (!is_name(options.library_id))
            throw usage_error(fmt::format("bad library id '{}': use lowercase ASCII segments joined by dots",
                                          options.library_id));
        std::string ext = fs::path(input).extension().string();
        bool plain = ext == ".txt" || ext == ".text";
        plain ? require_input_file(input, "report") : require_document_file(input);
        for (const std::string& out : {output, data})
            if (!out.empty())
                require_writable_output(out, force ? existing_file::replace : existing_file::keep);

        int tables = 0;
        std::string text = plain ? read_text_file(input) : read_document(input, session, tables);
        options.source = fs::path(input).filename().string();
        import_result r = import_report_text(text, options);
        for (const diagnostic& d : r.problems)
            std::cerr << format_diagnostic(d) << "\n";
        if (!r.problems.empty()) {
            say(fmt::format("{}: holds text no library can hold; nothing written", input));
            return 1;
        }

        // What we write must lint clean: a library with errors is a bug here, not the user's, and
        // it is refused whole rather than written half right.
        load_result check = load_library_text(r.xml, output.empty() ? "<stdout>" : output);
        for (const diagnostic& d : check.diags)
            std::cerr << format_diagnostic(d) << "\n";
        if (!check.ok()) {
            say(fmt::format("{}: the library made from it does not lint clean; nothing written", input));
            return 1;
        }
        if (output.empty())
            std::cout << r.xml;
        else
            write_file(output, r.xml);
        if (!data.empty()) write_file(data, imported_values_csv(r.values));
        // Beside the library, the fields to confirm: draft.xml → draft.review.txt.
        std::string review = output.empty() ? "" : fs::path(output).replace_extension(".review.txt").string();
        if (!review.empty()) write_file(review, imported_review(r.values, options.source));
        for (const std::string& w : r.warnings)
            std::cerr << "reportkit import: warning: " << w << "\n";

        auto count = [](size_t n, const char* noun) {
            return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
        };
        size_t blank = static_cast<size_t>(std::count_if(
            r.values.begin(), r.values.end(), [](const imported_value& v) { return v.value.empty(); }));
        say(fmt::format("{}: {}, {}, {} ({} without a value){}{}{}{}", options.source,
                        count(static_cast<size_t>(r.sections), "section"),
                        count(static_cast<size_t>(r.headings), "heading"), count(r.values.size(), "field"),
                        blank, r.unwrapped ? ", lines broken at the page width joined" : "",
                        r.contents ? ", a table of contents left out" : "",
                        tables ? ", " + count(static_cast<size_t>(tables), "table") + " left out" : "",
                        output.empty() ? "" : " → " + output + " (fields to confirm: " + review + ")"));
        return 0;
    });
}

} // namespace reportkit::cli
