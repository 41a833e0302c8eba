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

RespondentModel::RespondentModel(QObject* parent) : QAbstractTableModel(parent) {}

void RespondentModel::setDocument(const AssessmentDocument* document)
{
    beginResetModel();
    m_document = document;
    m_roundId = 0;
    m_ids.clear();
    endResetModel();
}

void RespondentModel::setRound(std::int64_t roundId)
{
    m_roundId = roundId;
    reload();
}

void RespondentModel::reload()
{
    std::vector<std::int64_t> ids;
    if (const RoundData* round = m_document ? m_document->round(m_roundId) : nullptr) {
        for (const Respondent& respondent : round->respondents) {
            ids.push_back(respondent.id);
        }
    }
    if (ids == m_ids) {
        if (!m_ids.empty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    endResetModel();
}

std::int64_t RespondentModel::respondentId(int row) const
{
    return row >= 0 && row < rowCount() ? m_ids[std::size_t(row)] : 0;
}

int RespondentModel::rowOf(std::int64_t respondentId) const
{
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        if (m_ids[i] == respondentId) {
            return int(i);
        }
    }
    return -1;
}

int RespondentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RespondentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RespondentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document) {
        return {};
    }
    const Respondent* respondent = findRespondent(m_document->round(m_roundId), m_ids[std::size_t(index.row())]);
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

Qt::ItemFlags RespondentModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

} // namespace lastmile::app
