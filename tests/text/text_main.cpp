// SPDX-License-Identifier: Apache-2.0
// Catch2's main for the text tests: translations, resources and locales need a QCoreApplication.
// The user's data folder is a fresh temporary one, so installing a bank never touches a real one.
#define CATCH_CONFIG_RUNNER
#include "support/temp_dir.h"

#include <QCoreApplication>
#include <QLocale>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    lastmile::test::TempDir data;
    qputenv("XDG_DATA_HOME", QByteArray::fromStdString(data.path().string()));
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    return Catch::Session().run(argc, argv);
}
