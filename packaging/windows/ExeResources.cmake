# operator-console.exe's own icon and version resource (operator-console.rc.in). Included by
# ui/CMakeLists.txt on Windows only; the .ico comes from icon-packer (resources/CMakeLists.txt).

function(opc_add_exe_resources target)
    set(rc ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
    configure_file(${CMAKE_CURRENT_FUNCTION_LIST_DIR}/operator-console.rc.in ${rc} @ONLY)
    target_sources(${target} PRIVATE ${rc})
    # The .ico is built, not configured: the resource compiler must wait for it and rerun when
    # it changes.
    set_source_files_properties(${rc} PROPERTIES OBJECT_DEPENDS ${OPC_APP_ICO})
    add_dependencies(${target} opc_app_icon)
endfunction()
