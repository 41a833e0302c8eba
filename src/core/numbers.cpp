// SPDX-License-Identifier: Apache-2.0
#include "numbers.h"

#include <cmath>

namespace lastmile {

bool isPlainNumber(double value)
{
    const int kind = std::fpclassify(value);
    return kind == FP_ZERO || kind == FP_NORMAL;
}

bool isPlainNumberWithin(double value, double minimum, double maximum)
{
    return isPlainNumber(value) && value >= minimum && value <= maximum;
}

} // namespace lastmile
