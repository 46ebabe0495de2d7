// A second scenario of our own (timeline_tokyo_events.hpp): another person,
// another city and zone, conflicting times, a plan that happened and one that
// did not, an offset relation, and stays that agree and disagree.
#include <catch2/catch.hpp>

#include "timeline_tokyo_events.hpp"

using namespace timeline_test;

namespace {

Timeline tokyo_timeline() {
  TimelineOptions opts;
  opts.entity = kCook;
  opts.timezone = "Asia/Tokyo";
  return build_timeline(tokyo_events(), tokyo_stays(), opts);
}

}  // namespace

TEST_CASE("Tokyo: the day in order with inferred and stated times", "[timeline][tokyo]") {
  const auto t = tokyo_timeline();
  INFO(describe(t));
  CHECK(t.timezone == "Asia/Tokyo");
  REQUIRE(t.events.size() == 6);
  const std::vector<EventType> types{EventType::arrive, EventType::meet, EventType::announce,
                                     EventType::attend, EventType::meal, EventType::depart};
  for (std::size_t i = 0; i < types.size(); ++i) CHECK(t.events[i].type == types[i]);
  REQUIRE(t.events[0].start);
  CHECK(t.events[0].start->timex() == "2025-03-10T08:20");
  REQUIRE(t.events[1].start);
  CHECK(t.events[1].start->timex() == "2025-03-10T10:00");
  CHECK(t.events[1].end->timex() == "2025-03-10T10:30");
  // An hour after the meeting began: offset_after, exactly.
  REQUIRE(t.events[2].start);
  CHECK(t.events[2].start->timex() == "2025-03-10T11:00");
  CHECK(t.events[2].inferred);
  CHECK(t.events[3].start->timex() == "2025-03-10T13:00");
  CHECK(t.events[3].end->timex() == "2025-03-10T14:30");
  // Dinner: only the part of day is stated; its length is kept.
  CHECK(t.events[4].start->timex() == "2025-03-10TEV");
  CHECK(t.events[4].duration->iso() == "PT2H");
  CHECK_FALSE(t.events[4].end);
  CHECK(t.events[5].start->timex() == "2025-03-11T09:00");
}

TEST_CASE("Tokyo: conflicting reports are kept with their reasons", "[timeline][tokyo]") {
  const auto t = tokyo_timeline();
  INFO(describe(t));
  REQUIRE(t.events.size() == 6);
  const auto* arrival = conflict_on(t.events[0], "start");
  REQUIRE(arrival);
  CHECK(arrival->chosen == "2025-03-10T08:20");
  CHECK(arrival->values == std::vector<std::string>{"2025-03-10T08:20", "2025-03-10T07:50"});
  CHECK(arrival->value_docs == std::vector<std::vector<std::string>>{{"a1", "c3"}, {"b2"}});
  CHECK(arrival->why.find("more sources") != std::string::npos);

  const auto* visit = conflict_on(t.events[3], "start");
  REQUIRE(visit);
  CHECK(visit->chosen == "2025-03-10T13:00");
  CHECK(visit->why.find("exactly") != std::string::npos);
  // The departure's 11일 오전 contains 09:00: a refinement, no conflict.
  CHECK_FALSE(conflict_on(t.events[5], "start"));
  CHECK(docs_of(t.events[5]) == std::set<std::string>{"a1", "b2"});
}

TEST_CASE("Tokyo: a plan that happened folds in, one that did not stays a plan", "[timeline][tokyo]") {
  const auto t = tokyo_timeline();
  INFO(describe(t));
  REQUIRE(t.events.size() == 6);
  const auto& meeting = t.events[1];
  CHECK(docs_of(meeting) == std::set<std::string>{"a1", "b2", "c3"});
  bool planned_source = false;
  for (const auto& s : meeting.sources) planned_source = planned_source || (s.doc == "b2" && s.planned);
  CHECK(planned_source);
  CHECK_FALSE(conflict_on(meeting, "start"));  // the plan's date never competes with the report
  REQUIRE(t.plans.size() == 1);
  CHECK(t.plans[0].id == "p1");
  CHECK(t.plans[0].status == EventStatus::planned);
  CHECK(t.plans[0].place == "오사카 공장");
  CHECK(t.plans[0].start->timex() == "2025-03-12");
}

TEST_CASE("Tokyo: the window is arrival to departure, compared with each stated stay", "[timeline][tokyo]") {
  const auto t = tokyo_timeline();
  INFO(describe(t));
  REQUIRE(t.window.duration);
  CHECK(t.window.start->timex() == "2025-03-10T08:20");
  CHECK(t.window.end->timex() == "2025-03-11T09:00");
  CHECK(t.window.duration->iso() == "P1DT40M");
  CHECK(t.window.reported == "12시간 (a1); 약 하루 (b2)");
  CHECK(t.window.agreement ==
        "stated 12 h (doc a1); arrival to departure 1 d 40 min: differs by 12 h 40 min (tolerance 1 h 12 min); "
        "stated about 1 d (doc b2); arrival to departure 1 d 40 min: agrees within tolerance");
  CHECK(t.context.empty());
}

TEST_CASE("Tokyo: an explicit window moves the rest into context", "[timeline][tokyo]") {
  TimelineOptions opts;
  opts.entity = kCook;
  opts.window = WindowMode::explicit_range;
  opts.explicit_window = std::make_pair(at("2025-03-10T12:00"), at("2025-03-10"));
  const auto t = build_timeline(tokyo_events(), tokyo_stays(), opts);
  INFO(describe(t));
  REQUIRE(t.events.size() == 2);
  CHECK(t.events[0].type == EventType::attend);
  CHECK(t.events[1].type == EventType::meal);
  CHECK(t.context.size() == 4);
  CHECK(t.context.front().id == "c1");
}

TEST_CASE("Tokyo: a custom entity matcher finds aliases", "[timeline][tokyo]") {
  TimelineOptions opts;
  opts.entity = "Tim Cook";
  opts.matches_entity = [](std::string_view name) { return name == "팀 쿡" || name == "Tim Cook"; };
  const auto t = build_timeline(tokyo_events(), {}, opts);
  CHECK(t.events.size() == 6);
  TimelineOptions nobody;
  nobody.entity = "Tim Cook";  // exact match only: nobody by that spelling
  CHECK(build_timeline(tokyo_events(), {}, nobody).events.empty());
}

TEST_CASE("without an entity every event is in the timeline and there is no window", "[timeline][tokyo]") {
  const auto t = build_timeline(tokyo_events(), tokyo_stays(), TimelineOptions{});
  INFO(describe(t));
  CHECK(t.context.empty());
  CHECK_FALSE(t.window.start);
  CHECK(t.events.size() == 7);  // the six of 팀 쿡 and 손정의's own announcement
  CHECK(t.plans.size() == 1);
}
