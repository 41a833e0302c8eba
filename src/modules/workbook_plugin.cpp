// SPDX-License-Identifier: Apache-2.0
// lastmile-workbook.so: render::writeWorkbookXlsx as a Qt plugin (workbook_module.h).
#include "render/workbook_xlsx.h"
#include "workbook_module.h"

#include <QObject>

namespace lastmile::modules {

class WorkbookPlugin : public QObject, public WorkbookModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.lastmile.Lastmile.WorkbookModule/1")
    Q_INTERFACES(lastmile::modules::WorkbookModule)

public:
    render::ExportResult write(const QString& path, const Assessment& assessment,
                               const ReportModel& model) const override
    {
        return render::writeWorkbookXlsx(path, assessment, model);
    }
};

} // namespace lastmile::modules

#include "workbook_plugin.moc"
