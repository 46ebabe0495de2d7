#include <catch2/catch.hpp>

#include "ktimeline/timex.hpp"

using namespace ktimeline;

TEST_CASE("TIMEX3 point values print and parse back", "[timex][value]") {
  for (const char* v : {"2025-02-04", "2025-02-04T14:40", "2025-02-04TAF", "2025-02", "2025", "2025-02-04T14:40:05"}) {
    const auto p = parse_timex_point(v);
    REQUIRE(p);
    CHECK(p->timex() == v);
  }
  CHECK_FALSE(parse_timex_point("2025-02-30"));
  CHECK_FALSE(parse_timex_point("20x5"));
}

TEST_CASE("quarters, halves and seasons print and parse back", "[timex][value]") {
  for (const char* v : {"2025-Q1", "2025-Q4", "2025-H2", "2025-SP", "2025-SU", "2025-FA", "2024-WI"}) {
    const auto p = parse_timex_point(v);
    REQUIRE(p);
    CHECK(p->timex() == v);
  }
  // A winter is named by the year it starts in and runs into the next one.
  const auto winter = parse_timex_point("2024-WI");
  REQUIRE(winter);
  CHECK(winter->start == date::local_days{date::year{2024} / 12 / 1});
  CHECK(winter->end() == date::local_seconds{date::local_days{date::year{2025} / 3 / 1}});
  CHECK_FALSE(parse_timex_point("2025-Q5"));
  CHECK_FALSE(parse_timex_point("2025-XX"));
}

TEST_CASE("ISO durations print and parse back", "[timex][value]") {
  for (const char* v : {"PT2H", "PT40M", "P8M", "P4Y", "P2D", "PT1H30M", "P1Y6M"}) {
    const auto d = parse_iso_duration(v);
    REQUIRE(d);
    CHECK(d->iso() == v);
  }
  CHECK_FALSE(parse_iso_duration("P"));
  CHECK_FALSE(parse_iso_duration("PT2X"));
}

TEST_CASE("coarse grains print as normalization.md says", "[timex][value]") {
  TimePoint p = TimePoint::at_day(date::year{2025} / 2 / 10);
  p.grain = Grain::week;
  CHECK(p.timex() == "2025-W07");
  p.grain = Grain::weekend;
  CHECK(p.timex() == "2025-W07-WE");
  p = TimePoint::at_day(date::year{2025} / 7 / 1);
  p.grain = Grain::half;
  CHECK(p.timex() == "2025-H2");
  p.grain = Grain::quarter;
  CHECK(p.timex() == "2025-Q3");
  p = TimePoint::at_day(date::year{2013} / 1 / 1);
  p.grain = Grain::decade;
  CHECK(p.timex() == "201");
  p.grain = Grain::century;
  CHECK(p.timex() == "20");
}

TEST_CASE("adding a month clamps to the month's last day", "[timex][value]") {
  const auto t = date::local_days{date::year{2025} / 1 / 31};
  Duration one_month;
  one_month.months = 1;
  CHECK(add(t, one_month) == date::local_days{date::year{2025} / 2 / 28});
}
