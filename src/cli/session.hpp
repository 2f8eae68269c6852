// The private headless office the office-backed commands (render, check, fields --ods) share:
// a profile in the user's cache with the freshly built .oxt installed, started or reused.
#pragma once

#include "uno/client/office.hxx"

#include <com/sun/star/text/XTextDocument.hpp>
#include <org/reportkit/XReportData.hpp>
#include <org/reportkit/XReportEngine.hpp>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace reportkit::cli {

struct usage_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The value of the option at a[i], stepping i past it; a usage error ("-o needs a file") when the
// command line ends there.
std::string option_value(const std::vector<std::string>& a, size_t& i, const std::string& what = "a value");

struct session_options {
    std::string profile, oxt;
    std::string program_dir; // --office; empty: $REPORTKIT_OFFICE, else the system's LibreOffice
    bool keep_office = false;
};

// Takes --profile, --oxt, --office and --keep-office at a[i]; false for any other option.
bool parse_session_option(const std::vector<std::string>& a, size_t& i, session_options& o);
inline const char* session_usage = "[--profile DIR] [--oxt FILE] [--office DIR] [--keep-office]";

// The folder of the office's profile: --profile, else ~/.cache/reportkit/office.
std::string profile_dir(const session_options& o);

void say(const std::string& message);

// Runs a command's body: a usage_error prints it with the usage and gives 2; any other error
// prints "reportkit NAME: error: …" and gives `failure`.
int run_command(const char* name, const std::string& usage, const std::function<int()>& body,
                int failure = 1);

class office_session {
public:
    explicit office_session(const session_options& o);
    ~office_session(); // stops the office it started unless told to keep it
    office_session(const office_session&) = delete;
    office_session& operator=(const office_session&) = delete;

    css::uno::Reference<css::uno::XComponentContext> context() const { return context_; }
    css::uno::Reference<org::reportkit::XReportEngine> engine() const;
    css::uno::Reference<org::reportkit::XReportData> data() const;

    // A new Writer document without a window, closed by document_closer. Writer lays out no
    // pages: building and saving the report cost a third as much, and the saved file has no
    // thumbnail or soft page breaks (Writer lays it out when it opens it). A PDF is printed
    // from the saved copy opened again (store_as), which has the pages.
    css::uno::Reference<css::text::XTextDocument> new_document() const;
    // `path` opened hidden, macros never run; read-only unless `editable` (a command that stores a changed
    // copy).
    css::uno::Reference<css::text::XTextDocument> open_document(const std::string& path,
                                                                bool editable = false) const;

private:
    bool office_alive() const;
    session_options options_;
    std::string profile_;
    std::unique_ptr<office::office_process> started_;
    css::uno::Reference<css::uno::XComponentContext> context_;
};

// Inserts a report at the end of `doc`: the outline, then each section. `library` is an id or a
// library file, loaded into the office first. Then lays the page out: `layout` (gbt9704, none), or
// when empty the outline's, else the library's. Returns the library's id.
rtl::OUString insert_report(const office_session& session,
                            const css::uno::Reference<css::text::XTextDocument>& doc,
                            const std::string& library, const std::string& outline,
                            const std::vector<std::string>& sections, const std::string& layout = {});

// Writer's export filter for an output by its extension: .odt, .pdf or .docx (else a usage error).
std::string filter_for(const std::string& path);

// Stores `doc` as `out` through its extension's filter; a save LibreOffice refuses is a plain error.
void store_as(const office_session& session, const css::uno::Reference<css::text::XTextDocument>& doc,
              const std::string& out);

// Closes a document when the scope ends, whatever happened.
struct document_closer {
    css::uno::Reference<css::text::XTextDocument> doc;
    ~document_closer();
};

} // namespace reportkit::cli
