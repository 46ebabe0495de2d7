# Configures a consumer project in an empty build directory, so that no cache
# from an earlier run can hide a broken package.
#   cmake -DSOURCE_DIR=... -DBINARY_DIR=... "-DARGS=-G|Unix Makefiles|-D..." -P fresh_configure.cmake
# ARGS separates the arguments with '|' because ctest splits lists at ';'.
cmake_minimum_required(VERSION 3.16)
string(REPLACE "|" ";" ARGS "${ARGS}")
file(REMOVE_RECURSE "${BINARY_DIR}")
execute_process(
  COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${BINARY_DIR}" ${ARGS}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "configuring ${SOURCE_DIR} failed: ${result}")
endif()
