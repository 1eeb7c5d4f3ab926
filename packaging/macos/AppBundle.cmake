# operator-console.app: its Info.plist (Info.plist.in) and icon. Included by ui/CMakeLists.txt on
# macOS only; the .icns comes from icon-packer (resources/CMakeLists.txt). The DMG around the
# bundle is MacBundle.cmake.

function(opc_set_up_app_bundle target)
    set(OPC_BUNDLE_ID school.operator-console)
    get_filename_component(OPC_BUNDLE_ICON ${OPC_APP_ICNS} NAME)
    # The oldest macOS the binaries run on is the deployment target (CI sets it to Qt's own
    # minimum). Without one, the compiler targets this Mac's version, and so must the bundle.
    set(OPC_BUNDLE_MIN_MACOS ${CMAKE_OSX_DEPLOYMENT_TARGET})
    if(NOT OPC_BUNDLE_MIN_MACOS)
        execute_process(COMMAND sw_vers -productVersion OUTPUT_VARIABLE OPC_BUNDLE_MIN_MACOS
                        OUTPUT_STRIP_TRAILING_WHITESPACE)
        message(WARNING "CMAKE_OSX_DEPLOYMENT_TARGET is not set: operator-console.app will need "
                        "macOS ${OPC_BUNDLE_MIN_MACOS} or newer. For an installer, configure with "
                        "-DCMAKE_OSX_DEPLOYMENT_TARGET=${QT_SUPPORTED_MIN_MACOS_VERSION} (Qt's "
                        "minimum) and build QtKeychain the same way.")
    endif()
    set(plist ${CMAKE_CURRENT_BINARY_DIR}/${target}-Info.plist)
    configure_file(${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Info.plist.in ${plist} @ONLY)
    set_target_properties(${target} PROPERTIES MACOSX_BUNDLE_INFO_PLIST ${plist})

    target_sources(${target} PRIVATE ${OPC_APP_ICNS})
    set_source_files_properties(${OPC_APP_ICNS} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    add_dependencies(${target} opc_app_icon)
endfunction()
