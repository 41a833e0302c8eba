// SPDX-License-Identifier: Apache-2.0
// lastmile-print.so: the print dialog and printer (QtPrintSupport) as a Qt plugin (print_module.h).
#include "print_module.h"

#include <QObject>
#include <QPrintDialog>
#include <QPrinter>

namespace lastmile::modules {

class PrintPlugin : public QObject, public PrintModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.lastmile.Lastmile.PrintModule/1")
    Q_INTERFACES(lastmile::modules::PrintModule)

public:
    render::ExportResult print(QWidget* parent, const QString& title, const QString& documentName,
                               const PrintPainter& paint) const override
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setFullPage(true);
        printer.setDocName(documentName);
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(title);
        if (dialog.exec() != QDialog::Accepted) {
            return render::ExportResult::cancelled();
        }
        return paint(printer);
    }
};

} // namespace lastmile::modules

#include "print_plugin.moc"
