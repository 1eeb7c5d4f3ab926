# Linux: a .deb for Debian 12 and a .tgz of the same tree. The programs use Debian's Qt, so the
# .deb depends on it instead of carrying it.
#   cmake --build build --target package        build/packages/operator-console_*.deb and .tar.gz
#   tests/packaging/deb-install-check.sh        installs the .deb, runs it, removes it

install(FILES ${CMAKE_CURRENT_LIST_DIR}/operator-console.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/app.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME operator-console.svg)

# The fixed sizes desktops look for first (freedesktop icon theme spec), rendered from the
# same SVG by the build's own icon-renderer.
set(hicolor_dir ${CMAKE_CURRENT_BINARY_DIR}/hicolor)
set(hicolor_pngs)
foreach(size IN ITEMS 16 24 32 48 64 128 256 512)
    set(png ${hicolor_dir}/${size}x${size}/apps/operator-console.png)
    add_custom_command(
        OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${hicolor_dir}/${size}x${size}/apps
        COMMAND icon-renderer --exact ${CMAKE_SOURCE_DIR}/resources/icons/app.svg ${png} ${size}
        DEPENDS icon-renderer ${CMAKE_SOURCE_DIR}/resources/icons/app.svg
        COMMENT "Rendering the package icon at ${size} px"
        VERBATIM)
    list(APPEND hicolor_pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_target(opc_package_icons ALL DEPENDS ${hicolor_pngs})

set(CPACK_GENERATOR DEB TGZ)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://operator-console.local")
# The long description only: CPack puts the summary (CPACK_PACKAGE_DESCRIPTION_SUMMARY) on the
# first line and indents these lines itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Guided wizards for the KIDS account merge, leads and partner lines,\nand the audit log of what the agents did, backed by the school's CRM.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so shlibdeps cannot see them: the SQLite driver (a Qt plugin), the
# platform plugins (xcb for a desktop, offscreen for --smoke; Debian ships both in libqt6gui6),
# libsecret (QtKeychain opens it with dlopen), OpenSSL (Qt's TLS plugin opens it for https) and
# Qt's own Russian strings (dialog buttons and the like). Qt also opens every image-format
# plugin it finds when it first reads an image, the SVG one included, so that is listed too.
# tests/packaging checks this list against what the installed programs really open.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6gui6, libqt6svg6, libsecret-1-0, libssl3, qt6-translations-l10n")
# The keychain service; without one the console keeps the token for the session only.
# Wayland sessions get a native window with qt6-wayland (XWayland works without it).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-wayland")
# The .tar.gz unpacks to operator-console-VERSION-linux-ARCH/{bin,share}, to run from any folder
# on a Debian 12 system with the Depends above; the .deb names itself the Debian way.
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")
