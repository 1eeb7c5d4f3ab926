# Authenticode signing of the Windows installer, run by CPack twice: before the MSI is built
# (CPACK_PRE_BUILD_SCRIPTS: our programs and qt6keychain.dll in the staging folder; Qt's DLLs
# come signed by The Qt Company) and after (CPACK_POST_BUILD_SCRIPTS: the MSI, whose signature
# is what the install prompt shows).
#
# Driven by environment variables, so CI secrets and a release engineer's machine take the same
# path:
#   OPC_WINDOWS_SIGN_PFX         a .pfx file with the code-signing certificate and its key, and
#   OPC_WINDOWS_SIGN_PASSWORD    its password; or instead
#   OPC_WINDOWS_SIGN_THUMBPRINT  the SHA-1 thumbprint of a certificate in the Windows certificate
#                                store (a hardware token or a cloud HSM's store provider)
#   OPC_WINDOWS_TIMESTAMP_URL    RFC 3161 time-stamping server (default DigiCert's), so the
#                                signature outlives the certificate
# With none set, the build is an unsigned developer build and says so.

set(pfx "$ENV{OPC_WINDOWS_SIGN_PFX}")
set(thumbprint "$ENV{OPC_WINDOWS_SIGN_THUMBPRINT}")
if(pfx STREQUAL "" AND thumbprint STREQUAL "")
    message(STATUS "Not signing: neither OPC_WINDOWS_SIGN_PFX nor OPC_WINDOWS_SIGN_THUMBPRINT is "
                   "set, so this is an unsigned developer build (SmartScreen will warn).")
    return()
endif()

set(timestamp_url "$ENV{OPC_WINDOWS_TIMESTAMP_URL}")
if(timestamp_url STREQUAL "")
    set(timestamp_url "http://timestamp.digicert.com")
endif()

# signtool is in the Windows SDK, which a Developer Command Prompt puts on PATH; otherwise the
# newest SDK's x64 copy.
set(program_files_x86 "ProgramFiles(x86)") # a name ${} cannot spell directly
file(GLOB sdk_signtools "$ENV{${program_files_x86}}/Windows Kits/10/bin/10.*/x64/signtool.exe")
list(SORT sdk_signtools COMPARE NATURAL ORDER DESCENDING)
find_program(signtool signtool HINTS ${sdk_signtools})
if(NOT signtool AND sdk_signtools)
    list(GET sdk_signtools 0 signtool)
endif()
if(NOT signtool)
    message(FATAL_ERROR "Signing was asked for, but signtool.exe (Windows SDK) is not found.")
endif()

if(CPACK_PACKAGE_FILES)
    set(files ${CPACK_PACKAGE_FILES})
else()
    file(GLOB_RECURSE files
        "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*operator-console.exe"
        "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*operator-cli.exe"
        "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*crm-sandbox.exe"
        "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*qt6keychain.dll")
    if(NOT files)
        message(FATAL_ERROR "Nothing to sign in ${CPACK_TEMPORARY_INSTALL_DIRECTORY}.")
    endif()
endif()

if(NOT pfx STREQUAL "")
    set(identity /f "${pfx}" /p "$ENV{OPC_WINDOWS_SIGN_PASSWORD}")
else()
    set(identity /sha1 "${thumbprint}")
endif()
foreach(file IN LISTS files)
    message(STATUS "Signing ${file}")
    # The password never reaches the log: no COMMAND_ECHO, and signtool does not repeat it.
    execute_process(
        COMMAND "${signtool}" sign /fd SHA256 /td SHA256 /tr "${timestamp_url}"
                /d "Operator Console" ${identity} "${file}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "signtool could not sign ${file} (exit ${result}).")
    endif()
    execute_process(COMMAND "${signtool}" verify /pa /q "${file}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "The signature of ${file} does not verify.")
    endif()
endforeach()
