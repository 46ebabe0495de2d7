# Installs the build tree into an empty prefix, so that the consumer tests see
# exactly what `cmake --install` ships and nothing left from an earlier run.
#   cmake -DBUILD_DIR=... -DPREFIX=... -DCONFIG=Release -P fresh_install.cmake
cmake_minimum_required(VERSION 3.16)
file(REMOVE_RECURSE "${PREFIX}")
execute_process(
  COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" --config "${CONFIG}"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
