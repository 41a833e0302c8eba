// SPDX-License-Identifier: Apache-2.0
// lastmile-pdf.so: render::qpdfFinisher() as a Qt plugin (pdf_module.h).
#include "pdf_module.h"
#include "render/pdf_outline.h"

#include <QObject>

namespace lastmile::modules {

class PdfPlugin : public QObject, public PdfModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.lastmile.Lastmile.PdfModule/1")
    Q_INTERFACES(lastmile::modules::PdfModule)

public:
    render::PdfFinisher finisher() const override { return render::qpdfFinisher(); }
};

} // namespace lastmile::modules

#include "pdf_plugin.moc"
