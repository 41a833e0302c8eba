// SPDX-License-Identifier: Apache-2.0
#include "lookup.h"

#include "console.h"

#include <QCoreApplication>

namespace lastmile::cli {

namespace {

template <typename Item, typename IdOf, typename NameOf>
const Item* findByIdOrName(const std::vector<Item>& items, const QString& idOrName, IdOf idOf, NameOf nameOf)
{
    const std::string name = idOrName.toStdString();
    for (const Item& item : items) {
        if (nameOf(item) == name) {
            return &item;
        }
    }
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (isNumber) {
        for (const Item& item : items) {
            if (idOf(item) == id) {
                return &item;
            }
        }
    }
    return nullptr;
}

} // namespace

const RoundData* findRound(const Assessment& assessment, const QString& idOrName)
{
    return findByIdOrName(
        assessment.rounds, idOrName, [](const RoundData& r) { return r.round.id; },
        [](const RoundData& r) { return r.round.name; });
}

const Initiative* findInitiative(const Assessment& assessment, const QString& idOrName)
{
    return findByIdOrName(
        assessment.initiatives, idOrName, [](const Initiative& i) { return i.id; },
        [](const Initiative& i) { return i.name; });
}

const Respondent* findRespondent(const RoundData& round, const QString& idOrName)
{
    return findByIdOrName(
        round.respondents, idOrName, [](const Respondent& r) { return r.id; },
        [](const Respondent& r) { return r.name; });
}

bool findRoundAndInitiative(const Assessment& assessment, const QString& path, const QString& round,
                            const QString& initiative, const RoundData*& foundRound, const Initiative*& foundInitiative)
{
    foundRound = findRound(assessment, round);
    if (!foundRound) {
        reportFailure(path, QCoreApplication::translate("Command", "no round \"%1\"").arg(round));
        return false;
    }
    foundInitiative = findInitiative(assessment, initiative);
    if (!foundInitiative) {
        reportFailure(path, QCoreApplication::translate("Command", "no initiative \"%1\"").arg(initiative));
        return false;
    }
    return true;
}

} // namespace lastmile::cli
