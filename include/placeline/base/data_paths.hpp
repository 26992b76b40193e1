#pragma once
// Where the program finds its embedded data (geodata/, assets/) and its caches.
#include <string>

namespace placeline {

// Remembers where the executable is so that data is found beside it (build/ -> ../geodata).
void set_executable_path(const std::string& argv0);
// The folder set_executable_path found (empty before it ran), and setting it as found elsewhere:
// geo's GDAL module holds its own copy of this room and takes the program's
// (src/geo/gdal_module_load.cpp), so both find the same data.
std::string executable_folder();
void set_executable_folder(const std::string& dir);

// The folder holding geodata/ and assets/: $PLACELINE_DATA, else beside the executable, else
// the source tree the program was built from.
std::string data_root();
std::string geodata_path(const std::string& file);
std::string asset_path(const std::string& file);

// $XDG_CACHE_HOME/placeline (or ~/.cache/placeline): downloaded and compiled data.
std::string cache_dir();
// For messages about a file that cannot be read: what to run when it is one of the data cache's
// downloads (" (a download of the data cache: run scripts/fetch-data.sh to fetch it again)"),
// else nothing.
std::string refetch_hint(const std::string& path);

// Why the set-up's download `file` (cities500.txt) must not be used, or nothing: the set-up
// records each download's size beside it (FILE.size); a file of another size was cut short or
// changed since. A file without a record is taken as it is.
std::string cache_download_problem(const std::string& file);

// $XDG_CONFIG_HOME/placeline (or ~/.config/placeline): settings and recent files.
std::string config_dir();

}  // namespace placeline
