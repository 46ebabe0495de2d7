// The entity's window: what is the stay, what is background.
#include <catch2/catch.hpp>

#include "timeline_fixtures.hpp"

using namespace timeline_test;

TEST_CASE("a move told only by a day of the stay is a step of the stay, not background", "[timeline][window]") {
  // Another article says only that 가 moved to the head office "that day": the
  // day lies in the stay, so the move is no event of the days around it, even
  // though the middle of that day (where a day-dated event is placed) is after
  // the 11:30 departure.
  const std::vector<Event> events{
      ev("x", 0, EventType::arrive).when("2025-05-03T09:00", "오전 9시").who({"가"}).where("공항").about("도착"),
      ev("x", 1, EventType::meet).when("2025-05-03T10:00", "오전 10시").who({"가", "나"}).about("회동"),
      ev("x", 2, EventType::depart).when("2025-05-03T11:30", "오전 11시 30분").who({"가"}).where("공항").about("출국"),
      ev("y", 0, EventType::move).when("2025-05-03", "3일").who({"가"}).where("본사").about("본사로 이동"),
      ev("y", 1, EventType::move).when("2025-04-20", "지난달 20일").who({"가"}).where("공장").about("공장으로 이동"),
  };
  TimelineOptions options;
  options.entity = "가";
  const auto t = build_timeline(events, {}, options);
  INFO(describe(t));
  REQUIRE(t.events.size() == 3);
  for (const auto& e : t.context) CHECK(e.start->timex() != "2025-05-03");
  // A move on a day outside the stay is background as before.
  REQUIRE(t.context.size() == 1);
  CHECK(t.context.front().start->timex() == "2025-04-20");
}
