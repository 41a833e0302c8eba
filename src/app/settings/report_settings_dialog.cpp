// SPDX-License-Identifier: Apache-2.0
#include "report_settings_dialog.h"

#include "app/assessment_document.h"
#include "app/edit.h"
#include "render/logo_check.h"
#include "render/report_style.h"
#include "ui_report_settings_dialog.h"

#include <QColorDialog>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QSvgRenderer>

namespace lastmile::app {

namespace {

QByteArray bytesOf(const std::vector<unsigned char>& data)
{
    return QByteArray(reinterpret_cast<const char*>(data.data()), qsizetype(data.size()));
}

QString typeName(const std::string& mime)
{
    if (mime == "image/png") {
        return QStringLiteral("PNG");
    }
    if (mime == "image/jpeg") {
        return QStringLiteral("JPEG");
    }
    return mime == "image/svg+xml" ? QStringLiteral("SVG") : QString();
}

// The logo scaled into `box`, on a white card as it will sit on the report's cover.
QPixmap logoPixmap(const Branding& branding, const QSize& box, QSize* natural)
{
    const QByteArray bytes = bytesOf(branding.logo);
    QImage image;
    if (branding.logoMime == "image/svg+xml") {
        QSvgRenderer svg(bytes);
        *natural = svg.defaultSize();
        const QSize size = svg.defaultSize().scaled(box, Qt::KeepAspectRatio);
        image = QImage(size.isEmpty() ? box : size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
    } else {
        image = QImage::fromData(bytes);
        *natural = image.size();
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QPixmap card(box);
    card.fill(Qt::white);
    QPainter painter(&card);
    painter.drawImage(QPoint((box.width() - image.width()) / 2, (box.height() - image.height()) / 2), image);
    return card;
}

} // namespace

ReportSettingsDialog::ReportSettingsDialog(AssessmentDocument* document, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportSettingsDialog>()), m_document(document)
{
    m_ui->setupUi(this);
    m_ui->pageSizeComboBox->addItem(tr("A4 (210 × 297 mm)"), QStringLiteral("a4"));
    m_ui->pageSizeComboBox->addItem(tr("Letter (8.5 × 11 in)"), QStringLiteral("letter"));
    m_ui->logoErrorLabel->setStyleSheet(QStringLiteral("QLabel { color: #B01E1E; }"));
    m_ui->logoErrorLabel->hide();
    m_ui->logoInfoLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->logoInfoLabel->setMinimumWidth(220);
    connect(m_ui->chooseLogoPushButton, &QPushButton::clicked, this, &ReportSettingsDialog::chooseLogo);
    connect(m_ui->removeLogoPushButton, &QPushButton::clicked, this, [this] {
        m_branding.logo.clear();
        m_branding.logoMime.clear();
        m_ui->logoErrorLabel->hide();
        updateLogo();
    });
    connect(m_ui->accentColourPushButton, &QPushButton::clicked, this, &ReportSettingsDialog::chooseColour);
    connect(m_ui->defaultColourPushButton, &QPushButton::clicked, this, [this] { setAccentColour({}); });

    setBranding(document ? document->assessment().branding : Branding{});
    const bool readOnly = !document || document->isReadOnly();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_ui->chooseLogoPushButton, m_ui->removeLogoPushButton,
                                                           m_ui->accentColourPushButton, m_ui->defaultColourPushButton,
                                                           m_ui->pageSizeComboBox}) {
        widget->setEnabled(!readOnly && widget->isEnabled());
    }
    m_ui->firmNameLineEdit->setReadOnly(readOnly);
    m_ui->footerLineEdit->setReadOnly(readOnly);
    if (readOnly) {
        m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    }
}

ReportSettingsDialog::~ReportSettingsDialog() = default;

void ReportSettingsDialog::setBranding(const Branding& branding)
{
    m_branding = branding;
    m_ui->firmNameLineEdit->setText(QString::fromStdString(branding.firmName));
    m_ui->footerLineEdit->setText(QString::fromStdString(branding.footer));
    const int page = m_ui->pageSizeComboBox->findData(QString::fromStdString(branding.pageSize));
    m_ui->pageSizeComboBox->setCurrentIndex(page >= 0 ? page : 0);
    updateLogo();
    updateAccent();
}

Branding ReportSettingsDialog::branding() const
{
    Branding result = m_branding;
    result.firmName = m_ui->firmNameLineEdit->text().trimmed().toStdString();
    result.footer = m_ui->footerLineEdit->text().trimmed().toStdString();
    result.pageSize = m_ui->pageSizeComboBox->currentData().toString().toStdString();
    return result;
}

bool ReportSettingsDialog::chooseLogoFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    QString error;
    QByteArray bytes;
    if (QFileInfo(path).size() > render::kMaxLogoBytes) {
        error = tr("the logo is larger than 5 MB");
    } else if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
    } else {
        bytes = file.read(render::kMaxLogoBytes + 1);
        const render::LogoCheck check = render::checkLogo(bytes);
        error = check.error;
        if (error.isEmpty()) {
            m_branding.logo.assign(bytes.begin(), bytes.end());
            m_branding.logoMime = check.mime.toStdString();
        }
    }
    if (!error.isEmpty()) {
        m_ui->logoErrorLabel->setText(tr("⚠ %1: %2. The logo was not changed.").arg(name, error));
        m_ui->logoErrorLabel->show();
        return false;
    }
    m_ui->logoErrorLabel->hide();
    m_ui->logoErrorLabel->clear();
    updateLogo();
    return true;
}

