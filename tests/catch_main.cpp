// The one Catch2 main for all unit tests, compiled once.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
