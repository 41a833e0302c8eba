// SPDX-License-Identifier: Apache-2.0
#include "core/band.h"

#include <catch2/catch.hpp>

using namespace lastmile;

TEST_CASE("Bands: low < 25 <= moderate < 50 <= high < 75 <= critical")
{
    CHECK(bandForScore(0.0) == Band::Low);
    CHECK(bandForScore(24.999) == Band::Low);
    CHECK(bandForScore(25.0) == Band::Moderate);
    CHECK(bandForScore(49.99) == Band::Moderate);
    CHECK(bandForScore(50.0) == Band::High);
    CHECK(bandForScore(74.999999) == Band::High);
    CHECK(bandForScore(75.0) == Band::Critical);
    CHECK(bandForScore(100.0) == Band::Critical);
}

TEST_CASE("Band ids are stable and read back")
{
    const std::pair<Band, const char*> bands[] = {
        {Band::Low, "low"}, {Band::Moderate, "moderate"}, {Band::High, "high"}, {Band::Critical, "critical"}};
    for (const auto& [band, id] : bands) {
        CHECK(bandId(band) == id);
        CHECK(bandFromId(id) == std::optional<Band>(band));
    }
    CHECK_FALSE(bandFromId("medium").has_value());
    CHECK_FALSE(bandFromId("Low").has_value());
    CHECK_FALSE(bandFromId("").has_value());
    CHECK(kBands.size() == 4);
    CHECK(kBands[0] == Band::Low);
    CHECK(kBands[3] == Band::Critical);
}
