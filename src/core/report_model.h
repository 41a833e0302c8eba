// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "assessment_data.h"
#include "evidence.h"
#include "question_bank.h"
#include "scoring.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lastmile {

// What a report contains and how much detail it lists. Every section can be switched off.
struct ReportOptions
{
    bool cover = true;
    bool executiveSummary = true;
    bool summaryOnly = false; // the executive summary alone, on one page (every other section off)
    bool heatmap = true;
    bool initiatives = true;
    bool methodology = true;
    bool appendix = true;
    std::string today;       // YYYY-MM-DD; open actions due before it are marked overdue. Empty: none are
    int driverQuestions = 3; // worst-scoring questions listed for each high or critical friction
    int topActions = 3;      // actions in the executive summary
    // Respondents named by this pattern instead of their names, "%1" replaced by A, B, … Z, AA, AB…
    // in the round's respondent order ("Respondent %1"), and their roles left out; empty: names and roles.
    std::string anonymousName;
    ScoringRules rules;
    std::string language; // ISO 639-1 code of the report's fixed text ("en", "de"); empty: the program's
};

struct ReportCover
{
    std::string organization;
    std::string sector;
    std::string roundName;
    std::string roundDate;         // YYYY-MM-DD or empty
    std::string previousRoundName; // empty when there is no earlier round to compare with
    int respondentCount = 0;
    Branding branding; // firm name, accent colour, footer, page size, logo
};

// One cell of the heatmap: an initiative's score for one friction in the chosen round, and in
// the round it is compared with.
struct HeatmapCell
{
    std::string frictionId;
    std::optional<double> score;
    std::optional<Band> band;
    double coverage = 0.0;
    bool lowCoverage = true;
    int disagreements = 0;
    std::optional<double> previousScore;
    bool previousLowCoverage = true; // the previous score rests on insufficient evidence
    std::optional<double> target;    // the friction score agreed with the client, if the file sets one

    // The change of the printed (whole-number) scores, when both exist and neither rests on
    // insufficient evidence (claimedChange).
    std::optional<double> delta() const;
    // Both scores exist but a change is not claimed, because one of them rests on insufficient evidence.
    bool changeWithheld() const;
    std::optional<double> gap() const; // score - target when both exist: positive is still to close
    bool targetMet() const;            // a score at or below its target
};

struct HeatmapRow
{
    std::int64_t initiativeId = 0; // 0 for the portfolio row
    std::string name;
    std::optional<double> readiness;
    std::optional<double> previousReadiness;
    double coverage = 0.0;           // of readiness: the initiative's (the portfolio's) coverage, 0..1
    bool lowCoverage = true;         // readiness rests on insufficient evidence (evidence.h)
    bool previousLowCoverage = true; // so does the previous readiness
    std::vector<HeatmapCell> cells;  // one per column of HeatmapData::frictions

    // The change of the printed readiness, under the rule of claimedChange.
    std::optional<double> readinessDelta() const;
};

struct HeatmapColumn
{
    std::string frictionId;
    std::string name;
};

// Initiatives x frictions, as the heatmap painter draws it.
struct HeatmapData
{
    std::vector<HeatmapColumn> frictions; // in the bank's order
    std::vector<HeatmapRow> initiatives;  // in the file's order, archived ones left out
    HeatmapRow portfolio;                 // means over the initiatives (see scorePortfolio)
    std::string roundName;
    std::string previousRoundName; // empty without a compared round

    bool hasPrevious() const { return !previousRoundName.empty(); }
};

struct WorstFriction
{
    std::string frictionId;
    std::string name;
    double score = 0.0; // portfolio mean
    Band band = Band::Low;
    double coverage = 0.0;    // the portfolio coverage of the friction, 0..1
    bool lowCoverage = false; // the claim rests on insufficient evidence
    int initiativesHighOrCritical = 0;
    std::string worstInitiative; // the initiative with the highest score for it
    double worstInitiativeScore = 0.0;
};

struct InitiativeTrend
{
    std::int64_t initiativeId = 0;
    std::string name;
    Stage stage = Stage::Pilot;
    std::optional<double> readiness;
    std::optional<double> previousReadiness;
    std::vector<HeatmapCell> cells; // the initiative's row of the heatmap
    double coverage = 0.0;
    bool lowCoverage = true;
    bool previousLowCoverage = true;
    int overdueActions = 0; // open actions of the file for it, due before ReportOptions::today

    std::optional<double> readinessDelta() const; // under the rule of claimedChange
};

