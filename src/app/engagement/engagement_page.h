// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QPointer>
#include <QWidget>
#include <cstdint>
#include <vector>

class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace lastmile::storage {
struct Change;
}

namespace lastmile::app {

class AssessmentDocument;
class InitiativeModel;
class OrganizationEditor;
class RespondentModel;
class RoundComparisonView;
class RoundModel;

// The engagement: organization profile, initiatives (add, edit, stage, owner, target outcome,
// archive), rounds (start a new one that copies the respondents, compare rounds) and
// respondents with their roles.
class EngagementPage : public QWidget
{
    Q_OBJECT

public:
    explicit EngagementPage(QWidget* parent = nullptr);
    ~EngagementPage() override;

    // The document shown, or none. The page never outlives a document it shows: the window
    // calls setDocument(nullptr) before closing one.
    void setDocument(AssessmentDocument* document);

    InitiativeModel* initiativeModel() const { return m_initiatives; }
    RoundModel* roundModel() const { return m_rounds; }
    RespondentModel* respondentModel() const { return m_respondents; }
    RoundComparisonView* comparisonView() const { return m_comparison; }
    OrganizationEditor* organizationEditor() const { return m_organization; }
    // The dialog the page has open (add or edit), or null.
    QDialog* openDialog() const { return m_dialog; }

    std::int64_t selectedInitiativeId() const;
    std::int64_t selectedRoundId() const;
    std::int64_t selectedRespondentId() const;
    void selectInitiative(std::int64_t initiativeId);
    void selectRound(std::int64_t roundId);

    // The page's actions, as its buttons trigger them; each does nothing on a read-only document.
    void addInitiative();
    void editInitiative();
    void toggleArchived();
    // Opens the targets of the selected initiative (read-only documents show them).
    void editTargets();
    void startRound();
    void addRespondent();
    void editRespondent();

    // The rounds whose answers the page shows: the selected round's scores, and the two rounds
    // compared while Compare Rounds is shown; before the page has `document`, the latest round
    // (what it opens on).
    std::vector<std::int64_t> roundsShown(const AssessmentDocument& document) const;

signals:
    // Another round selected or compared, or Compare Rounds shown or hidden (roundsShown()).
    void roundsShownChanged();
    // The user wants to answer the questionnaire of this initiative in this round.
    void answerRequested(std::int64_t initiativeId, std::int64_t roundId);

private:
    QWidget* createInitiativesPanel();
    QWidget* createRoundsPanel();
    void documentChanged(const storage::Change& change);
    void roundSelected();
    void updateActions();
    void updateDetails();
    bool editable() const;
    void showDialog(QDialog* dialog);

    AssessmentDocument* m_document = nullptr;
    InitiativeModel* m_initiatives = nullptr;
    RoundModel* m_rounds = nullptr;
    RespondentModel* m_respondents = nullptr;
    OrganizationEditor* m_organization = nullptr;
    RoundComparisonView* m_comparison = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_initiativesView = nullptr;
    QTableView* m_roundsView = nullptr;
    QTableView* m_respondentsView = nullptr;
    QLabel* m_scoresLabel = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_detailLabel = nullptr;
    QLabel* m_respondentsLabel = nullptr;
    QPushButton* m_addInitiative = nullptr;
    QPushButton* m_editInitiative = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_targets = nullptr;
    QPushButton* m_answer = nullptr;
    QPushButton* m_newRound = nullptr;
    QPushButton* m_addRespondent = nullptr;
    QPushButton* m_editRespondent = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace lastmile::app
