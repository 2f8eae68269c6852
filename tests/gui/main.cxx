#define CATCH_CONFIG_MAIN
#include "uno/common/strings.hxx"

#include <com/sun/star/uno/Exception.hpp>

#include <catch2/catch.hpp>

// UNO exceptions do not derive from std::exception: show their type and message in failures.
CATCH_TRANSLATE_EXCEPTION(const css::uno::Exception& e) {
    return reportkit::office::to_std(e.Message);
}
