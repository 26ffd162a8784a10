# Warnings and sanitizers applied to every Shotcraft target through shotcraft_options.
add_library(shotcraft_options INTERFACE)
target_compile_options(shotcraft_options INTERFACE -Wall -Wextra -Wshadow)
if(SHOTCRAFT_SANITIZE)
  target_compile_options(shotcraft_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(shotcraft_options INTERFACE -fsanitize=address,undefined)
endif()
