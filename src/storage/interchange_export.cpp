// SPDX-License-Identifier: Apache-2.0
#include "base64.h"
#include "core/bank_loader.h"
#include "interchange.h"

#include <nlohmann/json.hpp>

namespace lastmile::storage {

namespace {

using nlohmann::json;

void putAnswer(json& out, const Answer& answer)
{
    switch (answer.kind) {
    case Answer::Kind::Level:
        out["kind"] = "level";
        out["level"] = answer.level;
        break;
    case Answer::Kind::DontKnow:
        out["kind"] = "dk";
        break;
    case Answer::Kind::NotApplicable:
        out["kind"] = "na";
        out["reason"] = answer.reason;
        break;
    }
}

json roundToJson(const RoundData& round)
{
    json respondents = json::array();
    for (const Respondent& respondent : round.respondents) {
        respondents.push_back({{"id", respondent.id}, {"name", respondent.name}, {"role", respondent.role}});
    }
    json answers = json::array();
    for (const AnswerRecord& record : round.answers) {
        json item = {
            {"initiative", record.initiativeId}, {"question", record.questionId}, {"respondent", record.respondentId}};
        putAnswer(item, record.answer);
        item["note"] = record.note;
        item["evidence"] = record.evidence;
        answers.push_back(std::move(item));
    }
    json consensus = json::array();
    for (const ConsensusRecord& record : round.consensus) {
        json item = {{"initiative", record.initiativeId}, {"question", record.questionId}};
        putAnswer(item, record.answer);
        item["note"] = record.note;
        consensus.push_back(std::move(item));
    }
    return {{"id", round.round.id},
            {"name", round.round.name},
            {"held_on", round.round.heldOn},
            {"bank", bankToJson(round.bank)},
            {"respondents", std::move(respondents)},
            {"answers", std::move(answers)},
            {"consensus", std::move(consensus)}};
}

} // namespace

std::string exportAssessmentJson(const Assessment& assessment)
{
    json initiatives = json::array();
    for (const Initiative& initiative : assessment.initiatives) {
        initiatives.push_back({{"id", initiative.id},
                               {"name", initiative.name},
                               {"business_function", initiative.businessFunction},
                               {"owner", initiative.owner},
                               {"stage", stageId(initiative.stage)},
                               {"target_outcome", initiative.targetOutcome},
                               {"archived", initiative.archived}});
    }
    json rounds = json::array();
    for (const RoundData& round : assessment.rounds) {
        rounds.push_back(roundToJson(round));
    }
    json actions = json::array();
    for (const Action& action : assessment.actions) {
        actions.push_back({{"id", action.id},
                           {"initiative", action.initiativeId},
                           {"friction", action.frictionId},
                           {"text", action.text},
                           {"owner", action.owner},
                           {"due", action.due},
                           {"status", actionStatusId(action.status)},
                           {"note", action.note},
                           {"recommendation", action.recommendationId}});
    }
    json targets = json::array();
    for (const Target& target : assessment.targets) {
        targets.push_back(
            {{"initiative", target.initiativeId}, {"friction", target.frictionId}, {"score", target.score}});
    }
    const Branding& branding = assessment.branding;
    const json document = {
        {"format", kInterchangeFormat},
        {"format_version", kInterchangeFormatVersion},
        {"organization",
         {{"name", assessment.organization.name},
          {"sector", assessment.organization.sector},
          {"notes", assessment.organization.notes}}},
        {"initiatives", std::move(initiatives)},
        {"rounds", std::move(rounds)},
        {"actions", std::move(actions)},
        {"targets", std::move(targets)},
        {"branding",
         {{"firm_name", branding.firmName},
          {"accent_colour", branding.accentColour},
          {"footer", branding.footer},
          {"page_size", branding.pageSize},
          {"logo_mime", branding.logoMime},
          {"logo_base64", encodeBase64(branding.logo)}}},
    };
    return document.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace lastmile::storage
