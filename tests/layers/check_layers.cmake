# Checks the library's layering (docs/architecture.md, "Who may include whom"):
#  1. a public header includes only headers of its own module or of a module
#     below it, so data flows one way: text -> timex -> document/entity ->
#     event -> timeline -> output;
#  2. nothing under lib/ uses nlohmann-json, CLI11 or <regex> (the installed
#     package must not need the programs' dependencies, and text scanning
#     must not use std::regex).
#   cmake -DLIB_DIR=<source>/lib -P check_layers.cmake
# A header whose module is not in the map below is listed, not failed: add it
# here and to docs/architecture.md.
cmake_minimum_required(VERSION 3.16)

get_filename_component(LIB_DIR "${LIB_DIR}" ABSOLUTE)

# module of each public header (by file name, without .hpp)
set(module_of_text text)
set(module_of_error base)
set(module_of_version base)
set(module_of_embedded_tables rules)
set(module_of_rules rules)
set(module_of_timex timex)
set(module_of_tagger timex)
set(module_of_reading timex)
set(module_of_document document)
set(module_of_entity entity)
set(module_of_event event)
set(module_of_extract event)
set(module_of_timeline timeline)
set(module_of_pipeline pipeline)
set(module_of_analysis pipeline)
set(module_of_collection pipeline)
set(module_of_output output)
set(module_of_json_writer output)
set(module_of_timeline_output output)
set(module_of_ktimeline umbrella)

# modules each module may include besides itself
set(allowed_base "")
set(allowed_text base)
set(allowed_rules base text)
set(allowed_timex base text rules)
set(allowed_document base text rules timex)
set(allowed_entity base text rules document)
set(allowed_event base text rules timex document entity)
set(allowed_timeline base text timex event)
set(allowed_pipeline base text rules timex document entity event timeline)
set(allowed_output base text rules timex document entity event timeline pipeline)
set(allowed_umbrella base text rules timex document entity event timeline pipeline output)

set(violations "")
set(unknown "")
file(GLOB_RECURSE headers "${LIB_DIR}/include/ktimeline/*.hpp")
foreach(header IN LISTS headers)
  get_filename_component(name "${header}" NAME_WE)
  file(RELATIVE_PATH shown "${LIB_DIR}" "${header}")
  set(module "${module_of_${name}}")
  if(NOT module)
    list(APPEND unknown "${shown}")
    continue()
  endif()
  file(STRINGS "${header}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]ktimeline/")
  foreach(line IN LISTS includes)
    if(NOT line MATCHES "ktimeline/([A-Za-z0-9_/]+)\\.hpp")
      continue()
    endif()
    get_filename_component(included "${CMAKE_MATCH_1}" NAME)
    set(included_module "${module_of_${included}}")
    if(included_module AND NOT included_module STREQUAL module
       AND NOT included_module IN_LIST allowed_${module})
      list(APPEND violations "${shown} (${module}) includes ktimeline/${CMAKE_MATCH_1}.hpp (${included_module})")
    endif()
  endforeach()
endforeach()

file(GLOB_RECURSE sources "${LIB_DIR}/*.hpp" "${LIB_DIR}/*.cpp" "${LIB_DIR}/*.h")
foreach(source IN LISTS sources)
  file(RELATIVE_PATH shown "${LIB_DIR}" "${source}")
  file(STRINGS "${source}" forbidden REGEX "#[ \t]*include[ \t]*[<\"](nlohmann/|CLI/|regex[>\"])|std::regex")
  foreach(line IN LISTS forbidden)
    string(STRIP "${line}" line)
    list(APPEND violations "${shown}: '${line}' (nlohmann-json and CLI11 belong to tools/, std::regex to nowhere in lib/)")
  endforeach()
endforeach()

if(unknown)
  list(JOIN unknown ", " unknown)
  message(STATUS "not in the module map of tests/layers/check_layers.cmake: ${unknown}")
endif()
if(violations)
  list(JOIN violations "\n  " violations)
  message(FATAL_ERROR "layering violations:\n  ${violations}")
endif()
list(LENGTH headers count)
message(STATUS "${count} public headers respect the layering; lib/ uses no program-only dependency")
