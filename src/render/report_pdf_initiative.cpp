// SPDX-License-Identifier: Apache-2.0
// One section per initiative, and the appendix of every answer, in the PDF report.
#include "heat_palette.h"
#include "report_pdf_parts.h"
#include "report_style.h"
#include "report_text.h"
#include "text/graphemes.h"

#include <QPainter>

namespace lastmile::render::pdf {

namespace {

QString respondentLabel(const std::string& name, const std::string& role)
{
    if (name.empty()) {
        return ReportText::consensus();
    }
    return role.empty() ? ReportText::text(name)
                        : PdfReport::tr("%1 (%2)").arg(ReportText::text(name), ReportText::text(role));
}

// Above a table's continuation pages: whose section this is.
QString continuedCaption(const InitiativeSection& section)
{
    return ReportText::continued(text::elideGraphemes(ReportText::text(section.initiative.name), 80));
}

void composeProfile(Context& context, const InitiativeSection& section)
{
    context.heading(PdfReport::tr("Friction profile"));
    Table table;
    table.continued = continuedCaption(section);
    const bool compare = !context.model.cover.previousRoundName.empty();
    table.columns = {{PdfReport::tr("Friction"), 2.4},
                     {PdfReport::tr("Score"), 0.8, Qt::AlignHCenter},
                     {PdfReport::tr("Band"), 1.0},
                     {PdfReport::tr("Change"), 0.8, Qt::AlignHCenter},
                     {PdfReport::tr("Target"), 0.8, Qt::AlignHCenter},
                     {PdfReport::tr("Coverage"), 1.0, Qt::AlignHCenter},
                     {PdfReport::tr("Disagreements"), 1.5, Qt::AlignHCenter}};
    bool anyLow = false;
    for (const ProfileEntry& entry : section.profile) {
        anyLow = anyLow || (entry.score && entry.lowCoverage);
        TableCell coverage{ReportText::percent(entry.coverage)};
        if (entry.lowCoverage) {
            coverage.colour = bandColour(Band::Critical);
        }
        table.rows.push_back({{ReportText::text(entry.name), true},
                              scoreCell(entry.score, entry.band, entry.lowCoverage),
                              {entry.band ? ReportText::band(*entry.band) : PdfReport::tr("No answers")},
                              {compare ? ReportText::change(entry.delta()) : QString()},
                              {entry.target ? ReportText::score(entry.target) : QString()},
                              coverage,
                              {entry.disagreements > 0 ? QString::number(entry.disagreements) : QString()}});
    }
    context.page.table(table, 2);
    QStringList notes;
    if (anyLow) {
        notes << PdfReport::tr("* insufficient evidence: less than half of the friction's questions answered; no "
                               "change is claimed for it.");
    }
    if (compare) {
        notes << PdfReport::tr("Change since %1: \u2191 the friction grew, \u2193 it shrank.")
                     .arg(ReportText::text(context.model.cover.previousRoundName));
    }
    if (!notes.isEmpty()) {
        context.note(notes.join(QLatin1Char(' ')));
    }
    composeProfileChart(context, section);
}

void composeDrivers(Context& context, const InitiativeSection& section)
{
    if (section.drivers.empty()) {
        return;
    }
    const auto& scale = context.model.methodology.scale;
    context.heading(PdfReport::tr("What drives the high scores"));
    for (const Driver& driver : section.drivers) {
        QString title = PdfReport::tr("%1: %2, %3")
                            .arg(ReportText::text(driver.name), ReportText::score(driver.score),
                                 ReportText::band(driver.band).toLower());
        if (driver.lowCoverage) {
            title += PdfReport::tr(" (insufficient evidence)");
        }
        context.subheading(title);
        Table table;
        table.continued = continuedCaption(section);
        table.columns = {
            {PdfReport::tr("Question"), 3.4}, {PdfReport::tr("Level"), 1.7}, {PdfReport::tr("Notes"), 3.0}};
        for (const DriverQuestion& question : driver.questions) {
            QString level = ReportText::level(question.level, scale);
            if (question.fromConsensus) {
                level += PdfReport::tr(" (consensus)");
            }
            QStringList notes;
            for (const std::string& note : question.notes) {
                notes << ReportText::text(note);
            }
            table.rows.push_back({{ReportText::text(question.text)}, {level}, {notes.join(QLatin1Char('\n'))}});
        }
        context.page.table(table, 4);
    }
}

void composeDisagreements(Context& context, const InitiativeSection& section)
{
    if (section.disagreements.empty()) {
        return;
    }
    const auto& scale = context.model.methodology.scale;
    context.heading(PdfReport::tr("Where respondents disagree"));
    Table table;
    table.continued = continuedCaption(section);
    table.columns = {{PdfReport::tr("Question"), 3.2},
                     {PdfReport::tr("Answers"), 3.8},
                     {PdfReport::tr("Spread"), 0.8, Qt::AlignHCenter}};
    for (const DisagreementEntry& entry : section.disagreements) {
        QStringList answers;
        for (const RespondentLevel& answer : entry.answers) {
            answers << PdfReport::tr("%1: %2").arg(ReportText::text(answer.respondent),
                                                   ReportText::answer(answer.answer, scale));
        }
        if (entry.consensus) {
            answers << PdfReport::tr("%1: %2").arg(ReportText::consensus(),
                                                   ReportText::answer(*entry.consensus, scale));
        }
        table.rows.push_back(
            {{ReportText::text(entry.questionText) + QStringLiteral("\n") + ReportText::text(entry.frictionName)},
             {answers.join(QLatin1Char('\n'))},
             {QString::number(entry.spread), true}});
    }
    context.page.table(table);
}

void composeNotes(Context& context, const InitiativeSection& section)
{
    if (section.notes.empty()) {
        return;
    }
    context.heading(PdfReport::tr("Notes and evidence"));
    Table table;
    table.continued = continuedCaption(section);
    table.columns = {{PdfReport::tr("Question"), 2.8},
                     {PdfReport::tr("From"), 1.6},
                     {PdfReport::tr("Note"), 2.8},
                     {PdfReport::tr("Evidence"), 1.6}};
    for (const NoteEntry& note : section.notes) {
        table.rows.push_back({{ReportText::text(note.questionText)},
                              {respondentLabel(note.respondent, note.role)},
                              {ReportText::text(note.note)},
                              {ReportText::text(note.evidence)}});
    }
    context.page.table(table);
}

void composeRecommendations(Context& context, const InitiativeSection& section)
{
    if (section.recommendations.empty()) {
        return;
    }
    context.heading(PdfReport::tr("Recommended actions"));
    Table table;
    table.continued = continuedCaption(section);
    table.columns = {
        {PdfReport::tr("Friction"), 1.9}, {PdfReport::tr("Action"), 5.0}, {PdfReport::tr("Typical owner"), 1.5}};
    for (const RecommendationEntry& entry : section.recommendations) {
        bool first = true;
        for (const RecommendedAction& action : entry.actions) {
            const QString friction = PdfReport::tr("%1\n%2, %3")
                                         .arg(ReportText::text(entry.name), ReportText::score(entry.score),
                                              ReportText::band(entry.band).toLower());
            TableCell frictionCell{first ? friction : QString(), true};
            frictionCell.repeat = friction;
            TableCell actionCell{ReportText::text(action.text)};
            actionCell.heading = ReportText::text(action.title);
            table.rows.push_back({frictionCell, actionCell, {ReportText::text(action.owner)}});
            first = false;
        }
    }
    context.page.table(table);
}

void composeActions(Context& context, const InitiativeSection& section)
{
    if (section.actions.empty()) {
        return;
    }
    context.heading(PdfReport::tr("Action plan"));
    Table table;
    table.continued = continuedCaption(section);
    table.columns = {{PdfReport::tr("Action"), 3.6},
                     {PdfReport::tr("Friction"), 1.7},
                     {PdfReport::tr("Owner"), 1.4},
                     {PdfReport::tr("Due"), 1.3},
                     {PdfReport::tr("Status"), 1.2}};
    for (const ActionEntry& action : section.actions) {
        QString text = ReportText::text(action.text);
        if (!action.note.empty()) {
            text += QStringLiteral("\n") + ReportText::text(action.note);
        }
        TableCell status{ReportText::status(action.status)};
        if (action.overdue) {
            status.text = PdfReport::tr("%1, overdue").arg(status.text);
            status.colour = bandColour(Band::Critical);
            status.bold = true;
        }
        table.rows.push_back({{text},
                              {ReportText::text(action.frictionName)},
                              {ReportText::text(action.owner)},
                              {tableDate(action.due)},
                              status});
    }
    context.page.table(table);
}

void composeTargets(Context& context, const InitiativeSection& section)
{
    if (section.targets.empty()) {
        return;
    }
    context.heading(PdfReport::tr("Targets and current scores"));
    Table table;
    table.continued = continuedCaption(section);
    table.columns = {{PdfReport::tr("Friction"), 2.6},
                     {PdfReport::tr("Target"), 1.0, Qt::AlignHCenter},
                     {PdfReport::tr("Current"), 1.0, Qt::AlignHCenter},
                     {PdfReport::tr("Status"), 2.6}};
    for (const TargetEntry& target : section.targets) {
        QString status;
        if (!target.current) {
            status = PdfReport::tr("Not scored yet");
        } else if (target.met) {
            status = PdfReport::tr("Met");
        } else {
            status = PdfReport::tr("%1 points above the target")
                         .arg(std::lround(*target.current) - std::lround(target.target));
        }
        table.rows.push_back(
            {{ReportText::text(target.name), true},
             {ReportText::score(target.target)},
             scoreCell(target.current,
                       target.current ? std::optional<Band>(bandForScore(*target.current)) : std::nullopt),
             {status}});
    }
    context.page.table(table);
}

} // namespace

void composeInitiative(Context& context, const InitiativeSection& section, int number, int count)
{
    PageComposer& page = context.page;
    page.newPage();
    if (number == 1) {
        page.bookmark(ReportText::sectionInitiatives(), 0);
    }
    page.bookmark(ReportText::text(section.initiative.name), 1);
    page.paragraph(PdfReport::tr("INITIATIVE %1 OF %2").arg(number).arg(count), context.font(8, true), context.accent,
                   0.0, 4.0);
    const Initiative& initiative = section.initiative;
    page.paragraph(ReportText::text(initiative.name), context.font(17, true), inkColour(), 0.0, 4.0);
    QStringList facts;
    if (!initiative.businessFunction.empty()) {
        facts << ReportText::text(initiative.businessFunction);
    }
    if (!initiative.owner.empty()) {
        facts << PdfReport::tr("Owner: %1").arg(ReportText::text(initiative.owner));
    }
    facts << PdfReport::tr("Stage: %1").arg(ReportText::stage(initiative.stage));
    page.paragraph(facts.join(QStringLiteral("  \u00B7  ")), context.font(9), mutedColour(), 0.0, 6.0);
    if (!initiative.targetOutcome.empty()) {
        page.paragraph(PdfReport::tr("Target outcome: %1").arg(ReportText::text(initiative.targetOutcome)),
                       context.font(9.5), inkColour(), 0.0, 6.0);
    }
    const QString previous = ReportText::text(context.model.cover.previousRoundName);
    const std::optional<double> change =
        claimedChange(section.readiness, section.lowCoverage, section.previousReadiness, section.previousLowCoverage);
    if (section.readiness && section.lowCoverage) {
        page.paragraph(
            PdfReport::tr("Readiness %1 of 100: %2 (%3)")
                .arg(ReportText::score(section.readiness), ReportText::insufficientEvidence(section.coverage),
                     ReportText::readinessTrend(section.readiness, section.previousReadiness, change, previous)),
            context.font(9.5, true), bandColour(Band::Critical).darker(130), 0.0, 2.0);
    } else {
        page.paragraph(
            PdfReport::tr("Readiness %1 of 100 (%2)  \u00B7  coverage %3")
                .arg(ReportText::score(section.readiness),
                     ReportText::readinessTrend(section.readiness, section.previousReadiness, change, previous),
                     ReportText::percent(section.coverage)),
            context.font(9.5, true), inkColour(), 0.0, 2.0);
    }

    // The targets beside the profile they measure; the longest tables last, where a page break
    // costs least (a short table last would move alone to a page of its own).
    composeProfile(context, section);
    composeTargets(context, section);
    composeDrivers(context, section);
    composeDisagreements(context, section);
    composeRecommendations(context, section);
    composeActions(context, section);
    composeNotes(context, section);
}

bool composeAppendix(Context& context, const std::function<bool()>& advance)
{
    const ReportModel& model = context.model;
    context.title(ReportText::sectionAppendix());
    context.body(PdfReport::tr("Every answer of the %1 round: each respondent's, and the facilitator's consensus "
                               "where one was recorded, by initiative and question in the question bank's order.")
                     .arg(ReportText::text(model.cover.roundName)));
    const auto& scale = model.methodology.scale;
    const Appendix& appendix = model.appendix;
    for (const AppendixInitiative& initiative : appendix.initiatives) {
        const QString name = ReportText::text(initiative.name);
        context.heading(name);
        context.page.bookmark(name, 1);
        Table table;
        table.fontSize = 7.5;
        table.continued = ReportText::continued(name);
        table.columns = {{PdfReport::tr("Question"), 3.2},
                         {PdfReport::tr("Respondent"), 1.6},
                         {PdfReport::tr("Answer"), 1.6},
                         {PdfReport::tr("Note and evidence"), 2.6}};
        std::optional<std::size_t> question;
        QString questionText;
        for (const AppendixAnswer& answer : initiative.answers) {
            if (answer.question != question) {
                const AppendixQuestion& asked = appendix.question(answer);
                questionText =
                    PdfReport::tr("%1\n%2").arg(ReportText::text(asked.text), ReportText::text(asked.frictionName));
            }
            TableCell questionCell{answer.question != question ? questionText : QString()};
            questionCell.repeat = questionText;
            question = answer.question;
            QString note = ReportText::text(answer.note);
            if (!answer.evidence.empty()) {
                note += (note.isEmpty() ? QString() : QStringLiteral("\n")) +
                        PdfReport::tr("Evidence: %1").arg(ReportText::text(answer.evidence));
            }
            const AppendixRespondent* respondent = appendix.respondent(answer);
            table.rows.push_back(
                {questionCell,
                 {respondent ? ReportText::text(respondent->name) : ReportText::consensus(), !respondent},
                 {ReportText::answer(answer.answer, scale)},
                 {note}});
        }
        context.page.table(table);
        if (!advance()) {
            return false;
        }
    }
    return true;
}

} // namespace lastmile::render::pdf
