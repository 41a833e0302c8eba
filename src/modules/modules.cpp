// SPDX-License-Identifier: Apache-2.0
// The app's side of the modules: each loads its module on first use.
#include "module_loader.h"
#include "pdf_module.h"
#include "print_module.h"
#include "workbook_module.h"

namespace lastmile::modules {

render::PdfFinisher pdfFinisher()
{
    return [](const QString& pdfPath, QIODevice& output, const render::PdfProperties& properties,
              const std::vector<render::PdfBookmark>& bookmarks, QString* error) {
        const PdfModule* module = load<PdfModule>(QStringLiteral("pdf"), error);
        return module && module->finisher()(pdfPath, output, properties, bookmarks, error);
    };
}

render::ExportResult writeWorkbook(const QString& path, const Assessment& assessment, const ReportModel& model)
{
    QString error;
    const WorkbookModule* module = load<WorkbookModule>(QStringLiteral("workbook"), &error);
    return module ? module->write(path, assessment, model) : render::ExportResult::failed(error);
}

render::ExportResult printWithDialog(QWidget* parent, const QString& title, const QString& documentName,
                                     const PrintPainter& paint)
{
    QString error;
    const PrintModule* module = load<PrintModule>(QStringLiteral("print"), &error);
    return module ? module->print(parent, title, documentName, paint) : render::ExportResult::failed(error);
}

} // namespace lastmile::modules
