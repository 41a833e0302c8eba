// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "render/pdf_finishing.h"

#include <QtPlugin>

namespace lastmile::modules {

// The PDF module (lastmile-pdf.so): finishes the report PDFs Qt paints with libqpdf.
class PdfModule
{
public:
    virtual ~PdfModule() = default;
    // render::qpdfFinisher(), living in the module.
    virtual render::PdfFinisher finisher() const = 0;
};

// A finisher for writeReportPdf that loads the PDF module on its first call (from any thread);
// when the module cannot be loaded it returns false with the reason (module_loader.h).
render::PdfFinisher pdfFinisher();

} // namespace lastmile::modules

Q_DECLARE_INTERFACE(lastmile::modules::PdfModule, "org.lastmile.Lastmile.PdfModule/1")
