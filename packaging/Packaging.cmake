# install() rules and CPack: .deb and .tar.gz on Linux, MSI (WiX) on Windows,
# DMG (DragNDrop) on macOS. Included from the top-level CMakeLists.txt.
include(GNUInstallDirs)

set(GUICHET_APP_ID "org.guichet.Guichet")

install(TARGETS guichet guichet-cli
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${GUICHET_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${GUICHET_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/guichet.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${GUICHET_APP_ID}.svg)
    foreach(size 16 24 32 48 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/png/guichet-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${GUICHET_APP_ID}.png)
    endforeach()
endif()

# Windows and macOS: windeployqt / macdeployqt run at install time (so in CPack too).
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET guichet FILENAME_VARIABLE guichet_deploy_script)
    install(SCRIPT ${guichet_deploy_script})
endif()

set(CPACK_PACKAGE_NAME "guichet")
set(CPACK_PACKAGE_VENDOR "The Guichet developers")
set(CPACK_PACKAGE_CONTACT "The Guichet developers <dev@guichet.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Front desk of medical practices: agenda, patients, documents")
set(CPACK_PACKAGE_DESCRIPTION "Guichet books, moves and cancels appointments, registers arrivals and keeps patient \
records at the front desk of medical practices in France and Belgium, in a local database synchronised with the \
practice's central agenda.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Guichet")
set(CPACK_PACKAGE_EXECUTABLES "guichet;Guichet")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/packaging/LICENSE.txt")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/node_modules/")

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    # Never change: it is how Windows Installer recognises an upgrade of Guichet.
    set(CPACK_WIX_UPGRADE_GUID "FBEFC2D3-CCB8-4DBE-BEBF-AD44DD7F88CF")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/guichet.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Guichet")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_WIX_CMAKE_PACKAGE_REGISTRY OFF)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Guichet")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # Libraries Guichet links come from dpkg-shlibdeps; the Qt plugins it loads at run time are added by hand.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
endif()

include(CPack)
