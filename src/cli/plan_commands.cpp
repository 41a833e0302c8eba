// SPDX-License-Identifier: Apache-2.0
// The consultant's follow-through from scripts: action add/list, target set, branding.
#include "command.h"
#include "console.h"
#include "core/csv.h"
#include "core/friction.h"
#include "lookup.h"
#include "render/logo_check.h"
#include "text/graphemes.h"
#include "text/messages.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <nlohmann/json.hpp>

namespace lastmile::cli {

namespace {

// Opens FILE for writing and loads it; on failure prints the reason and sets `exitCode`.
struct OpenedFile
{
    std::unique_ptr<storage::AssessmentFile> file;
    Assessment assessment;
};

std::optional<OpenedFile> openForEdit(const QString& path, storage::OpenMode mode, int& exitCode)
{
    auto file = storage::AssessmentFile::open(toStd(path), mode);
    if (!file) {
        exitCode = reportStorageError(file.error());
        return std::nullopt;
    }
    auto assessment = (*file)->load();
    if (!assessment) {
        exitCode = reportStorageError(assessment.error());
        return std::nullopt;
    }
    return OpenedFile{std::move(*file), std::move(*assessment)};
}

// A friction as the user names it: its id (process_debt) or its name in the latest round's
// bank ("Process debt"), in any case. Empty when it names none.
std::string resolveFriction(const Assessment& assessment, const QString& text)
{
    const std::string asGiven = toStd(text.trimmed());
    if (isKnownFrictionId(asGiven)) {
        return asGiven;
    }
    if (!assessment.rounds.empty()) {
        for (const Friction& friction : assessment.rounds.back().bank.frictions) {
            if (QString::fromStdString(friction.name).compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
                return friction.id;
            }
        }
    }
    return {};
}

QString unknownFriction(const QString& text)
{
    QStringList ids;
    for (std::string_view id : kFrictionIds) {
        ids << QString::fromLatin1(id.data(), qsizetype(id.size()));
    }
    return Command::tr("no friction \"%1\" (give its name or one of: %2)").arg(text, ids.join(QStringLiteral(", ")));
}

class ActionCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("action"); }
    QString summary() const override { return tr("The action plan: \"action add FILE ...\" or \"action list FILE\"."); }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("add|list"), tr("Add an action, or list the plan."));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .lastmile file."));
        const QCommandLineOption initiative(QStringLiteral("initiative"), tr("Initiative, by id or exact name."),
                                            QStringLiteral("I"));
        const QCommandLineOption friction(QStringLiteral("friction"), tr("Friction id, e.g. process_debt."),
                                          QStringLiteral("F"));
        const QCommandLineOption text(QStringLiteral("text"), tr("What is to be done."), QStringLiteral("T"));
        const QCommandLineOption owner(QStringLiteral("owner"), tr("Who owns it."), QStringLiteral("O"));
        const QCommandLineOption due(QStringLiteral("due"), tr("Due date, YYYY-MM-DD."), QStringLiteral("DATE"));
        const QCommandLineOption status(QStringLiteral("status"), tr("planned, in-progress, done or dropped."),
                                        QStringLiteral("STATUS"), QStringLiteral("planned"));
        const QCommandLineOption format(QStringLiteral("format"), tr("For list: table (default), json or csv."),
                                        QStringLiteral("FORMAT"), QStringLiteral("table"));
        parser.addOptions({initiative, friction, text, owner, due, status, format});
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2 ||
            (positional[0] != QStringLiteral("add") && positional[0] != QStringLiteral("list"))) {
            return usageError(tr("expected \"add FILE\" or \"list FILE\""));
        }
        const QString path = positional[1];
        if (positional[0] == QStringLiteral("list")) {
            const QString formatName = parser.value(format);
            if (formatName != QStringLiteral("table") && formatName != QStringLiteral("json") &&
                formatName != QStringLiteral("csv")) {
                return usageError(tr("--format takes table, json or csv"));
            }
            auto opened = openForEdit(path, storage::OpenMode::ReadOnly, exitCode);
            if (!opened) {
                return exitCode;
            }
            const Initiative* only = nullptr;
            if (parser.isSet(initiative)) {
                only = findInitiative(opened->assessment, parser.value(initiative));
                if (!only) {
                    return reportFailure(path, tr("no initiative \"%1\"").arg(parser.value(initiative)));
                }
            }
            return list(opened->assessment, only, formatName);
        }

        for (const QCommandLineOption* required : {&initiative, &friction, &text}) {
            if (!parser.isSet(*required)) {
                return usageError(tr("--%1 is required").arg(required->names().first()));
            }
        }
        const auto parsedStatus = actionStatusFromId(toStd(parser.value(status)));
        if (!parsedStatus) {
            return usageError(tr("--status takes planned, in-progress, done or dropped"));
        }
        if (parser.isSet(due) && !isIsoDate(toStd(parser.value(due)))) {
            return reportFailure(path, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(parser.value(due)));
        }
        if (parser.value(text).trimmed().isEmpty()) {
            return reportFailure(path, tr("the action needs a text"));
        }
        auto opened = openForEdit(path, storage::OpenMode::ReadWrite, exitCode);
        if (!opened) {
            return exitCode;
        }
        const Initiative* target = findInitiative(opened->assessment, parser.value(initiative));
        if (!target) {
            return reportFailure(path, tr("no initiative \"%1\"").arg(parser.value(initiative)));
        }
        const std::string frictionId = resolveFriction(opened->assessment, parser.value(friction));
        if (frictionId.empty()) {
            return reportFailure(path, unknownFriction(parser.value(friction)));
        }
        Action action{0,
                      target->id,
                      frictionId,
                      toStd(parser.value(text)),
                      toStd(parser.value(owner)),
                      toStd(parser.value(due)),
                      *parsedStatus,
                      {},
                      {}};
        const auto added = opened->file->addAction(action);
        if (!added) {
            return reportStorageError(added.error());
        }
        printOut(QString::number(*added));
        return Success;
    }

