// Bad input never crashes or hangs: empty input, broken bytes, dangling or
// circular relations, absurd values.
#include <catch2/catch.hpp>

#include "timeline_fixtures.hpp"

using namespace timeline_test;

TEST_CASE("empty input gives an empty timeline", "[timeline][robustness]") {
  TimelineOptions opts;
  opts.entity = "아무개";
  const auto t = build_timeline({}, {}, opts);
  CHECK(t.events.empty());
  CHECK(t.context.empty());
  CHECK(t.plans.empty());
  CHECK_FALSE(t.window.start);
  CHECK(t.entity == "아무개");
  CHECK_FALSE(describe(t).empty());
}

TEST_CASE("broken bytes, NULs and dangling relations are carried, not trusted", "[timeline][robustness]") {
  Event bad = ev("\xff\xfe", 0, EventType::meet).when("2025-01-01T10:00").who({"\xc3", std::string("a\0b", 3).c_str()});
  bad.summary = std::string("\0\0\xff", 3);
  bad.sentence = std::string(100000, '\xe2');  // a very long, malformed line
  bad.relations.push_back(EventRelation{RelationKind::right_after, 999, std::nullopt, "x"});  // no such event
  bad.relations.push_back(EventRelation{RelationKind::after, 0, std::nullopt, "self"});       // itself
  bad.relations.push_back(EventRelation{RelationKind::offset_after, 1, std::nullopt, "no offset"});
  Event other = ev("\xff\xfe", 1, EventType::meet).who({"\xc3"}).after(0, "");
  other.participants.push_back("");
  const auto t = build_timeline({bad, other, bad}, {}, TimelineOptions{});
  CHECK(t.observations.size() == 2);  // the duplicate counted once
  CHECK(t.events.size() == 2);
}

TEST_CASE("circular relations end as a conflict", "[timeline][robustness]") {
  const std::vector<Event> events{
      ev("d", 0, EventType::meet).lasting("PT1H").who({"가", "나"}).after(1, "뒤"),
      ev("d", 1, EventType::meet).lasting("PT1H").who({"가", "다"}).after(0, "뒤"),
  };
  const auto t = build_timeline(events, {}, TimelineOptions{});
  INFO(describe(t));
  REQUIRE(t.events.size() == 2);
  CHECK(conflict_on(t.events[0], "order"));
}

TEST_CASE("absurd values stay finite", "[timeline][robustness]") {
  Duration huge;
  huge.hours = INT32_MAX;
  huge.years = INT32_MAX / 1000;
  TimePoint far = at("9999-12-31T23:59");
  TimePoint old = at("0001-01-01");
  std::vector<Event> events{
      ev("e", 0, EventType::meet).who({"가", "나"}),
      ev("e", 1, EventType::meet).who({"가", "다"}).right_after(0, "곧바로"),
      ev("e", 2, EventType::depart).who({"가"}),
  };
  Event a = events[0];
  a.start = far;
  a.duration = huge;
  events[0] = a;
  events[2].start = old;
  events[2].end = far;
  Event unknown_date = ev("e", 3, EventType::arrive).who({"가"});
  unknown_date.start = at("2025-01-01T14:00");
  unknown_date.start->date_known = false;
  events.push_back(unknown_date);
  const auto t = build_timeline(events, {StatedStay{"e", huge, true, "", ""}}, TimelineOptions{});
  CHECK(t.events.size() + t.context.size() == 4);
}

TEST_CASE("many events of one person on one day stay fast and separate", "[timeline][robustness]") {
  std::vector<Event> events;
  for (std::size_t i = 0; i < 2000; ++i) {
    Event e = ev("big", i, EventType::meet).who({"가"});
    e.participants.push_back("사람" + std::to_string(i));
    e.start = at("2025-01-01");
    e.start->start += std::chrono::minutes{static_cast<int>(i % 1440)};
    e.start->grain = Grain::minute;
    if (i > 0 && i % 3 != 0) e.relations.push_back(EventRelation{RelationKind::after, i - 1, std::nullopt, "뒤"});
    events.push_back(e);
  }
  const auto t = build_timeline(events, {}, TimelineOptions{});
  CHECK(t.events.size() == 2000);
}
