// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <functional>
#include <vector>

class QIODevice;

namespace lastmile::render {

// A bookmark of the PDF's outline: a section (level 0) or a part of the section before it (level 1).
struct PdfBookmark
{
    QString title;
    int page = 0; // 0-based
    int level = 0;
};

// The document properties a PDF viewer shows (File > Properties).
struct PdfProperties
{
    QString title;
    QString author; // the consulting firm, from the branding
    QString subject;
    QString creator;
};

// The last step of a report PDF: reads the PDF Qt painted from the file at `pdfPath` and writes
// it to `output` with `properties`, `bookmarks` as its outline and its text map completed. True
// when done; false with the reason in `error` (a sentence fragment, in the program's language),
// `output` then holding part of the PDF. render::qpdfFinisher() (libqpdf, linked by the command
// line) is one; the desktop app loads the same from its PDF module when a PDF is first written.
using PdfFinisher = std::function<bool(const QString& pdfPath, QIODevice& output, const PdfProperties& properties,
                                       const std::vector<PdfBookmark>& bookmarks, QString* error)>;

} // namespace lastmile::render