// An action for the executive summary: one of the file's own (status set) or one the bank
// recommends (status empty).
struct TopAction
{
    std::string title; // the bank's title of a recommended action; empty for the file's own
    std::string text;
    std::string initiative;
    std::string friction;
    std::string owner;
    std::string due;
    std::optional<ActionStatus> status;
    bool overdue = false;
    std::optional<double> score; // the friction score the action addresses
};

struct ExecutiveSummary
{
    std::optional<double> readiness; // portfolio readiness
    std::optional<double> previousReadiness;
    double coverage = 0.0;           // portfolio coverage (PortfolioScore::coverage), 0..1
    bool lowCoverage = true;         // portfolio readiness rests on insufficient evidence
    bool previousLowCoverage = true; // so does the previous one
    int lowCoverageInitiatives = 0;  // initiatives whose readiness rests on insufficient evidence
    int initiativeCount = 0;
    int initiativesScored = 0;
    std::array<int, 4> bandCounts = {0, 0, 0, 0}; // initiative-friction cells per band
    int lowCoverageCells = 0;
    int disagreementQuestions = 0;
    std::vector<WorstFriction> worstFrictions; // up to three, most severe first
    std::vector<InitiativeTrend> trends;       // every initiative, in the file's order
    std::vector<TopAction> topActions;         // overdue actions first, other open ones, then recommendations

    std::optional<double> readinessDelta() const; // under the rule of claimedChange
};

struct ProfileEntry
{
    std::string frictionId;
    std::string name;
    std::optional<double> score;
    std::optional<Band> band;
    double coverage = 0.0;
    bool lowCoverage = true;
    int answered = 0;
    int questions = 0;
    int disagreements = 0;
    std::optional<double> previousScore;
    bool previousLowCoverage = true;
    std::optional<double> target;

    std::optional<double> delta() const; // under the rule of claimedChange
};

struct DriverQuestion
{
    std::string questionId;
    std::string text;
    double level = 0.0; // the level the score used (median or consensus)
    bool fromConsensus = false;
    std::string anchor; // the bank's description of the (rounded down) level
    double friction = 0.0;
    double weight = 1.0;
    std::vector<std::string> notes; // the notes given on this question, consensus first
};

// A high or critical friction and the questions that push its score up.
struct Driver
{
    std::string frictionId;
    std::string name;
    double score = 0.0;
    Band band = Band::High;
    bool lowCoverage = false;
    std::vector<DriverQuestion> questions; // worst first
};

struct NoteEntry
{
    std::string frictionName;
    std::string questionId;
    std::string questionText;
    std::string respondent; // empty for the facilitator's consensus
    std::string role;
    std::string note;
    std::string evidence;
};

struct RespondentLevel
{
    std::string respondent;
    std::string role;
    Answer answer;
};

struct DisagreementEntry
{
    std::string frictionName;
    std::string questionId;
    std::string questionText;
    int spread = 0;
    std::vector<RespondentLevel> answers; // in the round's respondent order
    std::optional<Answer> consensus;
};

struct RecommendationEntry
{
    std::string frictionId;
    std::string name;
    double score = 0.0;
    Band band = Band::Low;
    bool lowCoverage = false;
    std::vector<RecommendedAction> actions;
};

struct ActionEntry
{
    std::string frictionId;
    std::string frictionName;
    std::string text;
    std::string owner;
    std::string due;
    ActionStatus status = ActionStatus::Planned;
    std::string note;
    bool overdue = false;
};

struct TargetEntry
{
    std::string frictionId;
    std::string name;
    double target = 0.0;
    std::optional<double> current;
    bool met = false; // current at or below the target
};

struct InitiativeSection
{
    Initiative initiative;
    std::optional<double> readiness;
    std::optional<double> previousReadiness;
    double coverage = 0.0;
    bool lowCoverage = true;           // readiness rests on insufficient evidence
    bool previousLowCoverage = true;   // so does the previous readiness
    std::vector<ProfileEntry> profile; // bank order
    std::vector<Driver> drivers;       // high and critical frictions, most severe first
    std::vector<NoteEntry> notes;
    std::vector<DisagreementEntry> disagreements;
    std::vector<RecommendationEntry> recommendations; // moderate and worse, most severe first
    std::vector<ActionEntry> actions;                 // the file's action plan for the initiative
    std::vector<TargetEntry> targets;
};

struct MethodologyFriction
{
    std::string id;
    std::string name;
    std::string description;
    double weight = 1.0;
    int questions = 0;
};

