# Packaging: what `cmake --install` puts next to the two programs, and how CPack turns it into packages
# (DEB and TGZ on Linux, NSIS on Windows, a DMG on macOS). Included once from the top-level
# CMakeLists.txt after every target exists; packaging/README.md explains the choices.

set(EBA_PACKAGE_NAME "extracta-batch-admin")
set(EBA_DISPLAY_NAME "Extracta Batch Admin")
set(EBA_SUMMARY "Delete Extracta.ai classification batches safely")
# The date of the release named by PROJECT_VERSION (AppStream release entry, changelog).
set(EBA_RELEASE_DATE "2026-11-29")
set(EBA_RELEASE_DATE_RFC2822 "Sun, 29 Nov 2026 12:00:00 +0000")
set(EBA_PACKAGE_MAINTAINER "Extracta Batch Admin maintainers <extracta-batch-admin@users.noreply.github.com>"
    CACHE STRING "Maintainer named in the Debian package, its changelog and copyright file")
# Screenshots are fetched by software centres, so they must be public URLs: the README's screenshot.
string(REPLACE "https://github.com/" "https://raw.githubusercontent.com/" EBA_RAW_URL "${PROJECT_HOMEPAGE_URL}")
set(EBA_SCREENSHOT_URL "${EBA_RAW_URL}/main/docs/images/main-window.png")

