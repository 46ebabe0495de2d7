# How other projects get ktimeline, the way fmt and date ship:
#  - cmake --install: headers, the library, a CMake package
#    (find_package(ktimeline CONFIG)) and a pkg-config file (ktimeline.pc);
#  - the build tree itself: ktimeline_DIR=<build dir> finds the same package
#    through export(), with no install step;
#  - add_subdirectory needs nothing from here (see the top-level CMakeLists).
# docs/building.md shows each from the consumer's side.
include(CMakePackageConfigHelpers)
include(KtimelineUsage)

set(KTIMELINE_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/ktimeline")
set(KTIMELINE_TARGETS_FILE ktimeline-targets.cmake)

install(TARGETS ktimeline EXPORT ktimeline-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY "${PROJECT_SOURCE_DIR}/lib/include/ktimeline"
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.hpp")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_SOURCE_DIR}/README.md"
  DESTINATION ${CMAKE_INSTALL_DOCDIR})

# --- CMake package -----------------------------------------------------------
# Threads is only named when the library links it itself; date's own package
# already finds Threads for date-tz.
get_target_property(ktimeline_links ktimeline INTERFACE_LINK_LIBRARIES)
set(KTIMELINE_FIND_THREADS "")
if(ktimeline_links AND "Threads::Threads" IN_LIST ktimeline_links)
  set(KTIMELINE_FIND_THREADS "find_dependency(Threads)\n")
endif()

# One config file serves both the install and the build tree: it only refers
# to files beside itself.
configure_package_config_file(
  "${CMAKE_CURRENT_LIST_DIR}/ktimelineConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/ktimelineConfig.cmake"
  INSTALL_DESTINATION ${KTIMELINE_CMAKE_DIR})
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/ktimelineConfigVersion.cmake"
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)

install(EXPORT ktimeline-targets
  NAMESPACE ktimeline::
  FILE ${KTIMELINE_TARGETS_FILE}
  DESTINATION ${KTIMELINE_CMAKE_DIR})
install(FILES
  "${PROJECT_BINARY_DIR}/ktimelineConfig.cmake"
  "${PROJECT_BINARY_DIR}/ktimelineConfigVersion.cmake"
  DESTINATION ${KTIMELINE_CMAKE_DIR})

# The build tree as a package: find_package(ktimeline) with
# ktimeline_DIR=<this build dir> uses the library right where it was built.
export(EXPORT ktimeline-targets
  NAMESPACE ktimeline::
  FILE "${PROJECT_BINARY_DIR}/${KTIMELINE_TARGETS_FILE}")

# --- pkg-config ----------------------------------------------------------------
# fmt ships its own fmt.pc (Requires: fmt); date ships none, so date-tz and its
# compile definitions are spelled out from date's imported targets.
ktimeline_dependency_usage(ktimeline pc_definitions pc_includes pc_libraries)
set(KTIMELINE_PC_DEPENDENCY_CFLAGS "")
foreach(definition IN LISTS pc_definitions)
  if(NOT definition MATCHES "^FMT_")
    string(APPEND KTIMELINE_PC_DEPENDENCY_CFLAGS " -D${definition}")
  endif()
endforeach()
foreach(directory IN LISTS pc_includes)
  string(APPEND KTIMELINE_PC_DEPENDENCY_CFLAGS " -I${directory}")
endforeach()
set(KTIMELINE_PC_DEPENDENCY_LIBS "")
foreach(library IN LISTS pc_libraries)
  if(library MATCHES "^fmt::")
    continue()  # from fmt.pc
  elseif(TARGET "${library}")
    get_target_property(location "${library}" LOCATION)
    get_filename_component(directory "${location}" DIRECTORY)
    get_filename_component(name "${location}" NAME_WE)
    string(REGEX REPLACE "^lib" "" name "${name}")
    if(NOT directory IN_LIST CMAKE_CXX_IMPLICIT_LINK_DIRECTORIES)
      string(APPEND KTIMELINE_PC_DEPENDENCY_LIBS " -L${directory}")
    endif()
    string(APPEND KTIMELINE_PC_DEPENDENCY_LIBS " -l${name}")
  else()
    string(APPEND KTIMELINE_PC_DEPENDENCY_LIBS " ${library}")
  endif()
endforeach()
string(STRIP "${KTIMELINE_PC_DEPENDENCY_CFLAGS}" KTIMELINE_PC_DEPENDENCY_CFLAGS)
string(STRIP "${KTIMELINE_PC_DEPENDENCY_LIBS}" KTIMELINE_PC_DEPENDENCY_LIBS)

get_target_property(KTIMELINE_PC_LIBRARY ktimeline OUTPUT_NAME)
if(NOT KTIMELINE_PC_LIBRARY)
  set(KTIMELINE_PC_LIBRARY ktimeline)
endif()
foreach(kind LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${kind}}")
    set(KTIMELINE_PC_${kind} "${CMAKE_INSTALL_${kind}}")
  else()
    set(KTIMELINE_PC_${kind} "\${prefix}/${CMAKE_INSTALL_${kind}}")
  endif()
endforeach()

# The prefix is only known at install time (cmake --install --prefix DIR), so
# the file is finished then: the first pass leaves @CMAKE_INSTALL_PREFIX@ in.
set(KTIMELINE_PC_PREFIX "@CMAKE_INSTALL_PREFIX@")
configure_file("${CMAKE_CURRENT_LIST_DIR}/ktimeline.pc.in"
  "${PROJECT_BINARY_DIR}/ktimeline.pc.in" @ONLY)
install(CODE "configure_file(\"${PROJECT_BINARY_DIR}/ktimeline.pc.in\" \"${PROJECT_BINARY_DIR}/ktimeline.pc\" @ONLY)")
install(FILES "${PROJECT_BINARY_DIR}/ktimeline.pc"
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
