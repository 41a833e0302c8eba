// SPDX-License-Identifier: Apache-2.0
#include "band.h"

namespace lastmile {

Band bandForScore(double score)
{
    if (score < 25.0) {
        return Band::Low;
    }
    if (score < 50.0) {
        return Band::Moderate;
    }
    if (score < 75.0) {
        return Band::High;
    }
    return Band::Critical;
}

std::string_view bandId(Band band)
{
    switch (band) {
    case Band::Low:
        return "low";
    case Band::Moderate:
        return "moderate";
    case Band::High:
        return "high";
    case Band::Critical:
        return "critical";
    }
    return "low";
}

std::optional<Band> bandFromId(std::string_view id)
{
    for (Band band : kBands) {
        if (bandId(band) == id) {
            return band;
        }
    }
    return std::nullopt;
}

} // namespace lastmile