set(EBA_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(EBA_PACKAGING_BINARY_DIR "${PROJECT_BINARY_DIR}/packaging")
set(EBA_DOC_DIR "${CMAKE_INSTALL_DATAROOTDIR}/doc/${EBA_PACKAGE_NAME}")

# ---------------------------------------------------------------------------------------------------
# The optimised builds that packages come from are hardened the way Debian builds its own packages
# (dpkg-buildflags): fortified libc calls and read-only relocations bound at start-up. Added to the
# eba_options target that every target links; Debug builds are left alone (fortify needs -O).
if(UNIX AND NOT APPLE AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    set(eba_optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
    target_compile_options(eba_options INTERFACE
        "$<${eba_optimised}:-U_FORTIFY_SOURCE>" "$<${eba_optimised}:-D_FORTIFY_SOURCE=2>")
    target_link_options(eba_options INTERFACE "$<${eba_optimised}:LINKER:-z,relro,-z,now>")
endif()

# ---------------------------------------------------------------------------------------------------
# Linux desktop integration: desktop entry, AppStream metainfo, hicolor icons, man pages, bash
# completion, and the Debian-style copyright file and changelog.
if(UNIX AND NOT APPLE)
    find_program(EBA_GZIP gzip REQUIRED)

    configure_file("${EBA_PACKAGING_DIR}/app.desktop.in" "${EBA_PACKAGING_BINARY_DIR}/${EBA_APP_ID}.desktop"
        @ONLY)
    install(FILES "${EBA_PACKAGING_BINARY_DIR}/${EBA_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/applications")

    configure_file("${EBA_PACKAGING_DIR}/metainfo.xml.in"
        "${EBA_PACKAGING_BINARY_DIR}/${EBA_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${EBA_PACKAGING_BINARY_DIR}/${EBA_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/metainfo")

    # The SVG scales to any size; the PNGs (rendered by scripts/render-icons.sh and committed, so a
    # package build needs no SVG renderer) serve menus and panels that want bitmaps.
    set(EBA_ICON_DIR "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/app-icon.svg"
        DESTINATION "${EBA_ICON_DIR}/scalable/apps" RENAME "${EBA_APP_ID}.svg")
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
        install(FILES "${EBA_PACKAGING_DIR}/icons/app-icon-${size}.png"
            DESTINATION "${EBA_ICON_DIR}/${size}x${size}/apps" RENAME "${EBA_APP_ID}.png")
    endforeach()

    install(FILES "${EBA_PACKAGING_DIR}/completion/extracta-batch"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions")

    # Debian's copyright format carries the licence text itself: the MIT permission notice from LICENSE,
    # each line indented by one space and empty lines written as " .".
    file(READ "${PROJECT_SOURCE_DIR}/LICENSE" license_text)
    string(FIND "${license_text}" "Permission is hereby granted" notice_start)
    string(SUBSTRING "${license_text}" ${notice_start} -1 license_text)
    string(STRIP "${license_text}" license_text)
    string(REPLACE "\n\n" "\n.\n" license_text "${license_text}")
    string(REPLACE "\n" "\n " EBA_LICENSE_TEXT " ${license_text}")
    configure_file("${EBA_PACKAGING_DIR}/copyright.in" "${EBA_PACKAGING_BINARY_DIR}/copyright" @ONLY)
    install(FILES "${EBA_PACKAGING_BINARY_DIR}/copyright" DESTINATION "${EBA_DOC_DIR}")

    # Man pages and the changelog are installed gzipped with -9n (no name or time stamp), as Debian
    # policy asks, so that the package builds reproducibly.
    configure_file("${EBA_PACKAGING_DIR}/changelog.in" "${EBA_PACKAGING_BINARY_DIR}/changelog" @ONLY)
    set(gzipped_files "")
    foreach(source IN ITEMS "${EBA_PACKAGING_DIR}/man/extracta-batch-admin.1"
                            "${EBA_PACKAGING_DIR}/man/extracta-batch.1"
                            "${EBA_PACKAGING_BINARY_DIR}/changelog")
        get_filename_component(name "${source}" NAME)
        set(gzipped "${EBA_PACKAGING_BINARY_DIR}/gz/${name}.gz")
        add_custom_command(OUTPUT "${gzipped}"
            COMMAND "${CMAKE_COMMAND}" -E copy "${source}" "${EBA_PACKAGING_BINARY_DIR}/gz/${name}"
            COMMAND "${EBA_GZIP}" -9nf "${EBA_PACKAGING_BINARY_DIR}/gz/${name}"
            DEPENDS "${source}"
            COMMENT "Compressing ${name}"
            VERBATIM)
        list(APPEND gzipped_files "${gzipped}")
    endforeach()
    add_custom_target(eba_packaging_gzip ALL DEPENDS ${gzipped_files})
    install(FILES "${EBA_PACKAGING_BINARY_DIR}/gz/extracta-batch-admin.1.gz"
                  "${EBA_PACKAGING_BINARY_DIR}/gz/extracta-batch.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    install(FILES "${EBA_PACKAGING_BINARY_DIR}/gz/changelog.gz" DESTINATION "${EBA_DOC_DIR}")
else()
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${EBA_DOC_DIR}")
endif()

# ---------------------------------------------------------------------------------------------------
# Windows and macOS: the installed programs get the Qt libraries and plugins they need next to them
# (windeployqt / macdeployqt, run by Qt's deploy support at install time, so CPack packs the result).
# Configured, but not exercised by this project's CI, which runs on Debian.
if(WIN32 OR APPLE)
    if(APPLE)
        # The command-line tool lives inside the bundle, next to the app, and shares its frameworks.
        set(eba_deploy_app "$<TARGET_FILE_NAME:extracta-batch-admin>.app")
        set(eba_deploy_cli "${eba_deploy_app}/Contents/MacOS/$<TARGET_FILE_NAME:extracta-batch>")
    else()
        set(eba_deploy_app "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:extracta-batch-admin>")
        set(eba_deploy_cli "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:extracta-batch>")
        # windeployqt copies Qt only: QtKeychain's DLL is installed here. Its package exports an alias,
        # which install() does not accept.
        get_target_property(eba_keychain_target Qt6Keychain::Qt6Keychain ALIASED_TARGET)
        if(NOT eba_keychain_target)
            set(eba_keychain_target Qt6Keychain::Qt6Keychain)
        endif()
        install(IMPORTED_RUNTIME_ARTIFACTS ${eba_keychain_target} RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    endif()
    set(eba_deploy_script "${EBA_PACKAGING_BINARY_DIR}/deploy-qt-$<CONFIG>.cmake")
    file(GENERATE OUTPUT "${eba_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${eba_deploy_app}\"
    ADDITIONAL_EXECUTABLES \"${eba_deploy_cli}\"
    GENERATE_QT_CONF)
")
    install(SCRIPT "${eba_deploy_script}")
endif()

# ---------------------------------------------------------------------------------------------------
# CPack
set(CPACK_PACKAGE_NAME "${EBA_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "Extracta Batch Admin contributors")
set(CPACK_PACKAGE_CONTACT "${EBA_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${EBA_SUMMARY}")
set(CPACK_PACKAGE_DESCRIPTION
    "Extracta Batch Admin is a desktop tool for support staff and account
administrators of the Extracta.ai document-classification API. It deletes
batches of classified documents safely: the API token is kept in the system
keychain, batches are picked from a catalogue with a preview of their files,
a confirmation asks for the batch ID to be typed, and every attempt is
recorded in a status pane and an audit trail on disk.

The package also contains extracta-batch, a command-line companion with the
same safety rules and audit trail for scripts and terminals.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${EBA_DISPLAY_NAME}")
set(CPACK_PACKAGE_EXECUTABLES "extracta-batch-admin" "${EBA_DISPLAY_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git" "/build/" "/out/")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME "${EBA_DISPLAY_NAME}")
    set(CPACK_NSIS_PACKAGE_NAME "${EBA_DISPLAY_NAME}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\extracta-batch-admin.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    # Offers to put bin\ on PATH so that extracta-batch works from any terminal.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "${EBA_DISPLAY_NAME}")
else()
    set(CPACK_GENERATOR DEB TGZ)

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${EBA_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
    # dpkg-shlibdeps finds the libraries the programs link (Qt, QtKeychain, libstdc++…). It cannot see
    # what is loaded at run time: the platform plugins, the SVG icon engine and image plugin (in
    # libqt6svg6 on Debian 12, in qt6-svg-plugins from Qt 6.5 on), the SQLite driver, the PostgreSQL
    # driver (for a team's shared audit trail), and libsecret, which QtKeychain opens with dlopen to
    # reach the Secret Service.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "qt6-qpa-plugins, qt6-svg-plugins | libqt6svg6, libqt6sql6-sqlite, libqt6sql6-psql, libsecret-1-0")
    # A keyring service (GNOME Keyring or KWallet) keeps the token between sessions; without one the
    # app still works with a token for the session only.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
endif()

include(CPack)
