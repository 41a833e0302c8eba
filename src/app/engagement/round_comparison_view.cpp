// SPDX-License-Identifier: Apache-2.0
#include "round_comparison_view.h"

#include "app/assessment_document.h"
#include "round_comparison_model.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace lastmile::app {

RoundComparisonView::RoundComparisonView(QWidget* parent) : QWidget(parent), m_model(new RoundComparisonModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* choose = new QHBoxLayout;
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("fromRoundComboBox"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("toRoundComboBox"));
    auto* fromLabel = new QLabel(tr("Compare &round"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("against &baseline"), this);
    toLabel->setBuddy(m_to);
    choose->addWidget(fromLabel);
    choose->addWidget(m_from);
    choose->addWidget(toLabel);
    choose->addWidget(m_to);
    choose->addStretch(1);
    layout->addLayout(choose);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("comparisonTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(RoundComparisonModel::NameColumn, QHeaderView::Stretch);
    for (int column :
         {RoundComparisonModel::FromColumn, RoundComparisonModel::ToColumn, RoundComparisonModel::ChangeColumn}) {
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    layout->addWidget(m_view, 1);

    auto* note = new QLabel(tr("Readiness runs from 0 (stalled) to 100 (ready to scale); ↑ means the initiative "
                               "moved closer to operational results."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    connect(m_from, &QComboBox::currentIndexChanged, this, &RoundComparisonView::applyRounds);
    connect(m_to, &QComboBox::currentIndexChanged, this, &RoundComparisonView::applyRounds);
}

void RoundComparisonView::setDocument(const AssessmentDocument* document)
{
    m_document = document;
    m_model->setDocument(document);
    m_filling = true;
    m_from->clear();
    m_to->clear();
    m_filling = false;
    reload();
}

void RoundComparisonView::reload()
{
    fillRounds();
    applyRounds();
}

void RoundComparisonView::fillRounds()
{
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    const int countBefore = m_to->count();
    m_filling = true;
    m_from->clear();
    m_to->clear();
    if (m_document) {
        for (const RoundData& round : m_document->assessment().rounds) {
            const QString name = QString::fromStdString(round.round.name);
            m_from->addItem(name, qint64(round.round.id));
            m_to->addItem(name, qint64(round.round.id));
        }
    }
    const int count = m_to->count();
    const bool added = count != countBefore;
    // Keep the user's choice; when rounds came or went, compare the last two again.
    const int fromIndex = added ? -1 : m_from->findData(from);
    const int toIndex = added ? -1 : m_to->findData(to);
    m_from->setCurrentIndex(fromIndex >= 0 ? fromIndex : std::max(0, count - 2));
    m_to->setCurrentIndex(toIndex >= 0 ? toIndex : count - 1);
    m_filling = false;
}

void RoundComparisonView::applyRounds()
{
    if (!m_filling) {
        m_model->setRounds(m_from->currentData().toLongLong(), m_to->currentData().toLongLong());
    }
}

} // namespace lastmile::app
