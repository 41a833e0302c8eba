// SPDX-License-Identifier: Apache-2.0
// The shipped and installed question banks (text/bank_folder.h). text_main.cpp points the user's
// data folder at a fresh temporary folder.
#include "core/bank_loader.h"
#include "support/temp_dir.h"
#include "text/bank_folder.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::text;
using lastmile::test::readBytes;
using lastmile::test::TempDir;
using lastmile::test::writeBytes;

namespace {

std::vector<BankEntry> installed()
{
    std::vector<BankEntry> banks = availableBanks();
    std::erase_if(banks, [](const BankEntry& entry) { return entry.shipped; });
    return banks;
}

void clearBankFolder()
{
    QDir(bankFolder()).removeRecursively();
}

} // namespace

TEST_CASE("Shipped banks: English and German, the same question ids, compiled into the program")
{
    const std::optional<QuestionBank> english = shippedBank(QStringLiteral("en"));
    const std::optional<QuestionBank> german = shippedBank(QStringLiteral("de"));
    REQUIRE(english);
    REQUIRE(german);
    CHECK(english->language == "en");
    CHECK(german->language == "de");
    REQUIRE(english->frictions.size() == 7);
    REQUIRE(german->frictions.size() == english->frictions.size());
    for (std::size_t f = 0; f < english->frictions.size(); ++f) {
        REQUIRE(english->frictions[f].questions.size() == german->frictions[f].questions.size());
        for (std::size_t q = 0; q < english->frictions[f].questions.size(); ++q) {
            CHECK(english->frictions[f].questions[q].id == german->frictions[f].questions[q].id);
        }
    }
    // A language without a bank of its own gets the English one.
    const std::optional<QuestionBank> french = shippedBank(QStringLiteral("fr"));
    REQUIRE(french);
    CHECK(french->language == "en");
    // The shipped file is the one in resources/, byte for byte.
    QFile resource(shippedBankPaths().front());
    REQUIRE(resource.open(QIODevice::ReadOnly));
    CHECK(resource.readAll().toStdString() == readBytes(LASTMILE_CORE_BANK));
}

TEST_CASE("Bank folder: installing validates, names the copy by the bank's id, and replaces it")
{
    clearBankFolder();
    CHECK(bankFolder().endsWith(QStringLiteral("Lastmile/question-banks")));
    const std::size_t shipped = availableBanks().size();
    CHECK(shipped == std::size_t(shippedBankPaths().size()));
    CHECK(availableBanks().front().path == shippedBankPaths().front());

    TempDir dir;
    BankLoadResult bank = loadBankFile(LASTMILE_CORE_BANK);
    REQUIRE(bank.bank);
    bank.bank->id = "my-bank";
    bank.bank->name = "My bank";
    const std::string source = dir.file("anything.json");
    writeBytes(source, serializeBank(*bank.bank));

    Problems problems;
    QString error;
    const QString path = installBank(QString::fromStdString(source), &problems, &error);
    CHECK(problems.empty());
    CHECK(error.isEmpty());
    CHECK(path == QDir(bankFolder()).filePath(QStringLiteral("my-bank.json")));
    std::vector<BankEntry> banks = installed();
    REQUIRE(banks.size() == 1);
    REQUIRE(banks.front().result.bank);
    CHECK(banks.front().result.bank->name == "My bank");

    bank.bank->name = "My bank, second edition";
    writeBytes(source, serializeBank(*bank.bank));
    CHECK(installBank(QString::fromStdString(source), &problems, &error) == path);
    banks = installed();
    REQUIRE(banks.size() == 1);
    CHECK(banks.front().result.bank->name == "My bank, second edition");
    clearBankFolder();
}

TEST_CASE("Bank folder: a bank with problems is never installed, and a broken installed one is listed with why")
{
    clearBankFolder();
    TempDir dir;
    const std::string broken = dir.file("broken.json");
    writeBytes(broken, "{\"format\": \"lastmile-question-bank\", \"format_version\": 1,");
    Problems problems;
    QString error;
    CHECK(installBank(QString::fromStdString(broken), &problems, &error).isEmpty());
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front().kind == ProblemKind::Syntax);
    CHECK(installed().empty());

    problems.clear();
    CHECK(installBank(QString::fromStdString(dir.file("missing.json")), &problems, &error).isEmpty());
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().kind == ProblemKind::Unreadable);

    // A file that stopped loading after it was installed is still listed, with its problems.
    REQUIRE(QDir().mkpath(bankFolder()));
    writeBytes(QDir(bankFolder()).filePath(QStringLiteral("stale.json")).toStdString(), "[]");
    const std::vector<BankEntry> banks = installed();
    REQUIRE(banks.size() == 1);
    CHECK_FALSE(banks.front().result.bank);
    CHECK_FALSE(banks.front().result.problems.empty());
    clearBankFolder();
}
