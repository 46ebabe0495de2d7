# What the library's dependencies (date, fmt, Threads, ...) ask of the code
# that includes ktimeline's headers: compile definitions (date-tz's
# USE_OS_TZDB=1 must match the compiled library) and include directories.
# The pkg-config file and the header self-containment tests need these outside
# of CMake's own target machinery, so they are read here from the imported
# targets, following INTERFACE_LINK_LIBRARIES.
#
#   ktimeline_dependency_usage(ktimeline defs incs libs)
#   # defs: ONLY_C_LOCALE=1;HAS_STRING_VIEW=1;USE_OS_TZDB=1;FMT_SHARED
#   # incs: directories the compiler does not already search, e.g. /opt/date/include
#   # libs: imported library targets and plain link items met on the way,
#   #       e.g. date::date-tz;fmt::fmt;-pthread
function(ktimeline_dependency_usage target out_definitions out_includes out_libraries)
  set(pending ${target})
  set(seen "")
  set(definitions "")
  set(includes "")
  set(libraries "")
  while(pending)
    list(POP_FRONT pending current)
    if(current IN_LIST seen)
      continue()
    endif()
    if(NOT TARGET "${current}")
      # A plain link item: a flag such as -pthread, or a library's full path.
      if(current MATCHES "^-" OR IS_ABSOLUTE "${current}")
        list(APPEND libraries "${current}")
      endif()
      list(APPEND seen "${current}")
      continue()
    endif()
    list(APPEND seen "${current}")
    get_target_property(imported "${current}" IMPORTED)
    if(imported)
      # Our own targets carry $<BUILD_INTERFACE:...> paths that mean nothing
      # outside CMake; imported targets of installed packages hold plain values.
      foreach(property INTERFACE_COMPILE_DEFINITIONS INTERFACE_INCLUDE_DIRECTORIES)
        get_target_property(values "${current}" ${property})
        if(values)
          foreach(value IN LISTS values)
            if(NOT value MATCHES "\\$<")
              if(property STREQUAL "INTERFACE_COMPILE_DEFINITIONS")
                list(APPEND definitions "${value}")
              else()
                list(APPEND includes "${value}")
              endif()
            endif()
          endforeach()
        endif()
      endforeach()
      get_target_property(type "${current}" TYPE)
      if(NOT type STREQUAL "INTERFACE_LIBRARY")
        list(APPEND libraries "${current}")
      endif()
    endif()
    get_target_property(links "${current}" INTERFACE_LINK_LIBRARIES)
    if(links)
      foreach(link IN LISTS links)
        if(link MATCHES "^\\$<LINK_ONLY:([^$<>]+)>$")
          set(link "${CMAKE_MATCH_1}")
        endif()
        if(NOT link MATCHES "\\$<")
          list(APPEND pending "${link}")
        endif()
      endforeach()
    endif()
  endwhile()
  list(REMOVE_DUPLICATES definitions)
  list(REMOVE_DUPLICATES includes)
  list(REMOVE_DUPLICATES libraries)
  # Naming a directory the compiler searches anyway (/usr/include) with -I or
  # -isystem reorders the search and breaks libstdc++'s #include_next.
  if(CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES)
    list(REMOVE_ITEM includes ${CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES})
  endif()
  set(${out_definitions} "${definitions}" PARENT_SCOPE)
  set(${out_includes} "${includes}" PARENT_SCOPE)
  set(${out_libraries} "${libraries}" PARENT_SCOPE)
endfunction()
