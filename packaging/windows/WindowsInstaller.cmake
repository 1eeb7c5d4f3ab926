# Windows: an MSI built by CPack's WIX generator with WiX Toolset 3 (candle and light; found
# through the WIX environment variable the WiX 3 installer sets).
#   cmake --build build && cd build && cpack -G WIX
#       → build/packages/operator-console-<version>-windows-x64.msi
#   msiexec /i operator-console-<version>-windows-x64.msi /qn      (silent install; /x removes)
# The .github/workflows/installers.yml job builds it, installs it, runs it and removes it.
#
# What the MSI promises:
#  - A per-machine install into "C:\Program Files\Operator Console" (bin\ holds the programs),
#    with an "Operator Console" shortcut in the Start menu and on the desktop, and the icon and
#    name in Settings → Apps.
#  - Upgrades: every build is a new product (ProductCode) of one fixed UpgradeCode, so installing
#    a newer MSI removes the older version first (CPack's template schedules MajorUpgrade after
#    InstallInitialize) and installing an older one over a newer is refused.
#  - No reboot: nothing it installs is a driver, a service or a shared system file, and
#    REBOOT=ReallySuppress keeps Windows Installer from restarting the machine even when a file
#    is in use. The Restart Manager stays on (its default), so a running console is asked to
#    close instead of having its files replaced at the next restart.
#  - A clean uninstall: the MSI removes every file, folder, shortcut and registry value it
#    installed, and "C:\Program Files\Operator Console" is gone afterwards. What the console
#    created for each user stays, as with any mature desktop program: settings
#    (HKEY_CURRENT_USER\Software\OperatorConsole), the data folder (%LOCALAPPDATA%\OperatorConsole:
#    the sandbox database, unsent audit events, journals of interrupted merges) and the CRM token
#    in Windows Credential Manager. An uninstall, or the removal step of an upgrade, must never
#    drop an agent's unsent audit events; docs/installers.md says how to remove it all by hand.

set(CPACK_GENERATOR WIX)

# The product's identity to Windows Installer across all versions. NEVER CHANGE IT: an MSI with
# another UpgradeCode does not replace an installed console, it installs a second one beside it.
set(CPACK_WIX_UPGRADE_GUID "A667648C-83F9-4639-8076-927B5C43BB40")

# The name Settings → Apps, the installer's dialogs and the shortcuts show (CPack's WiX template
# takes it from CPACK_PACKAGE_NAME); the file keeps the lowercase name of the other packages.
set(CPACK_PACKAGE_NAME "Operator Console")
set(CPACK_PACKAGE_FILE_NAME "operator-console-${PROJECT_VERSION}-windows-x64")
set(CPACK_WIX_PRODUCT_ICON ${OPC_APP_ICO})

# Per machine, under Program Files (ProgramFiles64Folder, CPack's default for a 64-bit build).
# CMake 3.29 added CPACK_WIX_INSTALL_SCOPE; before it, ALLUSERS=1 is what that scope sets, and
# both at once would define the property twice.
if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.29)
    set(CPACK_WIX_INSTALL_SCOPE perMachine)
else()
    set(CPACK_WIX_PROPERTY_ALLUSERS 1)
endif()

# Shortcuts straight in the Start menu, not in a folder of one (Windows 11 shows no folders in
# its list of apps anyway); "." also leaves out an uninstall shortcut: Settings → Apps does that.
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
set(opc_console_exe "${CMAKE_INSTALL_BINDIR}/operator-console.exe")
set_property(INSTALL "${opc_console_exe}" PROPERTY CPACK_START_MENU_SHORTCUTS "Operator Console")
set_property(INSTALL "${opc_console_exe}" PROPERTY CPACK_DESKTOP_SHORTCUTS "Operator Console")

set(CPACK_WIX_PROPERTY_REBOOT ReallySuppress)
# Nothing to choose between: no "Change" button in Settings → Apps.
set(CPACK_WIX_PROPERTY_ARPNOMODIFY 1)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://operator-console.local")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${PROJECT_DESCRIPTION}")

# The MSVC runtime (vcruntime140*.dll, msvcp140*.dll) beside the programs: an agent's PC need not
# have the Visual C++ Redistributable. Windows 10 and 11 carry the Universal CRT themselves.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# Signing with signtool before the MSI is built (the programs) and after (the MSI), when the
# OPC_WINDOWS_SIGN_* variables are set; otherwise an unsigned build, and the log says so.
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/CPackSign.cmake)
set(CPACK_POST_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/CPackSign.cmake)
