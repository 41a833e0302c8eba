// SPDX-License-Identifier: Apache-2.0
#include "core_bank.h"

#include "core/bank_loader.h"

#include <stdexcept>

namespace lastmile::test {

const QuestionBank& coreBank()
{
    static const QuestionBank bank = [] {
        BankLoadResult result = loadBankFile(LASTMILE_CORE_BANK);
        if (!result.bank) {
            throw std::runtime_error("the shipped bank does not load");
        }
        return *result.bank;
    }();
    return bank;
}

} // namespace lastmile::test
