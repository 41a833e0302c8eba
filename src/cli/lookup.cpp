// SPDX-License-Identifier: Apache-2.0
#include "lookup.h"

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

} // namespace lastmile::cli
