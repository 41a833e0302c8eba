// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pdf_finishing.h"

#include <QByteArray>
#include <QString>
#include <vector>

class QIODevice;

namespace lastmile::render {

// `pdf` with its document properties set, `bookmarks` as its outline (opened with the outline
// shown) and the text of emoji mapped (addAstralTextMappings), rewritten with qpdf (libqpdf,
// Apache-2.0). Bookmarks pointing past the last page are
// left out. On a failure (a PDF qpdf cannot read) returns an empty array and sets `error`.
QByteArray finishPdf(const QByteArray& pdf, const PdfProperties& properties, const std::vector<PdfBookmark>& bookmarks,
                     QString* error);
// The same from the PDF file at `pdfPath` to `output`, reading the file's streams as they are
// written: neither PDF is ever whole in memory. On a failure returns false and sets `error`;
// `output` may then hold part of the PDF.
bool finishPdf(const QString& pdfPath, QIODevice& output, const PdfProperties& properties,
               const std::vector<PdfBookmark>& bookmarks, QString* error);
// That finishPdf as a PdfFinisher, for writeReportPdf in a program that links libqpdf.
PdfFinisher qpdfFinisher();

} // namespace lastmile::render
