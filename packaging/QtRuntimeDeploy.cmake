# Qt's libraries, plugins and translations copied into the install tree, for the Windows MSI and
# the macOS bundle. Linux packages depend on Debian's Qt instead, so on Linux this file does
# nothing. It is the installers' one place for Qt-version-specific build code.
#
# What the install tree holds (docs/installers.md shows it whole):
#   Windows  bin/           the three programs, Qt's DLLs, qt6keychain.dll, the MSVC runtime,
#                           qt.conf ("Prefix = ..", so Qt finds the folders below)
#            plugins/       platforms/qwindows, styles, tls/ (Schannel and OpenSSL backends),
#                           sqldrivers/qsqlite only, imageformats, ...
#            translations/  qtbase_ru.qm (what translations/Translations.cpp loads) and the
#                           deploy tool's merged qt_*.qm
#   macOS    operator-console.app/Contents/
#              MacOS/       operator-console, operator-cli, crm-sandbox
#              Frameworks/  Qt's frameworks, libqt6keychain
#              PlugIns/     platforms/libqcocoa, styles, tls/, sqldrivers/libqsqlite, ...
#              Resources/   qt.conf, translations/qtbase_ru.qm, operator-console.icns
# An install-time check at the end fails the install (and so cpack) when any of the pieces the
# programs load at run time is missing.

if(NOT (WIN32 OR APPLE))
    return()
endif()

# qt_generate_deploy_script(OUTPUT_SCRIPT) and qt_deploy_runtime_dependencies(NO_COMPILER_RUNTIME),
# used below, arrived in Qt 6.5; 6.3 and 6.4 had a technology preview with other signatures.
if(Qt6_VERSION VERSION_LESS 6.5)
    message(FATAL_ERROR
        "The Windows and macOS installers deploy Qt with the deployment support of Qt 6.5 or "
        "newer, but this build uses Qt ${Qt6_VERSION} (${Qt6_DIR}). Point CMAKE_PREFIX_PATH at a "
        "Qt 6.5+ kit, e.g. C:/Qt/6.8.3/msvc2022_64 or ~/Qt/6.8.3/macos (README: Building on "
        "Windows and macOS).")
endif()

# install(CODE) from a template: @VAR@ is filled in now, ${VAR} is left for install time.
function(opc_install_code template)
    string(CONFIGURE "${template}" code @ONLY)
    install(CODE "${code}")
endfunction()

