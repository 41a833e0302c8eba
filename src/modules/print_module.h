// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "render/export_result.h"

#include <QString>
#include <QtPlugin>
#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace lastmile::modules {

// Paints the pages to print on the printer the user chose; its result is the print's. Never
// empty.
using PrintPainter = std::function<render::ExportResult(QPagedPaintDevice& printer)>;

// The print module (lastmile-print.so): the system's print dialog and printer (QtPrintSupport),
// which the first window never needs.
class PrintModule
{
public:
    virtual ~PrintModule() = default;
    // Shows the print dialog, modal to `parent` and titled `title`, for a job named
    // `documentName`. Accepted: paints with `paint` on a full-page, high-resolution printer and
    // returns what it returned. Dismissed: Cancelled, nothing painted.
    virtual render::ExportResult print(QWidget* parent, const QString& title, const QString& documentName,
                                       const PrintPainter& paint) const = 0;
};

// PrintModule::print through the print module, loaded on the first call (GUI thread); a failed
// result naming the module when it cannot be loaded (module_loader.h), with nothing shown or
// painted.
render::ExportResult printWithDialog(QWidget* parent, const QString& title, const QString& documentName,
                                     const PrintPainter& paint);

} // namespace lastmile::modules

Q_DECLARE_INTERFACE(lastmile::modules::PrintModule, "org.lastmile.Lastmile.PrintModule/1")
