// SPDX-License-Identifier: Apache-2.0
#include "question_bank.h"

namespace lastmile {

const Friction* QuestionBank::findFriction(std::string_view frictionId) const
{
    for (const Friction& friction : frictions) {
        if (friction.id == frictionId) {
            return &friction;
        }
    }
    return nullptr;
}

const Question* QuestionBank::findQuestion(std::string_view questionId) const
{
    for (const Friction& friction : frictions) {
        for (const Question& question : friction.questions) {
            if (question.id == questionId) {
                return &question;
            }
        }
    }
    return nullptr;
}

const Friction* QuestionBank::frictionOfQuestion(std::string_view questionId) const
{
    for (const Friction& friction : frictions) {
        for (const Question& question : friction.questions) {
            if (question.id == questionId) {
                return &friction;
            }
        }
    }
    return nullptr;
}

std::size_t QuestionBank::questionCount() const
{
    std::size_t count = 0;
    for (const Friction& friction : frictions) {
        count += friction.questions.size();
    }
    return count;
}

} // namespace lastmile
