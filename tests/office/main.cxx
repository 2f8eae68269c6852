#define CATCH_CONFIG_MAIN
#include "office_test_env.hxx"

#include <com/sun/star/uno/Exception.hpp>

#include <catch2/catch.hpp>

// UNO exceptions do not derive from std::exception: show their message in failures.
CATCH_TRANSLATE_EXCEPTION(const css::uno::Exception& e) {
    return reportkit::test::utf8(e.Message);
}
