// SPDX-License-Identifier: Apache-2.0
#include "respondent_model.h"

#include "app/assessment_document.h"

namespace lastmile::app {

namespace {

const Respondent* findRespondent(const RoundData* round, std::int64_t respondentId)
{
    if (round) {
        for (const Respondent& respondent : round->respondents) {
            if (respondent.id == respondentId) {
                return &respondent;
            }
        }
    }
    return nullptr;
}

} // namespace

RespondentModel::RespondentModel(QObject* parent) : IdTableModel(ColumnCount, parent) {}

void RespondentModel::forgetDocument()
{
    m_roundId = 0;
}

void RespondentModel::setRound(std::int64_t roundId)
{
    m_roundId = roundId;
    reload();
}

std::vector<std::int64_t> RespondentModel::readIds()
{
    std::vector<std::int64_t> ids;
    if (const RoundData* round = document()->round(m_roundId)) {
        for (const Respondent& respondent : round->respondents) {
            ids.push_back(respondent.id);
        }
    }
    return ids;
}

QVariant RespondentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !document()) {
        return {};
    }
    const Respondent* respondent = findRespondent(document()->round(m_roundId), ids()[std::size_t(index.row())]);
    if (!respondent) {
        return {};
    }
    if (role == kIdRole) {
        return qint64(respondent->id);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    return QString::fromStdString(index.column() == NameColumn ? respondent->name : respondent->role);
}

QVariant RespondentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return section == NameColumn ? tr("Name") : section == RoleColumn ? tr("Role") : QVariant();
}

} // namespace lastmile::app
