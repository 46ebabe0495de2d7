# Install rules: headers, library, CMake package and pkg-config file.
# (Completed by the foundation work; see docs/architecture.md.)
install(TARGETS ktimeline EXPORT ktimeline-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY lib/include/ktimeline DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
