#pragma once
// Whatever a user wrote (slides, settings, overrides, exports, pictures) is written to a
// temporary file beside the target with checked writes and an fsync, then renamed over it, so
// a crash or a full disk never leaves half a file and never replaces a good one.
#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace placeline {

// Returns an empty string on success, else the reason.
std::string write_file_atomically(const std::string& path, std::string_view content);

// One file of a set written together.
struct FileContent {
    std::string path;
    std::string_view content;
};

// Writes every file to its temporary and only then renames them into place. Before the first
// rename a journal beside the first file lists the renames; a run killed between two renames
// leaves it, and the next write of the same set finishes those renames first, so the set ends up
// all new, never half new and half old. Temporaries left by killed runs beside the targets are
// removed. Nothing is renamed unless every file was written in full.
std::string write_files_atomically(std::span<const FileContent> files);

// Empty if `path` may be written: it does not exist yet, or it is a regular file; else why not
// (a folder, a device, a FIFO...). Replacing /dev/null or a FIFO with a regular file is never
// what a user meant.
std::string check_output_path(const std::string& path);

// For writers that need a path of their own (ffmpeg): writes to a temporary path in the same
// folder, fsyncs it, then renames. The callback returns an empty string on success, else the
// reason.
std::string write_via_temporary(const std::string& path,
                                const std::function<std::string(const std::string& temp_path)>& write);

}  // namespace placeline