private:
    static int list(const Assessment& assessment, const Initiative* only, const QString& format)
    {
        std::map<std::int64_t, std::string> names;
        for (const Initiative& initiative : assessment.initiatives) {
            names[initiative.id] = initiative.name;
        }
        std::vector<const Action*> actions;
        for (const Action& action : assessment.actions) {
            if (!only || action.initiativeId == only->id) {
                actions.push_back(&action);
            }
        }
        if (format == QStringLiteral("json")) {
            nlohmann::json out = nlohmann::json::array();
            for (const Action* action : actions) {
                out.push_back({{"id", action->id},
                               {"initiative", action->initiativeId},
                               {"initiative_name", names[action->initiativeId]},
                               {"friction", action->frictionId},
                               {"text", action->text},
                               {"owner", action->owner},
                               {"due", action->due},
                               {"status", actionStatusId(action->status)},
                               {"note", action->note},
                               {"recommendation", action->recommendationId}});
            }
            printOut(QString::fromStdString(out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)));
            return Success;
        }
        if (format == QStringLiteral("csv")) {
            std::string csv =
                csvRow({"id", "initiative_id", "initiative", "friction_id", "text", "owner", "due", "status", "note"});
            for (const Action* action : actions) {
                csv += csvRow({std::to_string(action->id), std::to_string(action->initiativeId),
                               names[action->initiativeId], action->frictionId, action->text, action->owner,
                               action->due, std::string(actionStatusId(action->status)), action->note});
            }
            QTextStream(stdout) << QString::fromStdString(csv);
            return Success;
        }
        // A table like score's: fixed columns, long cells cut with an ellipsis, friction names.
        const auto fit = [](const QString& text, int width) { return text::padToColumns(text, width); };
        const auto frictionName = [&](const std::string& id) {
            if (!assessment.rounds.empty()) {
                if (const Friction* friction = assessment.rounds.back().bank.findFriction(id)) {
                    return QString::fromStdString(friction->name);
                }
            }
            return QString::fromStdString(id);
        };
        if (!actions.empty()) {
            printOut(tr("Id").rightJustified(4) + QStringLiteral("  ") + fit(tr("Status"), 11) + QStringLiteral("  ") +
                     fit(tr("Due"), 10) + QStringLiteral("  ") + fit(tr("Initiative"), 24) + QStringLiteral("  ") +
                     fit(tr("Friction"), 24) + QStringLiteral("  ") + fit(tr("Owner"), 18) + QStringLiteral("  ") +
                     tr("Action"));
        }
        for (const Action* action : actions) {
            printOut(QString::number(action->id).rightJustified(4) + QStringLiteral("  ") +
                     fit(text::Messages::actionStatus(action->status), 11) + QStringLiteral("  ") +
                     fit(QString::fromStdString(action->due), 10) + QStringLiteral("  ") +
                     fit(QString::fromStdString(names[action->initiativeId]), 24) + QStringLiteral("  ") +
                     fit(frictionName(action->frictionId), 24) + QStringLiteral("  ") +
                     fit(QString::fromStdString(action->owner), 18) + QStringLiteral("  ") +
                     fit(QString::fromStdString(action->text), 60).trimmed());
        }
        if (actions.empty()) {
            printOut(tr("No actions."));
        }
        return Success;
    }
};

class TargetCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("target"); }
    QString summary() const override { return tr("Set the friction score an initiative is to reach: \"target set\"."); }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("set"), tr("Set a target."));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .lastmile file."));
        const QCommandLineOption initiative(QStringLiteral("initiative"), tr("Initiative, by id or exact name."),
                                            QStringLiteral("I"));
        const QCommandLineOption friction(QStringLiteral("friction"), tr("Friction id."), QStringLiteral("F"));
        const QCommandLineOption score(QStringLiteral("score"), tr("Target friction score, 0 to 100."),
                                       QStringLiteral("SCORE"));
        parser.addOptions({initiative, friction, score});
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2 || positional[0] != QStringLiteral("set")) {
            return usageError(tr("expected \"set FILE\""));
        }
        for (const QCommandLineOption* required : {&initiative, &friction, &score}) {
            if (!parser.isSet(*required)) {
                return usageError(tr("--%1 is required").arg(required->names().first()));
            }
        }
        const QString path = positional[1];
        const std::optional<double> number = numberArgument(parser.value(score), 0.0, 100.0);
        if (!number) {
            // The option is at fault, not the file: the message names the option.
            printError(tr("--score takes a number from 0 to 100, not \"%1\"").arg(parser.value(score)));
            return BadInput;
        }
        const double value = *number;
        auto opened = openForEdit(path, storage::OpenMode::ReadWrite, exitCode);
        if (!opened) {
            return exitCode;
        }
        const Initiative* found = findInitiative(opened->assessment, parser.value(initiative));
        if (!found) {
            return reportFailure(path, tr("no initiative \"%1\"").arg(parser.value(initiative)));
        }
        const std::string frictionId = resolveFriction(opened->assessment, parser.value(friction));
        if (frictionId.empty()) {
            return reportFailure(path, unknownFriction(parser.value(friction)));
        }
        const storage::Status saved = opened->file->setTarget({found->id, frictionId, value});
        return saved ? Success : reportStorageError(saved.error());
    }
};

class BrandingCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("branding"); }
    QString summary() const override
    {
        return tr("Show or set the report's branding: firm name, logo, colour, footer.");
    }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .lastmile file."));
        const QCommandLineOption firm(QStringLiteral("name"), tr("Consultant or firm name."), QStringLiteral("N"));
        const QCommandLineOption logo(QStringLiteral("logo"), tr("PNG, JPEG or SVG, at most 5 MB and 4096 px a side."),
                                      QStringLiteral("IMAGE"));
        const QCommandLineOption noLogo(QStringLiteral("no-logo"), tr("Remove the logo."));
        const QCommandLineOption colour({QStringLiteral("colour"), QStringLiteral("color")},
                                        tr("Accent colour, #RRGGBB."), QStringLiteral("COLOUR"));
        const QCommandLineOption footer(QStringLiteral("footer"), tr("Footer text of every page."),
                                        QStringLiteral("TEXT"));
        const QCommandLineOption pageSize(QStringLiteral("page-size"), tr("a4 or letter."), QStringLiteral("SIZE"));
        parser.addOptions({firm, logo, noLogo, colour, footer, pageSize});
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        if (parser.positionalArguments().size() != 1) {
            return usageError(tr("expected one file"));
        }
        const QString path = parser.positionalArguments().first();
        if (parser.isSet(pageSize) && parser.value(pageSize) != QStringLiteral("a4") &&
            parser.value(pageSize) != QStringLiteral("letter")) {
            return reportFailure(path,
                                 tr("the page size must be a4 or letter, not \"%1\"").arg(parser.value(pageSize)));
        }
        static const QRegularExpression hexColour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (parser.isSet(colour) && !hexColour.match(parser.value(colour)).hasMatch()) {
            return reportFailure(path, tr("the colour must be written #RRGGBB, not \"%1\"").arg(parser.value(colour)));
        }
        QByteArray logoBytes;
        QString logoMime;
        if (parser.isSet(logo)) {
            QFile image(parser.value(logo));
            if (!image.exists()) {
                return reportFailure(parser.value(logo), tr("no such file"));
            }
            if (image.size() > render::kMaxLogoBytes) {
                return reportFailure(parser.value(logo), tr("the logo is larger than 5 MB"));
            }
            if (!image.open(QIODevice::ReadOnly)) {
                return reportFailure(parser.value(logo), image.errorString());
            }
            logoBytes = image.readAll();
            const render::LogoCheck checked = render::checkLogo(logoBytes);
            if (checked.mime.isEmpty()) {
                return reportFailure(parser.value(logo), checked.error);
            }
            logoMime = checked.mime;
        }
        const bool changing = parser.isSet(firm) || parser.isSet(logo) || parser.isSet(noLogo) ||
                              parser.isSet(colour) || parser.isSet(footer) || parser.isSet(pageSize);
        auto opened =
            openForEdit(path, changing ? storage::OpenMode::ReadWrite : storage::OpenMode::ReadOnly, exitCode);
        if (!opened) {
            return exitCode;
        }
        Branding branding = opened->assessment.branding;
        if (!changing) {
            printOut(tr("Firm: %1").arg(QString::fromStdString(branding.firmName)));
            printOut(tr("Accent colour: %1").arg(QString::fromStdString(branding.accentColour)));
            printOut(tr("Footer: %1").arg(QString::fromStdString(branding.footer)));
            printOut(tr("Page size: %1").arg(QString::fromStdString(branding.pageSize)));
            printOut(tr("Logo: %1")
                         .arg(branding.logo.empty() ? tr("none")
                                                    : tr("%1, %2 bytes")
                                                          .arg(QString::fromStdString(branding.logoMime))
                                                          .arg(branding.logo.size())));
            return Success;
        }
        if (parser.isSet(firm)) {
            branding.firmName = toStd(parser.value(firm));
        }
        if (parser.isSet(colour)) {
            branding.accentColour = toStd(parser.value(colour).toUpper());
        }
        if (parser.isSet(footer)) {
            branding.footer = toStd(parser.value(footer));
        }
        if (parser.isSet(pageSize)) {
            branding.pageSize = toStd(parser.value(pageSize));
        }
        if (parser.isSet(noLogo)) {
            branding.logo.clear();
            branding.logoMime.clear();
        }
        if (parser.isSet(logo)) {
            branding.logo.assign(logoBytes.cbegin(), logoBytes.cend());
            branding.logoMime = toStd(logoMime);
        }
        const storage::Status saved = opened->file->setBranding(branding);
        return saved ? Success : reportStorageError(saved.error());
    }
};

} // namespace

std::unique_ptr<Command> makeActionCommand()
{
    return std::make_unique<ActionCommand>();
}

std::unique_ptr<Command> makeTargetCommand()
{
    return std::make_unique<TargetCommand>();
}

std::unique_ptr<Command> makeBrandingCommand()
{
    return std::make_unique<BrandingCommand>();
}

} // namespace lastmile::cli
