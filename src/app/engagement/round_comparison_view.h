// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace lastmile::app {

class AssessmentDocument;
class RoundComparisonModel;

// Compares readiness between two chosen rounds (by default the last two).
class RoundComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit RoundComparisonView(QWidget* parent = nullptr);

    void setDocument(const AssessmentDocument* document);
    // Follows a change of the document: rounds added or removed, answers changed.
    void reload();

    RoundComparisonModel* model() const { return m_model; }
    QComboBox* fromComboBox() const { return m_from; }
    QComboBox* toComboBox() const { return m_to; }

private:
    void fillRounds();
    void applyRounds();

    const AssessmentDocument* m_document = nullptr;
    RoundComparisonModel* m_model = nullptr;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QTableView* m_view = nullptr;
    bool m_filling = false;
};

} // namespace lastmile::app
