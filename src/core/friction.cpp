// SPDX-License-Identifier: Apache-2.0
#include "friction.h"

#include <algorithm>

namespace lastmile {

bool isKnownFrictionId(std::string_view id)
{
    return std::find(kFrictionIds.begin(), kFrictionIds.end(), id) != kFrictionIds.end();
}

} // namespace lastmile
