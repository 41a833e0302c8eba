// SPDX-License-Identifier: Apache-2.0
#include "questionnaire_selectors.h"

#include "core/assessment_data.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace lastmile::app {

namespace {

QString respondentText(const Respondent& respondent)
{
    return respondent.role.empty() ? QString::fromStdString(respondent.name)
                                   : QuestionnaireSelectors::tr("%1 (%2)").arg(QString::fromStdString(respondent.name),
                                                                               QString::fromStdString(respondent.role));
}

} // namespace

QuestionnaireSelectors::QuestionnaireSelectors(QWidget* parent) : QWidget(parent)
{
    auto* bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    const auto addCombo = [&](const QString& label, const QString& name, int stretch) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(combo);
        bar->addWidget(caption);
        bar->addWidget(combo, stretch);
        bar->addSpacing(caption->fontMetrics().averageCharWidth() * 2);
        return combo;
    };
    m_initiativeCombo = addCombo(tr("&Initiative:"), QStringLiteral("initiativeComboBox"), 3);
    m_roundCombo = addCombo(tr("Ro&und:"), QStringLiteral("roundComboBox"), 2);
    m_respondentCombo = addCombo(tr("&Answering as:"), QStringLiteral("respondentComboBox"), 2);
    m_advanceCheck = new QCheckBox(tr("Go to the next &question after answering"), this);
    m_advanceCheck->setObjectName(QStringLiteral("advanceCheckBox"));
    m_advanceCheck->setFocusPolicy(Qt::TabFocus);
    m_advanceCheck->setToolTip(tr("Off while the room answers a question together: the facilitator moves on "
                                  "when everyone has answered."));
    bar->addWidget(m_advanceCheck);

    connect(m_advanceCheck, &QCheckBox::clicked, this, &QuestionnaireSelectors::advanceChosen);
    connect(m_initiativeCombo, &QComboBox::activated, this,
            [this](int index) { emit initiativeChosen(m_initiativeCombo->itemData(index).toLongLong()); });
    connect(m_roundCombo, &QComboBox::activated, this,
            [this](int index) { emit roundChosen(m_roundCombo->itemData(index).toLongLong()); });
    connect(m_respondentCombo, &QComboBox::activated, this,
            [this](int index) { emit respondentChosen(m_respondentCombo->itemData(index).toLongLong()); });
}

void QuestionnaireSelectors::rebuild(const Assessment* assessment, const RoundData* round)
{
    const QSignalBlocker blockInitiatives(m_initiativeCombo);
    const QSignalBlocker blockRounds(m_roundCombo);
    const QSignalBlocker blockRespondents(m_respondentCombo);
    m_initiativeCombo->clear();
    m_roundCombo->clear();
    m_respondentCombo->clear();
    if (!assessment) {
        return;
    }
    for (const Initiative& initiative : assessment->initiatives) {
        if (!initiative.archived) {
            m_initiativeCombo->addItem(QString::fromStdString(initiative.name), qlonglong(initiative.id));
        }
    }
    for (auto each = assessment->rounds.rbegin(); each != assessment->rounds.rend(); ++each) {
        m_roundCombo->addItem(QString::fromStdString(each->round.name), qlonglong(each->round.id));
    }
    m_respondentCombo->addItem(tr("Consensus (facilitator)"), qlonglong(0));
    if (round) {
        if (!round->respondents.empty()) {
            m_respondentCombo->insertSeparator(1);
        }
        for (const Respondent& respondent : round->respondents) {
            m_respondentCombo->addItem(respondentText(respondent), qlonglong(respondent.id));
        }
    }
}

void QuestionnaireSelectors::select(std::int64_t initiativeId, std::int64_t roundId, std::int64_t respondentId,
                                    bool advance)
{
    const QSignalBlocker blockInitiatives(m_initiativeCombo);
    const QSignalBlocker blockRounds(m_roundCombo);
    const QSignalBlocker blockRespondents(m_respondentCombo);
    m_initiativeCombo->setCurrentIndex(m_initiativeCombo->findData(qlonglong(initiativeId)));
    m_roundCombo->setCurrentIndex(m_roundCombo->findData(qlonglong(roundId)));
    m_respondentCombo->setCurrentIndex(m_respondentCombo->findData(qlonglong(respondentId)));
    m_advanceCheck->setChecked(advance);
}

} // namespace lastmile::app