struct Methodology
{
    std::array<std::string, 5> scale;
    std::string bankId;
    std::string bankName;
    std::string contentVersion;
    int questionCount = 0;
    int disagreementSpread = 2;
    double lowCoverageBelow = 0.5;
    std::array<double, 3> bandThresholds = {25.0, 50.0, 75.0};
    std::vector<MethodologyFriction> frictions;
};

// A question of the appendix: the texts every answer to it repeats, kept once.
struct AppendixQuestion
{
    std::string frictionName;
    std::string questionId;
    std::string text;
};

// Who gave answers in the appendix, kept once: the name shown (a letter name in an anonymous
// report) and the role (empty in an anonymous report).
struct AppendixRespondent
{
    std::string name;
    std::string role;
};

// One answer of the chosen round (a respondent's or the consensus).
struct AppendixAnswer
{
    std::size_t question = 0;              // in Appendix::questions
    std::optional<std::size_t> respondent; // in Appendix::respondents; none for the consensus
    Answer answer;
    std::string note;
    std::string evidence;
};

// The answers about one initiative, questions in bank order, each respondent's (in the round's
// respondent order) before the consensus.
struct AppendixInitiative
{
    std::int64_t initiativeId = 0;
    std::string name;
    std::vector<AppendixAnswer> answers; // never empty
};

// Every answer of the chosen round, initiatives in the file's order (those without an answer left
// out). The texts repeated from answer to answer are held once, in `questions` and `respondents`,
// so that the appendix of a large engagement costs little more than its answers' own notes.
struct Appendix
{
    std::vector<AppendixQuestion> questions;
    std::vector<AppendixRespondent> respondents;
    std::vector<AppendixInitiative> initiatives;

    bool empty() const { return initiatives.empty(); }
    std::size_t answerCount() const; // over every initiative
    // The question and the respondent (null for the consensus) of `answer`, one of this appendix's.
    const AppendixQuestion& question(const AppendixAnswer& answer) const { return questions.at(answer.question); }
    const AppendixRespondent* respondent(const AppendixAnswer& answer) const
    {
        return answer.respondent ? &respondents.at(*answer.respondent) : nullptr;
    }
};

// What a report says, as data: numbers and the user's and bank's own text. The fixed sentences
// around them belong to the writers, which phrase them for translation.
struct ReportModel
{
    ReportOptions options;
    ReportCover cover;
    ExecutiveSummary summary;
    HeatmapData heatmap;
    std::vector<InitiativeSection> initiatives;
    Methodology methodology;
    Appendix appendix;
};

// The change between two figures as printed (whole numbers: "64 → 57" is a change of 7), when
// both exist and neither rests on insufficient evidence (`nowLow`, `beforeLow`: see evidence.h);
// otherwise none, so that no report, screen or export claims a change that thin evidence cannot carry.
std::optional<double> claimedChange(const std::optional<double>& now, bool nowLow, const std::optional<double>& before,
                                    bool beforeLow);

// The name of the position-th respondent (0-based) of a round in an anonymous report: `pattern`
// ("Respondent %1") with "%1" replaced by A … Z, AA … AZ, BA …
std::string anonymousRespondentName(const std::string& pattern, std::size_t position);

// The heatmap of `round`, with `previous` (may be null) for the change.
HeatmapData buildHeatmap(const Assessment& assessment, const RoundData& round, const RoundData* previous,
                         const ScoringRules& rules = {});

// The same heatmap from scores already computed, without the answers: `scores` are the scores of
// `round` and `previousScores` those of `previous` (ignored when previous is null), each as
// scoreRound(assessment, ..., rules) gives them (one per initiative that is not archived, in the
// file's order), or as a file stores them (AssessmentFile::loadStoredScores, default rules).
// Only the rounds' names and banks are read from `round` and `previous`; equal scores give an
// equal heatmap.
HeatmapData buildHeatmap(const Assessment& assessment, const RoundData& round, std::vector<InitiativeScore> scores,
                         const RoundData* previous, std::vector<InitiativeScore> previousScores,
                         const ScoringRules& rules = {});

// The latest round, and the round before `round` in the file; null if none.
const RoundData* latestRound(const Assessment& assessment);
const RoundData* roundBefore(const Assessment& assessment, const RoundData& round);

// The report of `round`, compared with `previous` (may be null). Sections switched off in
// `options` are left empty.
ReportModel buildReport(const Assessment& assessment, const RoundData& round, const RoundData* previous,
                        const ReportOptions& options = {});

} // namespace lastmile
