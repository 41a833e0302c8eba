// SPDX-License-Identifier: Apache-2.0
#include "organization_editor.h"

#include "app/assessment_document.h"
#include "app/edit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

namespace lastmile::app {

namespace {

constexpr int kDebounceMs = 700;

} // namespace

OrganizationEditor::OrganizationEditor(QWidget* parent) : QWidget(parent), m_debounce(new QTimer(this))
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("organizationNameLineEdit"));
    m_name->setPlaceholderText(tr("The organization being assessed"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_sector = new QLineEdit(this);
    m_sector->setObjectName(QStringLiteral("sectorLineEdit"));
    m_sector->setPlaceholderText(tr("e.g. Wholesale distribution"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setPlaceholderText(
        tr("Context for this engagement: scope, sponsors, what the organization wants to learn"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(tr("Or&ganization:"), m_name);
    left->addRow(tr("&Sector:"), m_sector);
    auto* right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addRow(tr("N&otes:"), m_notes);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &OrganizationEditor::apply);
    connect(m_name, &QLineEdit::textEdited, this, &OrganizationEditor::typed);
    connect(m_sector, &QLineEdit::textEdited, this, &OrganizationEditor::typed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &OrganizationEditor::typed);
    connect(m_name, &QLineEdit::editingFinished, this, &OrganizationEditor::apply);
    connect(m_sector, &QLineEdit::editingFinished, this, &OrganizationEditor::apply);
    setDocument(nullptr);
}

void OrganizationEditor::setDocument(AssessmentDocument* document)
{
    apply();
    m_document = document;
    const bool editable = document && !document->isReadOnly();
    for (QLineEdit* field : {m_name, m_sector}) {
        field->setReadOnly(!editable);
    }
    m_notes->setReadOnly(!editable);
    setEnabled(document != nullptr);
    reload();
}

void OrganizationEditor::reload()
{
    m_loading = true;
    const Organization organization = m_document ? m_document->assessment().organization : Organization{};
    const QString name = QString::fromStdString(organization.name);
    const QString sector = QString::fromStdString(organization.sector);
    const QString notes = QString::fromStdString(organization.notes);
    if (m_name->text().trimmed() != name) { // keeps a space just typed
        m_name->setText(name);
    }
    if (m_sector->text().trimmed() != sector) {
        m_sector->setText(sector);
    }
    if (m_notes->toPlainText() != notes) {
        m_notes->setPlainText(notes);
    }
    m_loading = false;
}

void OrganizationEditor::typed()
{
    if (!m_loading && m_document && !m_document->isReadOnly()) {
        m_debounce->start();
    }
}

void OrganizationEditor::apply()
{
    m_debounce->stop();
    if (!m_document || m_document->isReadOnly()) {
        return;
    }
    Organization organization;
    organization.name = m_name->text().trimmed().toStdString();
    organization.sector = m_sector->text().trimmed().toStdString();
    organization.notes = m_notes->toPlainText().toStdString();
    const Organization& current = m_document->assessment().organization;
    if (organization.name == current.name && organization.sector == current.sector &&
        organization.notes == current.notes) {
        return;
    }
    edit::setOrganization(*m_document, organization);
}

} // namespace lastmile::app
