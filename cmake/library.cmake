# library.cmake: the library as other programs get it (included by the
# top-level CMakeLists.txt after the lede_obj, lede_static and lede_shared
# targets). docs/library.md explains the choices.
#
# - liblede.so exports exactly the LEDE_API declarations of include/*.h
#   (everything else is built with hidden visibility).
# - liblede.a (public) is ONE relocatable object: `ld -r` joins every
#   object of the library, then `objcopy --localize-hidden` turns every
#   hidden (internal) symbol local, so a program linking it sees only the
#   lede_* API and cannot collide with internal names such as buf_put.
#   The in-tree programs (CLI, unit tests, dev tools, Python module) link
#   lede_static (liblede_internal.a), which keeps the internal names they
#   test; it is not installed.
# - `cmake --install` puts the headers, both libraries, the CLI, the man
#   page, lede.pc and the CMake package (find_package(lede) -> lede::lede,
#   lede::lede_static) under the prefix; lede.pc and the package locate the
#   prefix from their own place, so an installed tree can be moved.

set_target_properties(lede_static PROPERTIES OUTPUT_NAME lede_internal)

set(LEDE_PUBLIC_ARCHIVE ${CMAKE_BINARY_DIR}/liblede.a)
set(LEDE_PUBLIC_OBJECT ${CMAKE_BINARY_DIR}/CMakeFiles/liblede-public.o)
add_custom_command(
  OUTPUT ${LEDE_PUBLIC_ARCHIVE}
  COMMAND ${CMAKE_LINKER} -r -o ${LEDE_PUBLIC_OBJECT} $<TARGET_OBJECTS:lede_obj>
  COMMAND ${CMAKE_OBJCOPY} --localize-hidden ${LEDE_PUBLIC_OBJECT}
  COMMAND ${CMAKE_COMMAND} -E rm -f ${LEDE_PUBLIC_ARCHIVE}
  COMMAND ${CMAKE_AR} qc ${LEDE_PUBLIC_ARCHIVE} ${LEDE_PUBLIC_OBJECT}
  COMMAND ${CMAKE_RANLIB} ${LEDE_PUBLIC_ARCHIVE}
  DEPENDS $<TARGET_OBJECTS:lede_obj>
  COMMAND_EXPAND_LISTS
  COMMENT "liblede.a: one relocatable object, internal symbols made local")
add_custom_target(lede_public_archive ALL DEPENDS ${LEDE_PUBLIC_ARCHIVE})

# What a static consumer must add after liblede.a: the libraries the
# objects call (CLD2 is C++, hence the C++ runtime). pkg-config modules
# where Debian has them (Requires.private), plain -l flags for the others:
# CLD2 has no .pc, and libidn2's .pc would add its own static needs
# (-lunistring, absent without libunistring-dev) that linking the shared
# libidn2 does not have.
set(LEDE_PC_REQUIRES_PRIVATE "uchardet zlib libdeflate libzstd libbrotlidec")
set(LEDE_PC_LIBS_PRIVATE "-lcld2 -lstdc++ -lidn2 -lm -lpthread")

include(GNUInstallDirs)
include(CMakePackageConfigHelpers)
file(RELATIVE_PATH LEDE_PC_PREFIX_FROM_PCDIR
     /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(${CMAKE_CURRENT_LIST_DIR}/lede.pc.in ${CMAKE_BINARY_DIR}/lede.pc @ONLY)
file(RELATIVE_PATH LEDE_CMAKE_PREFIX_FROM_CONFIGDIR
     /prefix/${CMAKE_INSTALL_LIBDIR}/cmake/lede /prefix)
configure_file(${CMAKE_CURRENT_LIST_DIR}/lede-config.cmake.in
               ${CMAKE_BINARY_DIR}/lede-config.cmake @ONLY)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/lede-config-version.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)

file(GLOB LEDE_PUBLIC_HEADERS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/include/*.h)
install(TARGETS lede RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS lede_shared LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES ${LEDE_PUBLIC_ARCHIVE} DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES ${LEDE_PUBLIC_HEADERS} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${CMAKE_SOURCE_DIR}/man/lede.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_BINARY_DIR}/lede.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
install(FILES ${CMAKE_BINARY_DIR}/lede-config.cmake ${CMAKE_BINARY_DIR}/lede-config-version.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/lede)
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/lede OPTIONAL)
