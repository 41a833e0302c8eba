// SPDX-License-Identifier: Apache-2.0
// The words for what core and storage report: text::Messages and text::StorageMessages, in
// English (the sources) and in German (the embedded translation).
#include "storage_text/storage_messages.h"
#include "text/messages.h"
#include "text/translations.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::text;

TEST_CASE("Messages: bands, stages and action states in English and German")
{
    Translations english(QStringLiteral("en"));
    CHECK(Messages::band(Band::Low) == QStringLiteral("low"));
    CHECK(Messages::band(Band::Critical) == QStringLiteral("critical"));
    CHECK(Messages::stage(Stage::RolledBack) == QStringLiteral("rolled back"));
    CHECK(Messages::actionStatus(ActionStatus::InProgress) == QStringLiteral("in progress"));

    LanguageScope german(QStringLiteral("de"));
    CHECK(Messages::band(Band::Low) == QStringLiteral("niedrig"));
    CHECK(Messages::band(Band::Moderate) == QStringLiteral("mäßig"));
    CHECK(Messages::band(Band::High) == QStringLiteral("hoch"));
    CHECK(Messages::band(Band::Critical) == QStringLiteral("kritisch"));
    CHECK(Messages::stage(Stage::Idea) == QStringLiteral("Idee"));
    CHECK(Messages::stage(Stage::RolledBack) == QStringLiteral("zurückgenommen"));
    CHECK(Messages::actionStatus(ActionStatus::Dropped) == QStringLiteral("verworfen"));
}

TEST_CASE("Messages: every band, stage and action state has words of its own")
{
    Translations english(QStringLiteral("en"));
    QStringList seen;
    for (Band band : {Band::Low, Band::Moderate, Band::High, Band::Critical}) {
        seen << Messages::band(band);
    }
    for (Stage stage : {Stage::Idea, Stage::Pilot, Stage::Scaling, Stage::Production, Stage::RolledBack}) {
        seen << Messages::stage(stage);
    }
    for (ActionStatus status :
         {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped}) {
        seen << Messages::actionStatus(status);
    }
    for (const QString& words : seen) {
        CHECK_FALSE(words.isEmpty());
    }
    seen.removeDuplicates();
    CHECK(seen.size() == 13);
}

TEST_CASE("Messages: a problem names its JSON Pointer path, then the reason with its detail")
{
    Translations english(QStringLiteral("en"));
    CHECK(Messages::problem({ProblemKind::BadWeight, "/frictions/2/weight", "-1"}) ==
          QStringLiteral("/frictions/2/weight: weight must be a number above 0 (at most 10 for a question), found -1"));
    // The whole document has no path: the reason alone.
    CHECK(Messages::problem({ProblemKind::TooLarge, "", "4194304"}) ==
          QStringLiteral("too large (the limit is 4194304 bytes)"));
    CHECK(Messages::problem({ProblemKind::MissingField, "/id", ""}) == QStringLiteral("/id: missing required field"));

    LanguageScope german(QStringLiteral("de"));
    CHECK(Messages::problem({ProblemKind::DuplicateId, "/frictions/0/questions/1/id", "q1"}) ==
          QStringLiteral("/frictions/0/questions/1/id: doppelte Id „q1“"));
}

TEST_CASE("fileMessage: one line, FILE: reason, whatever the reason holds")
{
    CHECK(fileMessage(QStringLiteral("a.lastmile"), QStringLiteral("disk I/O error")) ==
          QStringLiteral("a.lastmile: disk I/O error"));
    CHECK(fileMessage(QStringLiteral("b.json"), QStringLiteral("line one\nline two\r\n")) ==
          QStringLiteral("b.json: line one line two"));
}

TEST_CASE("StorageMessages: plain words, the detail apart, and findings")
{
    Translations english(QStringLiteral("en"));
    using storage::ErrorCode;
    const storage::StorageError notSqlite{ErrorCode::NotSqlite, "x.lastmile", "file is not a database"};
    CHECK(StorageMessages::storageError(notSqlite).startsWith(QStringLiteral("not a Lastmile file;")));
    CHECK(StorageMessages::storageErrorDetail(notSqlite) == QStringLiteral("it is not an SQLite database"));
    CHECK(StorageMessages::storageErrorWithDetail(notSqlite) ==
          StorageMessages::storageError(notSqlite) + QStringLiteral(" (it is not an SQLite database)"));

    // No detail to add: the plain sentence alone.
    const storage::StorageError full{ErrorCode::DiskFull, "x.lastmile", ""};
    CHECK(StorageMessages::storageErrorDetail(full).isEmpty());
    CHECK(StorageMessages::storageErrorWithDetail(full) == QStringLiteral("the disk is full; nothing was changed"));
    // The system's words are the detail of an I/O error.
    const storage::StorageError io{ErrorCode::Io, "x.lastmile", "Input/output error"};
    CHECK(StorageMessages::storageErrorDetail(io) == QStringLiteral("Input/output error"));
    CHECK(StorageMessages::storageError({ErrorCode::NewerVersion, "x.lastmile", "9"}).contains(QStringLiteral("9")));

    CHECK(StorageMessages::finding({storage::Finding::Kind::ForeignKey, "answers"}) ==
          QStringLiteral("rows in table answers refer to rows that do not exist"));

    LanguageScope german(QStringLiteral("de"));
    CHECK(StorageMessages::storageError(full) == QStringLiteral("der Datenträger ist voll; es wurde nichts geändert"));
    CHECK(StorageMessages::finding({storage::Finding::Kind::Integrity, "page 3"}) ==
          QStringLiteral("Integritätsprüfung fehlgeschlagen: page 3"));
}

TEST_CASE("StorageMessages: every error code has a sentence of its own")
{
    Translations english(QStringLiteral("en"));
    using storage::ErrorCode;
    QStringList sentences;
    for (int code = int(ErrorCode::NotFound); code <= int(ErrorCode::Invalid); ++code) {
        const QString sentence = StorageMessages::storageError({ErrorCode(code), "f", "d"});
        CHECK_FALSE(sentence.isEmpty());
        sentences << sentence;
    }
    const qsizetype all = sentences.size();
    sentences.removeDuplicates();
    CHECK(sentences.size() == all);
}
