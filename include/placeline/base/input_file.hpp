#pragma once
// Files named by the user (articles, gazetteers, styles, decks, layers, overrides) must be regular
// files: a folder makes the stream library throw, and open() on a FIFO waits for a writer forever.
// Every reader checks here first and reports the reason instead.
#include <cstdint>
#include <string>

namespace placeline {

// Empty if `path` is a regular file (through any symbolic links); else why it is not, without
// the path itself: "is a folder, not a file", "is a FIFO...", "is a symbolic link loop"...
std::string input_file_problem(const std::string& path);

// Reads all of a regular file, in one read when fstat gives its size. Opened without blocking and
// checked again once open, so a FIFO put in its place meanwhile is refused too. On failure returns
// false and sets `error` (as above). `modified`, when given, gets the file's modification time
// (seconds since 1970) from the same fstat: no second stat of the path for it.
bool read_input_file(const std::string& path, std::string& out, std::string& error, int64_t* modified = nullptr);

}  // namespace placeline
