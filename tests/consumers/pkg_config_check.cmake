# Builds the consumer program with nothing but what ktimeline.pc says, then
# runs it: the check a Makefile or Meson user makes.
#   cmake -DPKG_CONFIG=... -DPKG_CONFIG_DIR=<prefix>/lib/pkgconfig -DCXX=... -DSOURCE=consumer.cpp
#         -DWORK_DIR=... -DEXPECTED_VERSION=0.1.0 -P pkg_config_check.cmake
cmake_minimum_required(VERSION 3.16)
if(DEFINED ENV{PKG_CONFIG_PATH} AND NOT "$ENV{PKG_CONFIG_PATH}" STREQUAL "")
  set(ENV{PKG_CONFIG_PATH} "${PKG_CONFIG_DIR}:$ENV{PKG_CONFIG_PATH}")
else()
  set(ENV{PKG_CONFIG_PATH} "${PKG_CONFIG_DIR}")
endif()

function(pkg_config out)
  execute_process(COMMAND "${PKG_CONFIG}" ${ARGN} ktimeline
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error
    OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "pkg-config ${ARGN} ktimeline failed: ${error}")
  endif()
  set(${out} "${output}" PARENT_SCOPE)
endfunction()

pkg_config(version --modversion)
if(NOT version STREQUAL EXPECTED_VERSION)
  message(FATAL_ERROR "ktimeline.pc says version '${version}', expected '${EXPECTED_VERSION}'")
endif()
pkg_config(flags --cflags --libs)
message(STATUS "pkg-config --cflags --libs ktimeline: ${flags}")
if(NOT flags MATCHES "-lktimeline")
  message(FATAL_ERROR "ktimeline.pc does not link the library")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
separate_arguments(flag_list UNIX_COMMAND "${flags}")
execute_process(
  COMMAND "${CXX}" -std=c++17 "${SOURCE}" -o "${WORK_DIR}/consumer" ${flag_list}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "compiling with the pkg-config flags failed")
endif()
execute_process(COMMAND "${WORK_DIR}/consumer" pkg-config
  RESULT_VARIABLE result OUTPUT_VARIABLE output)
message(STATUS "${output}")
string(REPLACE "." "\\." version_pattern "${EXPECTED_VERSION}")
if(NOT result EQUAL 0 OR NOT output MATCHES
   "^pkg-config: 2025-02-04T14:40 \\+ PT2H = 2025-02-04T16:40 \\(ktimeline ${version_pattern}\\)")
  message(FATAL_ERROR "the consumer built through pkg-config failed (${result}): ${output}")
endif()
