// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ReportSettingsDialog;
}

namespace lastmile::app {

class AssessmentDocument;

// The report's branding, stored in the file: firm name, logo, accent colour, footer text and
// default page size. A logo is checked when chosen; one that is not a PNG, JPEG or SVG image,
// is larger than 5 MB or 4096 pixels a side is refused with a message naming the file, and
// nothing changes. OK saves everything as one undoable edit. On a read-only document every
// setting is shown and none can be changed.
class ReportSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportSettingsDialog(AssessmentDocument* document, QWidget* parent = nullptr);
    ~ReportSettingsDialog() override;

    // The branding as the dialog shows it now.
    Branding branding() const;
    void setBranding(const Branding& branding);
    // Reads and checks a logo file as "Choose Logo…" does (the file dialog's seam). False,
    // with logoError() set, when the file was refused; the shown logo is then unchanged.
    bool chooseLogoFile(const QString& path);
    QString logoError() const;
    // Sets the accent colour as the colour dialog does; an invalid colour means the default.
    void setAccentColour(const QColor& colour);

    void accept() override;

private:
    void chooseLogo();
    void chooseColour();
    void updateLogo();
    void updateAccent();

    std::unique_ptr<Ui::ReportSettingsDialog> m_ui;
    AssessmentDocument* m_document;
    Branding m_branding; // logo and colour as chosen; the text fields live in the widgets
};

} // namespace lastmile::app
