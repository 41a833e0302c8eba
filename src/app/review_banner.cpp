// SPDX-License-Identifier: Apache-2.0
#include "review_banner.h"

#include "assessment_document.h"
#include "plain_label.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lastmile::app {

ReviewBanner::ReviewBanner(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewBar"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#reviewBar { background: #FFF4CE; border-bottom: 1px solid #E0C060; }"
                                 "#reviewBar QLabel { color: #3D2E00; }"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(12, 6, 12, 6);
    m_text = plainLabel(this, QStringLiteral("readOnlyBanner"));
    m_edit = new QPushButton(tr("Edit"), this);
    m_edit->setObjectName(QStringLiteral("editModeButton"));
    m_edit->setToolTip(tr("Reopen this file for editing; File > Review Mode returns to review"));
    row->addWidget(m_text, 1);
    row->addWidget(m_edit);
    connect(m_edit, &QPushButton::clicked, this, &ReviewBanner::editRequested);
    hide();
}

void ReviewBanner::setDocument(const AssessmentDocument* document)
{
    using Reason = AssessmentDocument::ReadOnlyReason;
    const Reason reason = document ? document->readOnlyReason() : Reason::None;
    QString text;
    switch (reason) {
    case Reason::None:
        break;
    case Reason::Asked:
        text = tr("Review mode: this file is open read-only. Nothing you do here changes it. Click Edit to change it.");
        break;
    case Reason::Location:
        text = tr("Review mode: this file or its folder cannot be written, so it is open read-only. "
                  "Use Save a Copy As to work on a copy.");
        break;
    case Reason::InUse:
        text = tr("Review mode: another Lastmile window is editing this file, so it is open read-only here.");
        break;
    }
    m_text->setText(text);
    m_edit->setVisible(document && reason != Reason::Location);
    setVisible(!text.isEmpty());
}

QString ReviewBanner::text() const
{
    return m_text->text();
}

bool ReviewBanner::offersEdit() const
{
    return !isHidden() && !m_edit->isHidden();
}

} // namespace lastmile::app
