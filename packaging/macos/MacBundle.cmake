# macOS: operator-console.app (Info.plist and icon: AppBundle.cmake; Qt inside it:
# ../QtRuntimeDeploy.cmake) on a drag-and-drop DMG, built by CPack's DragNDrop generator.
#   cmake --build build && cd build && cpack -G DragNDrop
#       → build/packages/operator-console-<version>-macos.dmg
# The DMG holds the bundle and a link to /Applications. The CLI tools are inside the bundle:
#   "/Applications/operator-console.app/Contents/MacOS/operator-cli" --version
# The .github/workflows/installers.yml job builds it, opens it, runs the console and the CLI.

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME "operator-console-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "Operator Console")
set(CPACK_DMG_FORMAT UDZO)

# Signing and notarisation (sign-and-notarize.sh), driven by OPC_MACOS_SIGN_IDENTITY and the
# OPC_NOTARY_* variables: the bundle before it goes onto the DMG, the DMG after it is built.
# Without them the bundle is signed ad hoc, which Apple silicon needs to run it at all, and the
# log says this is an unsigned developer build.
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/CPackSign.cmake)
set(CPACK_POST_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/CPackSign.cmake)
