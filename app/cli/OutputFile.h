#pragma once
// A command's output file, written whole or not at all: the bytes go to a temporary that
// replaces the file only once all of them reached the disk, so a full disk leaves the old
// file (or none) and an error that says why, never a truncated report.

#include <QByteArray>
#include <QString>

#include <string>

class QImage;

namespace shotcraft::cli {

// Throws UsageError naming `option` when `path` could not be written (its folder is
// missing or read-only): checked before long work so that its result is not lost at the end.
void requireOutputFolder(const std::string& option, const std::string& path);

// Both throw std::runtime_error naming the file and the reason.
void writeOutputFile(const QString& path, const QByteArray& bytes);
void writeOutputImage(const QString& path, const QImage& image);  // format from the suffix

}  // namespace shotcraft::cli
