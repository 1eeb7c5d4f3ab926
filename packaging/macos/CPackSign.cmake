# Run by CPack twice (MacBundle.cmake): before the DMG is built, to sign the staged bundle, and
# after, to sign, notarise and staple the DMG (CPack then copies it to build/packages). The work
# is sign-and-notarize.sh's, which a release engineer can also run by hand.

set(script "${CMAKE_CURRENT_LIST_DIR}/sign-and-notarize.sh")
if(CPACK_PACKAGE_FILES)
    foreach(dmg IN LISTS CPACK_PACKAGE_FILES)
        execute_process(COMMAND bash "${script}" dmg "${dmg}" RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "sign-and-notarize.sh dmg ${dmg} failed (exit ${result}).")
        endif()
    endforeach()
    return()
endif()

file(GLOB bundles "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/operator-console.app"
                  "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/operator-console.app")
if(NOT bundles)
    message(FATAL_ERROR "No operator-console.app under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}.")
endif()
foreach(bundle IN LISTS bundles)
    execute_process(COMMAND bash "${script}" app "${bundle}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "sign-and-notarize.sh app ${bundle} failed (exit ${result}).")
    endif()
endforeach()
