# Finds the Debian 12 packages Shotcraft builds against (see scripts/install-deps.sh).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Sql Test Concurrent LinguistTools)

find_package(PkgConfig REQUIRED)
# Debian's OpenColorIO CMake config is misinstalled: pkg-config works.
pkg_check_modules(OCIO REQUIRED IMPORTED_TARGET OpenColorIO>=2.1)
pkg_check_modules(FFMPEG REQUIRED IMPORTED_TARGET
  libavformat libavcodec libavutil libswscale libswresample)

find_package(OpenImageIO 2.4 CONFIG REQUIRED)
# Debian's OpenImageIO target lists /usr/include/opencv4, which is not installed.
foreach(_t OpenImageIO::OpenImageIO OpenImageIO::OpenImageIO_Util)
  if(TARGET ${_t})
    get_target_property(_inc ${_t} INTERFACE_INCLUDE_DIRECTORIES)
    if(_inc)
      list(FILTER _inc EXCLUDE REGEX "opencv4")
      set_target_properties(${_t} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_inc}")
    endif()
  endif()
endforeach()

find_package(SQLite3 REQUIRED)

# LibTorch (CPU build on Debian). Only inference/ and its tests link it.
find_package(Torch REQUIRED)
