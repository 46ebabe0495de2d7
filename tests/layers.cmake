# The layering of docs/architecture.md, checked on every run: see
# tests/layers/check_layers.cmake.
add_test(NAME layers
  COMMAND "${CMAKE_COMMAND}" "-DLIB_DIR=${PROJECT_SOURCE_DIR}/lib" -P "${CMAKE_CURRENT_LIST_DIR}/layers/check_layers.cmake")
set_tests_properties(layers PROPERTIES LABELS layers)
