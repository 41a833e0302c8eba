// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <cstdint>
#include <map>
#include <string>

class QLabel;
class QSpinBox;

namespace lastmile::app {

class AssessmentDocument;

// One line on an initiative's targets: "Targets: 3 of 7 frictions; 2 met in the latest round.",
// or a hint that none are agreed yet.
QString targetSummary(const AssessmentDocument& document, std::int64_t initiativeId);

// The target friction scores agreed with the client for one initiative: per friction its score
// in the latest round, a target (0..100, or none) and the gap between them. OK saves the changed
// targets as one undo step. On a read-only document the targets are shown, not editable.
class TargetsDialog : public QDialog
{
    Q_OBJECT

public:
    TargetsDialog(AssessmentDocument* document, std::int64_t initiativeId, QWidget* parent = nullptr);

    std::int64_t initiativeId() const { return m_initiativeId; }
    QSpinBox* targetSpinBox(const std::string& frictionId) const;
    QString gapText(const std::string& frictionId) const;

    void accept() override;

private:
    void updateGap(const std::string& frictionId);

    AssessmentDocument* m_document;
    std::int64_t m_initiativeId;
    std::map<std::string, QSpinBox*> m_spins;
    std::map<std::string, QLabel*> m_gaps;
    std::map<std::string, double> m_current; // scored frictions only
};

} // namespace lastmile::app
