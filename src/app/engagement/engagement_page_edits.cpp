// SPDX-License-Identifier: Apache-2.0
// The engagement page's edits: each opens its dialog and hands the result to the edit facade.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "engagement_page.h"
#include "initiative_dialog.h"
#include "respondent_dialog.h"
#include "round_dialog.h"
#include "targets_dialog.h"
#include "text/bank_folder.h"

#include <QStringList>

namespace lastmile::app {

namespace {

QString bankDescription(const QuestionBank& bank)
{
    return EngagementPage::tr("“%1” (%2, version %3)")
        .arg(QString::fromStdString(bank.name), QString::fromStdString(bank.id),
             QString::fromStdString(bank.contentVersion));
}

QStringList respondentNames(const RoundData& round, std::int64_t except)
{
    QStringList names;
    for (const Respondent& respondent : round.respondents) {
        if (respondent.id != except) {
            names.push_back(QString::fromStdString(respondent.name));
        }
    }
    return names;
}

} // namespace

void EngagementPage::addInitiative()
{
    if (!editable()) {
        return;
    }
    auto* dialog = new InitiativeDialog(this);
    AssessmentDocument* document = m_document;
    connect(dialog, &QDialog::accepted, this, [this, dialog, document] {
        if (document != m_document) {
            return;
        }
        if (const auto id = edit::addInitiative(*document, dialog->initiative())) {
            selectInitiative(*id);
        }
    });
    showDialog(dialog);
}

void EngagementPage::editInitiative()
{
    const Initiative* initiative = m_document ? m_document->initiative(selectedInitiativeId()) : nullptr;
    if (!editable() || !initiative) {
        return;
    }
    auto* dialog = new InitiativeDialog(this);
    dialog->setInitiative(*initiative);
    AssessmentDocument* document = m_document;
    connect(dialog, &QDialog::accepted, this, [this, dialog, document] {
        if (document != m_document || !document->initiative(dialog->initiative().id)) {
            return;
        }
        const Initiative changed = dialog->initiative();
        const Initiative& current = *document->initiative(changed.id);
        if (changed.name != current.name || changed.businessFunction != current.businessFunction ||
            changed.owner != current.owner || changed.stage != current.stage ||
            changed.targetOutcome != current.targetOutcome) {
            edit::editInitiative(*document, changed);
        }
    });
    showDialog(dialog);
}

void EngagementPage::toggleArchived()
{
    const Initiative* initiative = m_document ? m_document->initiative(selectedInitiativeId()) : nullptr;
    if (editable() && initiative) {
        edit::setInitiativeArchived(*m_document, initiative->id, !initiative->archived);
    }
}

void EngagementPage::editTargets()
{
    const std::int64_t initiativeId = selectedInitiativeId();
    if (m_document && m_document->initiative(initiativeId)) {
        showDialog(new TargetsDialog(m_document, initiativeId, this));
    }
}

void EngagementPage::startRound()
{
    if (!editable() || m_document->assessment().rounds.empty()) {
        return;
    }
    // A new round is asked with the latest round's bank unless the user picks an available one.
    const RoundData& latest = m_document->assessment().rounds.back();
    auto* dialog = new RoundDialog(this);
    dialog->setPrevious(QString::fromStdString(latest.round.name), bankDescription(latest.bank));
    std::vector<QuestionBank> available;
    for (text::BankEntry& entry : text::availableBanks()) {
        if (entry.result.bank) {
            available.push_back(std::move(*entry.result.bank));
        }
    }
    dialog->setBanks(latest.bank, available);
    AssessmentDocument* document = m_document;
    const std::int64_t previousId = latest.round.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, document, previousId] {
        if (document != m_document || document->assessment().rounds.empty()) {
            return;
        }
        const QuestionBank bank = dialog->bank();
        const std::int64_t copyFrom = dialog->copyRespondents() && document->round(previousId) ? previousId : 0;
        if (const auto id = edit::addRound(*document, dialog->round(), bank, copyFrom)) {
            selectRound(*id);
        }
    });
    showDialog(dialog);
}

void EngagementPage::addRespondent()
{
    const RoundData* round = m_document ? m_document->round(selectedRoundId()) : nullptr;
    if (!editable() || !round) {
        return;
    }
    auto* dialog = new RespondentDialog(this);
    Respondent fresh;
    fresh.roundId = round->round.id;
    dialog->setRespondent(fresh);
    dialog->setTakenNames(respondentNames(*round, 0));
    AssessmentDocument* document = m_document;
    connect(dialog, &QDialog::accepted, this, [this, dialog, document] {
        if (document != m_document || !document->round(dialog->respondent().roundId)) {
            return;
        }
        edit::addRespondent(*document, dialog->respondent());
    });
    showDialog(dialog);
}

void EngagementPage::editRespondent()
{
    const RoundData* round = m_document ? m_document->round(selectedRoundId()) : nullptr;
    const std::int64_t respondentId = selectedRespondentId();
    if (!editable() || !round || respondentId == 0) {
        return;
    }
    const Respondent* respondent = nullptr;
    for (const Respondent& candidate : round->respondents) {
        respondent = candidate.id == respondentId ? &candidate : respondent;
    }
    if (!respondent) {
        return;
    }
    auto* dialog = new RespondentDialog(this);
    dialog->setRespondent(*respondent);
    dialog->setTakenNames(respondentNames(*round, respondentId));
    AssessmentDocument* document = m_document;
    connect(dialog, &QDialog::accepted, this, [this, dialog, document] {
        if (document != m_document || !document->round(dialog->respondent().roundId)) {
            return;
        }
        edit::editRespondent(*document, dialog->respondent());
    });
    showDialog(dialog);
}

} // namespace lastmile::app
