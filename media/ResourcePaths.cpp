#include "media/ResourcePaths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

#ifndef SHOTCRAFT_SOURCE_RESOURCES_DIR
#define SHOTCRAFT_SOURCE_RESOURCES_DIR ""
#endif

namespace shotcraft::media {

std::string resourcePath(const std::string& relative) {
    namespace fs = std::filesystem;
    std::vector<fs::path> roots;
    if (const char* env = std::getenv("SHOTCRAFT_RESOURCES"); env && *env) roots.emplace_back(env);
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) roots.push_back(exe.parent_path().parent_path() / "share" / "shotcraft");
    roots.emplace_back(SHOTCRAFT_SOURCE_RESOURCES_DIR);
    for (const fs::path& root : roots) {
        const fs::path candidate = root / relative;
        if (fs::exists(candidate, ec)) return candidate.string();
    }
    return (fs::path(SHOTCRAFT_SOURCE_RESOURCES_DIR) / relative).string();
}

}  // namespace shotcraft::media
