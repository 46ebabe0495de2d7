# Consumer tests: tiny projects in tests/consumers/ that use ktimeline the
# three documented ways and run the program they build.
#   consumers/install                        cmake --install into a fresh prefix (fixture)
#   consumers/find_package/{configure,build,run}             against that prefix
#   consumers/find_package_build_tree/{configure,build,run}  ktimeline_DIR = this build tree
#   consumers/add_subdirectory/{configure,build,run}         the source tree as a subdirectory
#   consumers/pkg_config                     compiles with `pkg-config --cflags --libs ktimeline`
# Fixtures order the steps, so `ctest -R consumers/pkg_config` installs first.
set(consumer_sources "${CMAKE_CURRENT_LIST_DIR}/consumers")
set(consumer_root "${CMAKE_CURRENT_BINARY_DIR}/consumers")
set(consumer_prefix "${consumer_root}/prefix")
set(KTIMELINE_CONSUMER_BUILD_JOBS 2 CACHE STRING "Parallel jobs for each consumer project's build")

# The consumers build with the compiler, generator and dependencies this build uses.
set(consumer_common_args -G "${CMAKE_GENERATOR}" "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}")
if(CMAKE_GENERATOR_PLATFORM)
  list(APPEND consumer_common_args -A "${CMAKE_GENERATOR_PLATFORM}")
endif()
if(CMAKE_MAKE_PROGRAM)
  list(APPEND consumer_common_args "-DCMAKE_MAKE_PROGRAM=${CMAKE_MAKE_PROGRAM}")
endif()
if(NOT CMAKE_CONFIGURATION_TYPES)
  list(APPEND consumer_common_args "-DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}")
endif()
foreach(package date fmt)
  if(${package}_DIR)
    list(APPEND consumer_common_args "-D${package}_DIR=${${package}_DIR}")
  endif()
endforeach()

# The output the consumer program prints when the library works; the version
# also proves version.hpp agrees with project(VERSION).
string(REPLACE "." "\\." consumer_version_pattern "${PROJECT_VERSION}")
function(ktimeline_consumer_pattern how out)
  set(${out} "^${how}: 2025-02-04T14:40 \\+ PT2H = 2025-02-04T16:40 \\(ktimeline ${consumer_version_pattern}\\)"
      PARENT_SCOPE)
endfunction()

# Three tests per consumer: configure (fresh), build, run.
#   ktimeline_consumer_test(NAME source_subdir REQUIRES fixture ARGS -D...)
function(ktimeline_consumer_test name source)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "REQUIRES" "ARGS")
  set(binary "${consumer_root}/${name}")
  set(prefix "consumers/${name}")
  # add_test would split a list argument at its semicolons: pass it with '|'.
  string(REPLACE ";" "|" args "${consumer_common_args};${arg_ARGS}")
  add_test(NAME ${prefix}/configure
    COMMAND "${CMAKE_COMMAND}" "-DSOURCE_DIR=${consumer_sources}/${source}" "-DBINARY_DIR=${binary}"
            "-DARGS=${args}"
            -P "${consumer_sources}/fresh_configure.cmake")
  add_test(NAME ${prefix}/build
    COMMAND "${CMAKE_COMMAND}" --build "${binary}" --config $<CONFIG>
            --parallel ${KTIMELINE_CONSUMER_BUILD_JOBS})
  if(CMAKE_CONFIGURATION_TYPES)
    set(program "${binary}/$<CONFIG>/consumer")
  else()
    set(program "${binary}/consumer")
  endif()
  add_test(NAME ${prefix}/run COMMAND "${program}" "${name}")
  ktimeline_consumer_pattern("${name}" pattern)

  set_tests_properties(${prefix}/configure PROPERTIES
    FIXTURES_REQUIRED "${arg_REQUIRES}" FIXTURES_SETUP ${name}_configured)
  set_tests_properties(${prefix}/build PROPERTIES
    FIXTURES_REQUIRED ${name}_configured FIXTURES_SETUP ${name}_built)
  set_tests_properties(${prefix}/run PROPERTIES
    FIXTURES_REQUIRED ${name}_built PASS_REGULAR_EXPRESSION "${pattern}")
  set_tests_properties(${prefix}/configure ${prefix}/build ${prefix}/run PROPERTIES LABELS consumers)
endfunction()

# add_subdirectory needs no install step.
ktimeline_consumer_test(add_subdirectory add_subdirectory
  ARGS "-DKTIMELINE_SOURCE_DIR=${PROJECT_SOURCE_DIR}")

if(NOT KTIMELINE_INSTALL)
  message(STATUS "ktimeline: KTIMELINE_INSTALL is off, the find_package and pkg-config consumer tests are skipped")
  return()
endif()

add_test(NAME consumers/install
  COMMAND "${CMAKE_COMMAND}" "-DBUILD_DIR=${PROJECT_BINARY_DIR}" "-DPREFIX=${consumer_prefix}"
          "-DCONFIG=$<CONFIG>" -P "${consumer_sources}/fresh_install.cmake")
set_tests_properties(consumers/install PROPERTIES
  FIXTURES_SETUP ktimeline_installed LABELS consumers)

if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(installed_libdir "${CMAKE_INSTALL_LIBDIR}")  # outside the prefix: no temporary install possible
else()
  set(installed_libdir "${consumer_prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()

ktimeline_consumer_test(find_package find_package
  REQUIRES ktimeline_installed
  ARGS "-DCMAKE_PREFIX_PATH=${consumer_prefix}"
       "-DKTIMELINE_EXPECTED_DIR=${installed_libdir}/cmake/ktimeline")

ktimeline_consumer_test(find_package_build_tree find_package
  ARGS "-Dktimeline_DIR=${PROJECT_BINARY_DIR}"
       "-DKTIMELINE_EXPECTED_DIR=${PROJECT_BINARY_DIR}")

find_program(KTIMELINE_PKG_CONFIG NAMES pkg-config pkgconf)
if(KTIMELINE_PKG_CONFIG)
  add_test(NAME consumers/pkg_config
    COMMAND "${CMAKE_COMMAND}" "-DPKG_CONFIG=${KTIMELINE_PKG_CONFIG}"
            "-DPKG_CONFIG_DIR=${installed_libdir}/pkgconfig" "-DCXX=${CMAKE_CXX_COMPILER}"
            "-DSOURCE=${consumer_sources}/consumer.cpp" "-DWORK_DIR=${consumer_root}/pkg_config"
            "-DEXPECTED_VERSION=${PROJECT_VERSION}" -P "${consumer_sources}/pkg_config_check.cmake")
  set_tests_properties(consumers/pkg_config PROPERTIES
    FIXTURES_REQUIRED ktimeline_installed LABELS consumers)
else()
  message(WARNING "ktimeline: pkg-config not found, the pkg-config consumer test is skipped "
                  "(scripts/install-deps.sh installs it)")
endif()
