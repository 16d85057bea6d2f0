# Shipped data staged in the build tree, what `make install` puts where, and the Debian package
# (scripts/package.sh runs cpack): both programs in /usr/bin, data in /usr/share/plumbline.
include(GNUInstallDirs)

# The build tree holds the data as an installed system does (data_dir.h finds share/plumbline
# from the program), so programs run from build/ never read the source checkout.
set(PLUMB_SHIPPED_DATA schemes demo certificates)
set(stage ${PROJECT_BINARY_DIR}/share/plumbline)
set(stage_stamp ${PROJECT_BINARY_DIR}/share/plumbline.staged)
set(stage_files)
set(stage_commands)
foreach(dir ${PLUMB_SHIPPED_DATA})
  file(GLOB files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/data/${dir}/*)
  list(APPEND stage_files ${files})
  list(APPEND stage_commands
    COMMAND ${CMAKE_COMMAND} -E copy_directory ${PROJECT_SOURCE_DIR}/data/${dir} ${stage}/${dir})
endforeach()
add_custom_command(OUTPUT ${stage_stamp}
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${stage}
  ${stage_commands}
  COMMAND ${CMAKE_COMMAND} -E touch ${stage_stamp}
  DEPENDS ${stage_files}
  COMMENT "Staging the shipped data in share/plumbline")
add_custom_target(shipped_data ALL DEPENDS ${stage_stamp})
add_dependencies(plumb shipped_data)

install(TARGETS plumb RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
foreach(dir ${PLUMB_SHIPPED_DATA})
  install(DIRECTORY data/${dir} DESTINATION ${CMAKE_INSTALL_DATADIR}/plumbline)
endforeach()

# Man pages, gzipped as Debian wants them.
set(man_pages plumb)
if(PLUMBLINE_GUI)
  list(APPEND man_pages plumbline)
endif()
set(man_outputs)
foreach(page ${man_pages})
  set(in ${PROJECT_SOURCE_DIR}/packaging/${page}.1)
  set(out ${PROJECT_BINARY_DIR}/packaging/${page}.1.gz)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DIN=${in} -DOUT=${PROJECT_BINARY_DIR}/packaging/${page}.1
            -DVERSION=${PROJECT_VERSION} -P ${PROJECT_SOURCE_DIR}/cmake/man_page.cmake
    COMMAND gzip -9nf ${PROJECT_BINARY_DIR}/packaging/${page}.1
    DEPENDS ${in} ${PROJECT_SOURCE_DIR}/cmake/man_page.cmake
    COMMENT "Compressing the man page ${page}(1)")
  list(APPEND man_outputs ${out})
endforeach()
# Debian wants a native package's changelog as changelog.gz beside the copyright.
set(changelog ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${changelog}
  COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/packaging/changelog > ${changelog}
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog)
add_custom_target(man_pages ALL DEPENDS ${man_outputs} ${changelog})
install(FILES ${man_outputs} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES packaging/copyright ${changelog} DESTINATION ${CMAKE_INSTALL_DOCDIR})

if(PLUMBLINE_GUI)
  install(TARGETS plumbline RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  # The compiled catalogues: share/locale/<lang>/LC_MESSAGES/plumbline.mo (src/CMakeLists.txt).
  install(DIRECTORY ${PROJECT_BINARY_DIR}/share/locale/ DESTINATION ${CMAKE_INSTALL_LOCALEDIR})
  install(FILES packaging/plumbline.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  foreach(size 16 24 32 48 64 128 256)
    install(FILES packaging/icons/plumbline-${size}.png
      DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME plumbline.png)
  endforeach()
  install(FILES packaging/icons/plumbline.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# The Debian package: build/plumbline_<version>_amd64.deb.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME plumbline)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CONTACT "Plumbline maintainers <maintainers@users.noreply.b-seed-27b5a5c0.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "judging console for construction-trade skills competitions")
# The summary above is the first line; CPack indents these lines.
set(CPACK_PACKAGE_DESCRIPTION "Plumbline (技能大赛评分) scores construction-trade skills competitions
(bricklaying, rebar fixing, tiling, carpentry): judges enter measured values
and judgement scores, organisers draw lots, check that every mark is in,
rank, award prizes and titles, and print certificates and results.
.
This package has the console (plumbline), the command line (plumb), the
marking schemes of the four trades, a demo competition and the Chinese
translation.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Library dependencies come from the binaries (dpkg-shlibdeps); the CJK font is for the console
# and the PDF exports, which name Noto Sans and Serif CJK.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
include(CPack)
