// SPDX-License-Identifier: Apache-2.0
// Catch2's main for the session tests: the tests run inside the application's event loop, as
// the server does in the app and the command line (deferred deletes depend on it).
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QTimer>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int result = 0;
    QTimer::singleShot(0, &app, [&] {
        result = Catch::Session().run(argc, argv);
        QCoreApplication::exit(result);
    });
    app.exec();
    return result;
}
