// SPDX-License-Identifier: Apache-2.0
#include "bank_folder.h"

#include "save_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace lastmile::text {

namespace {

BankLoadResult loadResourceOrFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt, {{ProblemKind::Unreadable, "", file.errorString().toStdString()}}};
    }
    if (file.size() > qint64(kMaxBankBytes)) {
        return {std::nullopt, {{ProblemKind::TooLarge, "", std::to_string(kMaxBankBytes)}}};
    }
    const QByteArray bytes = file.readAll();
    return parseBank(std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

} // namespace

QString bankFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Lastmile/question-banks"));
}

std::vector<BankEntry> availableBanks()
{
    std::vector<BankEntry> banks;
    for (const QString& path : shippedBankPaths()) {
        banks.push_back({path, true, loadResourceOrFile(path)});
    }
    const QDir folder(bankFolder());
    for (const QString& name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = folder.filePath(name);
        banks.push_back({path, false, loadResourceOrFile(path)});
    }
    return banks;
}

QStringList shippedBankPaths()
{
    return {QStringLiteral(":/question-banks/lastmile-core.json"),
            QStringLiteral(":/question-banks/lastmile-core-de.json")};
}

std::optional<QuestionBank> shippedBank(const QString& language)
{
    std::optional<QuestionBank> english;
    for (const QString& path : shippedBankPaths()) {
        BankLoadResult loaded = loadResourceOrFile(path);
        if (!loaded.bank) {
            continue;
        }
        if (QString::fromStdString(loaded.bank->language) == language) {
            return loaded.bank;
        }
        if (!english && loaded.bank->language == "en") {
            english = std::move(loaded.bank);
        }
    }
    return english;
}

QString installBank(const QString& source, Problems* problems, QString* error)
{
    BankLoadResult loaded = loadResourceOrFile(source);
    if (!loaded.bank) {
        *problems = std::move(loaded.problems);
        return {};
    }
    if (!QDir().mkpath(bankFolder())) {
        *error = QCoreApplication::translate("lastmile::text::BankFolder", "the folder %1 could not be created")
                     .arg(bankFolder());
        return {};
    }
    const QString target =
        QDir(bankFolder()).filePath(QString::fromStdString(loaded.bank->id) + QStringLiteral(".json"));
    const QString failure = saveAtomically(target, QByteArray::fromStdString(serializeBank(*loaded.bank)));
    if (!failure.isEmpty()) {
        *error = failure;
        return {};
    }
    return target;
}

} // namespace lastmile::text
