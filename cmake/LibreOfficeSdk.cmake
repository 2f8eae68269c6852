# The LibreOffice SDK (Debian's libreoffice-dev): tools, headers, libraries as an imported target.
set(LO_PROGRAM_DIR /usr/lib/libreoffice/program CACHE PATH "LibreOffice program folder")
set(LO_SDK_DIR /usr/lib/libreoffice/sdk CACHE PATH "LibreOffice SDK folder")

find_program(LO_UNOIDL_WRITE unoidl-write PATHS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH REQUIRED)
find_program(LO_CPPUMAKER cppumaker PATHS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH REQUIRED)
find_program(LO_SOFFICE soffice PATHS ${LO_PROGRAM_DIR} NO_DEFAULT_PATH REQUIRED)
find_program(LO_UNOPKG unopkg PATHS ${LO_PROGRAM_DIR} NO_DEFAULT_PATH REQUIRED)
set(LO_TYPES_RDB ${LO_PROGRAM_DIR}/types.rdb)
set(LO_OFFAPI_RDB ${LO_PROGRAM_DIR}/types/offapi.rdb)

add_library(LibreOffice::sdk INTERFACE IMPORTED)
target_include_directories(LibreOffice::sdk SYSTEM INTERFACE ${LO_SDK_DIR}/include)
target_compile_definitions(LibreOffice::sdk INTERFACE LINUX UNX CPPU_ENV=gcc3)
target_link_directories(LibreOffice::sdk INTERFACE ${LO_SDK_DIR}/lib)
target_link_libraries(LibreOffice::sdk INTERFACE uno_cppuhelpergcc3 uno_cppu uno_sal uno_salhelpergcc3)
# cppuhelper needs LibreOffice's private libraries at link time; clients also at run time.
target_link_options(LibreOffice::sdk INTERFACE -Wl,-rpath-link,${LO_PROGRAM_DIR})
add_library(LibreOffice::client INTERFACE IMPORTED)
target_link_libraries(LibreOffice::client INTERFACE LibreOffice::sdk)
target_link_options(LibreOffice::client INTERFACE -Wl,-rpath,${LO_PROGRAM_DIR})
