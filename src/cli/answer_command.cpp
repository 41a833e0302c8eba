// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "console.h"
#include "lookup.h"

#include <QCommandLineParser>

namespace lastmile::cli {

namespace {

class AnswerCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AnswerCommand)

public:
    QString name() const override { return QStringLiteral("answer"); }
    QString summary() const override { return tr("Record one answer (or the facilitator's consensus) in a file."); }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .lastmile file."));
        const QCommandLineOption round(QStringLiteral("round"), tr("Round, by id or exact name."), QStringLiteral("R"));
        const QCommandLineOption initiative(QStringLiteral("initiative"), tr("Initiative, by id or exact name."),
                                            QStringLiteral("I"));
        const QCommandLineOption question(QStringLiteral("question"), tr("Question id from the round's bank."),
                                          QStringLiteral("Q"));
        const QCommandLineOption level(QStringLiteral("level"),
                                       tr("0 (not in place) to 4 (fully in place), dk (don't know) or na (not "
                                          "applicable)."),
                                       QStringLiteral("LEVEL"));
        const QCommandLineOption respondent(QStringLiteral("respondent"),
                                            tr("Respondent, by id or exact name; without it, the answer is the "
                                               "facilitator's consensus."),
                                            QStringLiteral("P"));
        const QCommandLineOption reason(QStringLiteral("reason"), tr("Why the question does not apply (with na)."),
                                        QStringLiteral("TEXT"));
        const QCommandLineOption note(QStringLiteral("note"), tr("A note; replaces the answer's note."),
                                      QStringLiteral("TEXT"));
        const QCommandLineOption evidence(QStringLiteral("evidence"),
                                          tr("Evidence; replaces the answer's evidence (with --respondent)."),
                                          QStringLiteral("TEXT"));
        parser.addOptions({round, initiative, question, level, respondent, reason, note, evidence});
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        if (parser.positionalArguments().size() != 1) {
            return usageError(tr("expected one file"));
        }
        for (const QCommandLineOption* required : {&round, &initiative, &question, &level}) {
            if (!parser.isSet(*required)) {
                return usageError(tr("--%1 is required").arg(required->names().first()));
            }
        }
        std::optional<Answer> answer = answerFromToken(toStd(parser.value(level)));
        if (!answer) {
            return usageError(tr("--level takes 0, 1, 2, 3, 4, dk or na"));
        }
        if (answer->kind == Answer::Kind::NotApplicable) {
            answer->reason = toStd(parser.value(reason));
        } else if (parser.isSet(reason)) {
            return usageError(tr("--reason goes with --level na"));
        }
        if (parser.isSet(evidence) && !parser.isSet(respondent)) {
            return usageError(tr("--evidence goes with --respondent: a consensus answer has no evidence"));
        }

        const QString path = parser.positionalArguments().first();
        auto file = storage::AssessmentFile::open(toStd(path), storage::OpenMode::ReadWrite);
        if (!file) {
            return reportStorageError(file.error());
        }
        const auto assessment = (*file)->load();
        if (!assessment) {
            return reportStorageError(assessment.error());
        }
        const RoundData* foundRound = nullptr;
        const Initiative* foundInitiative = nullptr;
        if (!findRoundAndInitiative(*assessment, path, parser.value(round), parser.value(initiative), foundRound,
                                    foundInitiative)) {
            return BadInput;
        }
        const std::string questionId = toStd(parser.value(question));
        if (!foundRound->bank.findQuestion(questionId)) {
            return reportFailure(path,
                                 tr("no question \"%1\" in the question bank of round \"%2\"")
                                     .arg(parser.value(question), QString::fromStdString(foundRound->round.name)));
        }

        if (!parser.isSet(respondent)) {
            ConsensusRecord record{foundInitiative->id, questionId, *answer, {}};
            for (const ConsensusRecord& existing : foundRound->consensus) {
                if (existing.initiativeId == record.initiativeId && existing.questionId == questionId) {
                    record.note = existing.note;
                }
            }
            if (parser.isSet(note)) {
                record.note = toStd(parser.value(note));
            }
            const storage::Status saved = (*file)->setConsensus(record, foundRound->round.id);
            return saved ? Success : reportStorageError(saved.error());
        }
        const Respondent* person = findRespondent(*foundRound, parser.value(respondent));
        if (!person) {
            return reportFailure(path,
                                 tr("no respondent \"%1\" in round \"%2\"")
                                     .arg(parser.value(respondent), QString::fromStdString(foundRound->round.name)));
        }
        AnswerRecord record{foundInitiative->id, questionId, person->id, *answer, {}, {}};
        for (const AnswerRecord& existing : foundRound->answers) {
            if (existing.initiativeId == record.initiativeId && existing.questionId == questionId &&
                existing.respondentId == person->id) {
                record.note = existing.note;
                record.evidence = existing.evidence;
            }
        }
        if (parser.isSet(note)) {
            record.note = toStd(parser.value(note));
        }
        if (parser.isSet(evidence)) {
            record.evidence = toStd(parser.value(evidence));
        }
        const storage::Status saved = (*file)->setAnswer(record, foundRound->round.id);
        return saved ? Success : reportStorageError(saved.error());
    }
};

} // namespace

std::unique_ptr<Command> makeAnswerCommand()
{
    return std::make_unique<AnswerCommand>();
}

} // namespace lastmile::cli
