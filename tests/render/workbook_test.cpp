// SPDX-License-Identifier: Apache-2.0
// The Excel workbook as a file: written whole or not at all. Its content is read back by a
// third-party reader in tests/cli/workbook_openpyxl_test.py.
#include "render/workbook_xlsx.h"
#include "render_fixtures.h"
#include "support/temp_dir.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::render;
using lastmile::test::readBytes;
using lastmile::test::TempDir;
using lastmile::test::writeBytes;

TEST_CASE("A workbook replaces the old file whole, keeping its permissions, and leaves no temporary file")
{
    TempDir dir;
    const Assessment assessment = test::demoAssessment();
    const ReportModel model = test::demoReport(assessment);
    const std::string path = dir.file("client.xlsx");
    writeBytes(path, "an older export");
    const QString target = QString::fromStdString(path);
    REQUIRE(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner));

    const ExportResult result = writeWorkbookXlsx(target, assessment, model);
    REQUIRE(result.ok());
    const std::string bytes = readBytes(path);
    CHECK(bytes.substr(0, 4) == std::string("PK\x03\x04", 4));
    CHECK(bytes.find("xl/worksheets/sheet5.xml") != std::string::npos);
    CHECK(QFile::permissions(target) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(QDir(QString::fromStdString(dir.path().string())).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("client.xlsx")});
}

TEST_CASE("A workbook into a missing folder fails with a reason and writes nothing")
{
    TempDir dir;
    const Assessment assessment = test::demoAssessment();
    const QString path = QString::fromStdString(dir.file("missing/client.xlsx"));
    const ExportResult result = writeWorkbookXlsx(path, assessment, test::demoReport(assessment));
    CHECK(result.status == ExportResult::Status::Failed);
    CHECK_FALSE(result.error.isEmpty());
    CHECK_FALSE(QFile::exists(path));
}
