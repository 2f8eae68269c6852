// What the office benchmarks share: a private headless office with the built .oxt installed,
// hidden Writer documents, and a stopwatch.
#pragma once

#include "uno/client/office.hxx"
#include "uno/client/unopkg.hxx"
#include "uno/common/properties.hxx"

#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <chrono>
#include <filesystem>
#include <fmt/format.h>
#include <memory>
#include <stdexcept>
#include <unistd.h>

namespace reportkit::bench {

using clock_type = std::chrono::steady_clock;

inline double ms_since(clock_type::time_point t0) {
    return std::chrono::duration<double, std::milli>(clock_type::now() - t0).count();
}

// A private office in a temporary folder (removed with it), the extension installed.
struct bench_office {
    std::filesystem::path dir;
    std::unique_ptr<office::office_process> process;
    css::uno::Reference<css::uno::XComponentContext> context;

    // In $REPORTKIT_OFFICE when set, else in the system's LibreOffice; headless, or visible on the
    // X display `display` (":91").
    explicit bench_office(const std::string& name, const std::string& display = {})
        : bench_office(name, office::office_program_dir(), display) {}
    bench_office(const std::string& name, const std::string& program_dir, const std::string& display)
        : dir(std::filesystem::temp_directory_path() /
              fmt::format("reportkit-{}{}-{}", name, office::office_tag(program_dir), getpid())) {
        std::filesystem::create_directories(dir);
        office::office_config config{.profile_dir = (dir / "profile").string(),
                                     .pipe = dir.filename().string(),
                                     .program_dir = program_dir,
                                     .log_file = (dir / "soffice.log").string(),
                                     .display = display};
        // Installed before the first start, so that this client knows the extension's types (a
        // struct such as AuditEntry crossing the bridge needs them).
        if (office::unopkg_add(config.program_dir, config.profile_dir, REPORTKIT_OXT,
                               (dir / "unopkg.log").string()) != 0)
            throw std::runtime_error("unopkg could not install " + std::string(REPORTKIT_OXT));
        process = office::office_process::start(config, std::chrono::seconds(90));
        context = process->context();
    }
    ~bench_office() {
        try {
            if (process) process->terminate();
        } catch (...) {
        }
        std::filesystem::remove_all(dir);
    }
    template <class T> css::uno::Reference<T> engine() const {
        return {
            context->getServiceManager()->createInstanceWithContext("org.reportkit.ReportEngine", context),
            css::uno::UNO_QUERY_THROW};
    }
};

// A new hidden Writer document, closed at the end of its scope.
struct document {
    css::uno::Reference<css::text::XTextDocument> doc;
    explicit document(const css::uno::Reference<css::uno::XComponentContext>& context) {
        css::uno::Reference<css::frame::XComponentLoader> loader(
            context->getServiceManager()->createInstanceWithContext("com.sun.star.frame.Desktop", context),
            css::uno::UNO_QUERY_THROW);
        doc.set(loader->loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                             office::properties({{"Hidden", css::uno::Any(true)}})),
                css::uno::UNO_QUERY_THROW);
    }
    ~document() {
        try {
            css::uno::Reference<css::util::XCloseable>(doc, css::uno::UNO_QUERY_THROW)->close(true);
        } catch (const css::uno::Exception&) {
        }
    }
};

} // namespace reportkit::bench
