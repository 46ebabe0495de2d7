# Strict warnings for the project's own targets only; consumers never inherit
# them (PRIVATE). -Werror follows KTIMELINE_WERROR, on when ktimeline is the
# top-level project, so a consumer's newer compiler cannot break its build.
function(ktimeline_strict_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(KTIMELINE_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