QString ReportSettingsDialog::logoError() const
{
    return m_ui->logoErrorLabel->isHidden() ? QString() : m_ui->logoErrorLabel->text();
}

void ReportSettingsDialog::setAccentColour(const QColor& colour)
{
    m_branding.accentColour = colour.isValid() ? colour.name(QColor::HexRgb).toUpper().toStdString() : std::string();
    updateAccent();
}

void ReportSettingsDialog::accept()
{
    if (m_document && !m_document->isReadOnly()) {
        edit::setBranding(*m_document, branding());
    }
    QDialog::accept();
}

void ReportSettingsDialog::chooseLogo()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Logo"), folder,
                                                      tr("Logos (*.png *.jpg *.jpeg *.svg);;All files (*)"));
    if (!path.isEmpty()) {
        chooseLogoFile(path);
    }
}

void ReportSettingsDialog::chooseColour()
{
    const QColor chosen = QColorDialog::getColor(render::accentColour(m_branding), this, tr("Accent Colour"));
    if (chosen.isValid()) {
        setAccentColour(chosen);
    }
}

void ReportSettingsDialog::updateLogo()
{
    const bool hasLogo = !m_branding.logo.empty();
    const bool readOnly = !m_document || m_document->isReadOnly();
    m_ui->removeLogoPushButton->setEnabled(hasLogo && !readOnly);
    if (!hasLogo) {
        m_ui->logoPreviewLabel->setPixmap({});
        m_ui->logoPreviewLabel->setText(tr("No logo"));
        m_ui->logoInfoLabel->setText(tr("PNG, JPEG or SVG; at most 5 MB and 4096 pixels a side."));
        return;
    }
    QSize natural;
    const QSize box = m_ui->logoPreviewLabel->contentsRect().size().boundedTo(QSize(196, 86));
    m_ui->logoPreviewLabel->setPixmap(logoPixmap(m_branding, box.isEmpty() ? QSize(196, 86) : box, &natural));
    m_ui->logoInfoLabel->setText(tr("%1, %2 KB\n%3 × %4 pixels")
                                     .arg(typeName(m_branding.logoMime))
                                     .arg((m_branding.logo.size() + 1023) / 1024)
                                     .arg(natural.width())
                                     .arg(natural.height()));
}

void ReportSettingsDialog::updateAccent()
{
    const QColor colour = render::accentColour(m_branding);
    QPixmap swatch(28, 16);
    swatch.fill(colour);
    {
        QPainter painter(&swatch);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    }
    m_ui->accentColourPushButton->setIcon(QIcon(swatch));
    m_ui->accentColourPushButton->setIconSize(swatch.size());
    m_ui->accentColourPushButton->setText(m_branding.accentColour.empty()
                                              ? tr("%1 (default)").arg(colour.name(QColor::HexRgb).toUpper())
                                              : QString::fromStdString(m_branding.accentColour));
    const bool readOnly = !m_document || m_document->isReadOnly();
    m_ui->defaultColourPushButton->setEnabled(!m_branding.accentColour.empty() && !readOnly);
}

} // namespace lastmile::app
