// SPDX-License-Identifier: Apache-2.0
#include "recommendation_dialog.h"

#include "app/plain_label.h"
#include "core/recommendations.h"
#include "plan_text.h"
#include "text/messages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace lastmile::app {

RecommendationDialog::RecommendationDialog(const Assessment& assessment, std::int64_t initiativeId, QWidget* parent)
    : QDialog(parent), m_assessment(assessment)
{
    setWindowTitle(tr("Add Action from Recommendation"));
    resize(720, 520);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_initiative = new QComboBox(this);
    m_initiative->setObjectName(QStringLiteral("initiativeComboBox"));
    for (const Initiative& initiative : assessment.initiatives) {
        if (!initiative.archived) {
            m_initiative->addItem(QString::fromStdString(initiative.name), qlonglong(initiative.id));
        }
    }
    m_friction = new QComboBox(this);
    m_friction->setObjectName(QStringLiteral("frictionComboBox"));
    form->addRow(tr("&Initiative:"), m_initiative);
    form->addRow(tr("&Friction:"), m_friction);
    layout->addLayout(form);
    m_summary = plainLabel(this, QStringLiteral("summaryLabel"));
    layout->addWidget(m_summary);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("recommendationsTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Recommended action"), tr("Typical owner"), tr("In the plan")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);
    m_detail = plainLabel(this, QStringLiteral("detailLabel"));
    m_detail->setMinimumHeight(60);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_detail);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* use = buttons->addButton(tr("&Use Recommendation…"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("usePushButton"));
    use->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_initiative, &QComboBox::currentIndexChanged, this, &RecommendationDialog::fillFrictions);
    connect(m_friction, &QComboBox::currentIndexChanged, this, &RecommendationDialog::fillRecommendations);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this, use] {
        const int row = m_list->currentIndex().row();
        use->setEnabled(row >= 0);
        m_detail->setText(row >= 0 ? QString::fromStdString(m_shown[std::size_t(row)].text) : QString());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    setInitiative(initiativeId);
    fillFrictions();
}

void RecommendationDialog::setInitiative(std::int64_t initiativeId)
{
    const int index = m_initiative->findData(qlonglong(initiativeId));
    m_initiative->setCurrentIndex(index >= 0 ? index : 0);
}

void RecommendationDialog::setFriction(const std::string& frictionId)
{
    const int index = m_friction->findData(QString::fromStdString(frictionId));
    if (index >= 0) {
        m_friction->setCurrentIndex(index);
    }
}

void RecommendationDialog::fillFrictions()
{
    const QString previous = m_friction->currentData().toString();
    QSignalBlocker blocker(m_friction);
    m_friction->clear();
    const std::int64_t initiativeId = m_initiative->currentData().toLongLong();
    if (const auto score = latestScore(m_assessment, initiativeId)) {
        // Most severe first, as recommend() orders them; unscored frictions have no band.
        for (const Recommendation& recommendation : recommend(m_assessment.rounds.back().bank, *score)) {
            m_friction->addItem(tr("%1 — %2 (%3)")
                                    .arg(frictionName(m_assessment, recommendation.frictionId))
                                    .arg(std::lround(recommendation.score))
                                    .arg(text::Messages::band(recommendation.band)),
                                QString::fromStdString(recommendation.frictionId));
        }
    }
    const int keep = m_friction->findData(previous);
    m_friction->setCurrentIndex(keep >= 0 ? keep : 0);
    blocker.unblock();
    fillRecommendations();
}

void RecommendationDialog::fillRecommendations()
{
    m_list->clear();
    m_shown.clear();
    m_detail->clear();
    const std::int64_t initiativeId = m_initiative->currentData().toLongLong();
    const std::string frictionId = m_friction->currentData().toString().toStdString();
    const auto score = latestScore(m_assessment, initiativeId);
    if (!score || m_friction->count() == 0) {
        m_summary->setText(m_assessment.rounds.empty()
                               ? tr("There is no round yet, so there is nothing to recommend.")
                               : tr("No friction of this initiative is scored in the latest round yet. Answer its "
                                    "questionnaire first."));
        return;
    }
    const RoundData& round = m_assessment.rounds.back();
    for (const Recommendation& recommendation : recommend(round.bank, *score)) {
        if (recommendation.frictionId != frictionId) {
            continue;
        }
        m_summary->setText(
            tr("In “%1”, %2 scores %3 (%4). The question bank recommends for this band:")
                .arg(QString::fromStdString(round.round.name), frictionName(m_assessment, frictionId))
                .arg(std::lround(recommendation.score))
                .arg(text::Messages::band(recommendation.band)) +
            (recommendation.lowCoverage ? tr("\nFew questions are answered: the score is uncertain.") : QString()));
        for (const RecommendedAction& recommended : recommendation.actions) {
            const bool planned =
                std::any_of(m_assessment.actions.begin(), m_assessment.actions.end(), [&](const Action& action) {
                    return action.initiativeId == initiativeId && action.recommendationId == recommended.id;
                });
            auto* item = new QTreeWidgetItem(m_list, {QString::fromStdString(recommended.title),
                                                      QString::fromStdString(recommended.owner),
                                                      planned ? tr("✓ Has an action") : QString()});
            item->setData(0, kPlannedRole, planned);
            item->setToolTip(0, QString::fromStdString(recommended.text));
            m_shown.push_back(recommended);
        }
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
}

Action RecommendationDialog::chosenAction() const
{
    Action action;
    const int row = m_list->currentIndex().row();
    if (row < 0 || std::size_t(row) >= m_shown.size()) {
        return action;
    }
    const RecommendedAction& chosen = m_shown[std::size_t(row)];
    action.initiativeId = m_initiative->currentData().toLongLong();
    action.frictionId = m_friction->currentData().toString().toStdString();
    action.text = chosen.title + ": " + chosen.text;
    action.owner = chosen.owner;
    action.recommendationId = chosen.id;
    return action;
}

} // namespace lastmile::app
