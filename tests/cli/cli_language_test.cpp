// SPDX-License-Identifier: Apache-2.0
// The command line in German: messages and help from the system's language, a report's language
// chosen per report, the German bank, and files that stay the same whatever the language.
#include "run_cli.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using lastmile::test::readBytes;
using lastmile::test::runCli;
using lastmile::test::TempDir;

namespace {

const std::vector<std::pair<std::string, std::string>> kGerman = {{"LANGUAGE", "de"}};

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// The demo engagement, written by a command line that speaks the language of `environment`.
std::string demo(const TempDir& dir, const std::vector<std::pair<std::string, std::string>>& environment = {})
{
    const std::string path = dir.file("demo.lastmile");
    REQUIRE(runCli({"demo", path}, "C.UTF-8", environment).exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("cli: LANGUAGE=de prints the message for a missing file in German")
{
    TempDir dir;
    const std::string missing = dir.file("missing.lastmile");
    const auto run = runCli({"check", missing}, "C.UTF-8", kGerman);
    CHECK(run.exitCode == 3);
    CHECK(run.err == missing + ": Datei oder Ordner nicht gefunden\n");
    const auto english = runCli({"check", missing});
    CHECK(english.err == missing + ": no such file or folder\n");
}

TEST_CASE("cli: the language also follows LC_ALL and LANG, and the help speaks it")
{
    const auto byLocale = runCli({"--help"}, "de_DE.UTF-8");
    CHECK(byLocale.exitCode == 0);
    CHECK(contains(byLocale.out, "Aufruf: lastmile-cli BEFEHL [ARGUMENTE]"));
    const auto command = runCli({"report", "--help"}, "C.UTF-8", kGerman);
    CHECK(contains(command.out, "Das Deckblatt weglassen."));
    CHECK(contains(command.out, "Diese Hilfe anzeigen."));
}

TEST_CASE("cli: German plural forms")
{
    TempDir dir;
    const std::string path = demo(dir);
    const auto run = runCli({"check", path}, "C.UTF-8", kGerman);
    CHECK(run.exitCode == 0);
    CHECK(contains(run.out, ": in Ordnung (5 Initiativen, 2 Runden, "));
    CHECK(contains(run.out, " Antworten)\n"));
}

TEST_CASE("cli: the German bank validates, is listed as built in, and a German demo uses it")
{
    const auto validate = runCli({"bank", "validate", LASTMILE_GERMAN_BANK});
    CHECK(validate.exitCode == 0);
    CHECK(contains(validate.out, "lastmile-core-de"));
    const auto list = runCli({"bank", "list"});
    CHECK(contains(list.out, "(lastmile-core, "));
    CHECK(contains(list.out, "(lastmile-core-de, "));

    TempDir dir;
    const std::string path = demo(dir, kGerman);
    const auto score = runCli({"score", path}, "C.UTF-8", kGerman);
    CHECK(score.exitCode == 0);
    CHECK(contains(score.out, "Fragenkatalog lastmile-core-de"));
}

TEST_CASE("cli: report --language picks the report's language, whatever the system speaks")
{
    TempDir dir;
    const std::string path = demo(dir);
    const std::string german = dir.file("de.html");
    REQUIRE(runCli({"report", path, "--output", german, "--language", "de"}).exitCode == 0);
    const std::string html = readBytes(german);
    CHECK(contains(html, "<html lang=\"de\">"));
    CHECK(contains(html, "Management Summary"));
    CHECK(contains(html, "Heatmap der Hemmnisse"));
    CHECK_FALSE(contains(html, "Executive summary"));

    const std::string english = dir.file("en.html");
    REQUIRE(runCli({"report", path, "--output", english, "--language", "en"}, "C.UTF-8", kGerman).exitCode == 0);
    CHECK(contains(readBytes(english), "Executive summary"));

    const auto unknown = runCli({"report", path, "--output", dir.file("fr.html"), "--language", "fr"});
    CHECK(unknown.exitCode == 2);
    CHECK(contains(unknown.err, "--language takes en, de"));
}

TEST_CASE("cli: scores and exports are the same bytes in German as in English")
{
    TempDir dir;
    const std::string path = demo(dir);
    const std::vector<std::pair<std::string, std::string>> germanDesktop = {{"LANGUAGE", "de"},
                                                                            {"LANG", "de_DE.UTF-8"}};
    for (const char* format : {"json", "csv"}) {
        INFO(format);
        const auto c = runCli({"score", path, "--format", format});
        const auto german = runCli({"score", path, "--format", format}, "de_DE.UTF-8", germanDesktop);
        REQUIRE(c.exitCode == 0);
        CHECK(c.out == german.out);
    }
    for (const char* suffix : {".csv", ".json"}) {
        INFO(suffix);
        const std::string c = dir.file(std::string("c") + suffix);
        const std::string german = dir.file(std::string("de") + suffix);
        REQUIRE(runCli({"export", path, "--output", c}).exitCode == 0);
        REQUIRE(runCli({"export", path, "--output", german}, "de_DE.UTF-8", germanDesktop).exitCode == 0);
        CHECK(readBytes(c) == readBytes(german));
    }
}

TEST_CASE("cli: heatmap --language writes the legend in the language asked for")
{
    TempDir dir;
    const std::string path = demo(dir);
    const std::string german = dir.file("de.svg");
    REQUIRE(runCli({"heatmap", path, "--output", german, "--language", "de"}).exitCode == 0);
    CHECK(contains(readBytes(german), "Reife"));
    CHECK_FALSE(contains(readBytes(german), "Readiness"));
    const std::string bySystem = dir.file("system.svg");
    REQUIRE(runCli({"heatmap", path, "--output", bySystem}, "C.UTF-8", kGerman).exitCode == 0);
    CHECK(contains(readBytes(bySystem), "Reife"));
    const std::string english = dir.file("en.svg");
    REQUIRE(runCli({"heatmap", path, "--output", english, "--language", "en"}, "C.UTF-8", kGerman).exitCode == 0);
    CHECK(contains(readBytes(english), "Readiness"));
    CHECK(runCli({"heatmap", path, "--output", dir.file("x.svg"), "--language", "xx"}).exitCode == 2);
}
