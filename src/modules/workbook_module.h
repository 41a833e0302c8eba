// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/report_model.h"
#include "render/export_result.h"

#include <QString>
#include <QtPlugin>

namespace lastmile::modules {

// The workbook module (lastmile-workbook.so): the Excel workbook, written with libxlsxwriter.
class WorkbookModule
{
public:
    virtual ~WorkbookModule() = default;
    // render::writeWorkbookXlsx (render/workbook_xlsx.h), living in the module.
    virtual render::ExportResult write(const QString& path, const Assessment& assessment,
                                       const ReportModel& model) const = 0;
};

// render::writeWorkbookXlsx through the workbook module, loaded on the first call (from any
// thread); a failed result naming the module when it cannot be loaded (module_loader.h), with
// `path` untouched.
render::ExportResult writeWorkbook(const QString& path, const Assessment& assessment, const ReportModel& model);

} // namespace lastmile::modules

Q_DECLARE_INTERFACE(lastmile::modules::WorkbookModule, "org.lastmile.Lastmile.WorkbookModule/1")