# What translations/Translations.cpp loads for Qt's own strings (dialog buttons and the like):
# qtbase_<language>.qm from QLibraryInfo::TranslationsPath. The deploy tools merge Qt's catalogs
# into qt_<language>.qm, a name it does not look for, so the file is installed as Qt ships it.
set(opc_qt_translations_dir "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
set(opc_qt_catalogs "${opc_qt_translations_dir}/qtbase_ru.qm")
foreach(catalog IN LISTS opc_qt_catalogs)
    if(NOT EXISTS "${catalog}")
        message(FATAL_ERROR "${catalog} is missing: the Qt kit lacks its translations "
                            "(the qttranslations part of the Qt installer).")
    endif()
endforeach()

# QtKeychain is not a Qt module, so windeployqt never copies it; macdeployqt copies any library
# it can resolve, and finds this one through the rpath INSTALL_RPATH_USE_LINK_PATH keeps below.
get_target_property(opc_keychain_target Qt6Keychain::Qt6Keychain ALIASED_TARGET)
if(NOT opc_keychain_target)
    set(opc_keychain_target Qt6Keychain::Qt6Keychain)
endif()

if(WIN32)
    # Qt's deploy script puts DLLs in bin/ and writes bin/qt.conf with "Prefix = .."; Qt then
    # looks for plugins/ and translations/ beside bin/.
    set(opc_translations_destination translations)
    install(IMPORTED_RUNTIME_ARTIFACTS ${opc_keychain_target}
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(opc_deploy_executable "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:operator-console>")
    # windeployqt looks at all three programs: a Qt module only the CLI tools used would still
    # be deployed.
    set(opc_deploy_additional "\"${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:operator-cli>\"
        \"${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:crm-sandbox>\"")
    # The MSVC runtime comes from InstallRequiredSystemLibraries (packaging/windows): windeployqt
    # would only copy vc_redist.x64.exe, which nothing runs.
    set(opc_deploy_options NO_COMPILER_RUNTIME)
    # The console reads and writes only SQLite; the other drivers (ODBC, PostgreSQL, Mimer) would
    # be dead weight whose client libraries are not installed anyway.
    set(opc_deploy_after [=[
file(GLOB unused_sql_drivers "${QT_DEPLOY_PREFIX}/${QT_DEPLOY_PLUGINS_DIR}/sqldrivers/*")
list(FILTER unused_sql_drivers EXCLUDE REGEX "/qsqlite[^/]*$")
if(unused_sql_drivers)
    file(REMOVE ${unused_sql_drivers})
endif()
]=])
    set(opc_required_files
        "${CMAKE_INSTALL_BINDIR}/qt.conf"
        "${CMAKE_INSTALL_BINDIR}/Qt6Core*.dll"
        "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:${opc_keychain_target}>"
        "plugins/platforms/qwindows*.dll"
        "plugins/sqldrivers/qsqlite*.dll"
        "plugins/tls/*.dll"
        "translations/qtbase_ru.qm")
else()
    set(opc_bundle operator-console.app)
    set(opc_translations_destination ${opc_bundle}/Contents/Resources/translations)
    # The CLI tools live inside the bundle, beside the console: the DMG holds one thing to drag to
    # Applications, and they share the bundle's Qt frameworks. Their own folders install them to
    # bin/; they move before the deploy tool rewrites their load commands.
    opc_install_code([=[
set(prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
foreach(tool operator-cli crm-sandbox)
    file(RENAME "${prefix}/@CMAKE_INSTALL_BINDIR@/${tool}"
                "${prefix}/@opc_bundle@/Contents/MacOS/${tool}")
endforeach()
file(GLOB left_in_bin "${prefix}/@CMAKE_INSTALL_BINDIR@/*")
if(NOT left_in_bin)
    file(REMOVE_RECURSE "${prefix}/@CMAKE_INSTALL_BINDIR@")
endif()
]=])
    # Keeps the Qt and QtKeychain library folders as rpaths of the installed programs, so that
    # macdeployqt resolves their @rpath/ references; it then copies the libraries into
    # Frameworks/, points the programs there and deletes those rpaths.
    set_target_properties(operator-console operator-cli crm-sandbox PROPERTIES
        INSTALL_RPATH_USE_LINK_PATH ON)
    set(opc_deploy_executable "${opc_bundle}")
    set(opc_deploy_additional "\"${opc_bundle}/Contents/MacOS/operator-cli\"
        \"${opc_bundle}/Contents/MacOS/crm-sandbox\"")
    set(opc_deploy_options "")
    set(opc_deploy_after "")
    set(opc_required_files
        "${opc_bundle}/Contents/Resources/qt.conf"
        "${opc_bundle}/Contents/Frameworks/QtCore.framework"
        "${opc_bundle}/Contents/Frameworks/libqt6keychain*.dylib"
        "${opc_bundle}/Contents/MacOS/operator-cli"
        "${opc_bundle}/Contents/MacOS/crm-sandbox"
        "${opc_bundle}/Contents/PlugIns/platforms/libqcocoa*.dylib"
        "${opc_bundle}/Contents/PlugIns/sqldrivers/libqsqlite*.dylib"
        "${opc_bundle}/Contents/PlugIns/tls/*.dylib"
        "${opc_bundle}/Contents/Resources/translations/qtbase_ru.qm")
endif()

install(FILES ${opc_qt_catalogs} DESTINATION ${opc_translations_destination})

# Not qt_generate_deploy_app_script(): it deploys for one program only, and on macOS the CLI tools
# inside the bundle need their load commands rewritten by the same macdeployqt run
# (ADDITIONAL_EXECUTABLES), or they would still point at the build machine's Qt.
# GENERATE_QT_CONF writes bin/qt.conf on Windows; macdeployqt always writes its own.
set(opc_deploy_content [=[
qt_deploy_runtime_dependencies(
    EXECUTABLE "@opc_deploy_executable@"
    ADDITIONAL_EXECUTABLES @opc_deploy_additional@
    GENERATE_QT_CONF
    @opc_deploy_options@
)
@opc_deploy_after@]=])
string(CONFIGURE "${opc_deploy_content}" opc_deploy_content @ONLY)
qt_generate_deploy_script(
    TARGET operator-console
    OUTPUT_SCRIPT opc_deploy_script
    CONTENT "${opc_deploy_content}")
install(SCRIPT ${opc_deploy_script})

if(APPLE)
    # Written after macdeployqt, which writes its own qt.conf (Plugins only; -always-overwrite
    # would replace an earlier one). Relative paths are taken from the bundle's Contents/.
    opc_install_code([=[
file(WRITE "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/@opc_bundle@/Contents/Resources/qt.conf"
     "[Paths]\nPlugins = PlugIns\nTranslations = Resources/translations\n")
]=])
endif()

# The last install step: every piece the programs load at run time is there (patterns allow
# the "d" and "_debug" names of a Debug build).
string(REPLACE ";" "\" \"" opc_required_quoted "${opc_required_files}")
opc_install_code([=[
foreach(pattern IN ITEMS "@opc_required_quoted@")
    file(GLOB found "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${pattern}")
    if(NOT found)
        message(FATAL_ERROR "Deploying Qt left out ${pattern} "
                            "(looked in $ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}).")
    endif()
endforeach()
]=])
