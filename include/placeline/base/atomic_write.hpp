#pragma once
// Whatever a user wrote (slides, settings, overrides, exports) is written to a temporary file
// beside the target and renamed over it, so a crash never leaves half a file.
#include <functional>
#include <string>
#include <string_view>

namespace placeline {

// Returns an empty string on success, else the reason.
std::string write_file_atomically(const std::string& path, std::string_view content);

// For writers that need a path (GDAL): writes to a temporary path in the same folder, then
// renames. The callback returns an empty string on success, else the reason.
std::string write_via_temporary(const std::string& path,
                                const std::function<std::string(const std::string& temp_path)>& write);

}  // namespace placeline
