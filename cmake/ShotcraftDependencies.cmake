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

# tcmalloc: glibc's malloc maps every large tensor afresh and unmaps it when freed, so
# training and denoising spend much of their time in the kernel; tcmalloc keeps freed memory
# for reuse (a training step of the built-in model: 1.9 s -> 0.8 s). Linked ahead of libc
# where installed (the runtime package libtcmalloc-minimal4 is enough); without it all works,
# slower.
find_library(SHOTCRAFT_TCMALLOC NAMES tcmalloc_minimal libtcmalloc_minimal.so.4)
if(NOT SHOTCRAFT_TCMALLOC)
  message(STATUS "tcmalloc not found (apt-get install libtcmalloc-minimal4): training and generation "
                 "will run about 2x slower on glibc's malloc")
endif()
# Not under the sanitizers, which bring their own malloc.
function(shotcraft_use_fast_allocator target)
  if(SHOTCRAFT_TCMALLOC AND NOT SHOTCRAFT_SANITIZE)
    # Kept even where no symbol seems to need it: it replaces malloc by being loaded first.
    target_link_options(${target} PRIVATE "LINKER:--no-as-needed")
    target_link_libraries(${target} PRIVATE ${SHOTCRAFT_TCMALLOC})
  endif()
endfunction()
