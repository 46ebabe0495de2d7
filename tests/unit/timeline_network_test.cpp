// The simple temporal network: bounds, contradictions (negative cycles) and
// the nominal reading relaxed to the tolerant one.
#include <catch2/catch.hpp>

#include "ktimeline/detail/timeline_network.hpp"
#include "timeline_fixtures.hpp"

using namespace timeline_test;
using ktimeline::detail::DifferenceConstraint;
using ktimeline::detail::kUnbounded;
using ktimeline::detail::solve_network;

namespace {

DifferenceConstraint between(std::size_t from, std::size_t to, std::int64_t lo, std::int64_t hi, std::int64_t strength,
                             std::int64_t slack = 0) {
  DifferenceConstraint c;
  c.from = from;
  c.to = to;
  c.nominal_lo = lo;
  c.nominal_hi = hi;
  c.tolerant_lo = lo == -kUnbounded ? lo : lo - slack;
  c.tolerant_hi = hi == kUnbounded ? hi : hi + slack;
  c.strength = strength;
  return c;
}

}  // namespace

TEST_CASE("bounds propagate along difference constraints", "[timeline][network]") {
  // x1 in [600, 1200]; x2 - x1 in [60, 120]; x3 >= x2 (open above).
  const auto s = solve_network(4, {between(0, 1, 600, 1200, 5), between(1, 2, 60, 120, 5), between(2, 3, 0, kUnbounded, 5)}, 0);
  CHECK(s.dropped.empty());
  CHECK(s.earliest[1] == 600);
  CHECK(s.latest[1] == 1200);
  CHECK(s.earliest[2] == 660);
  CHECK(s.latest[2] == 1320);
  CHECK(s.earliest[3] == 660);
  CHECK(s.latest[3] == kUnbounded);
}

TEST_CASE("a contradiction drops its weakest constraint and names the clash", "[timeline][network]") {
  // x1 = 100 (strong), x2 = 200 (strong), x2 - x1 <= 30 (weak): cannot all hold.
  const auto s = solve_network(3, {between(0, 1, 100, 100, 9), between(0, 2, 200, 200, 9), between(1, 2, 0, 30, 1)}, 0);
  REQUIRE(s.dropped.size() == 1);
  CHECK(s.dropped[0] == 2);
  REQUIRE(s.clashes.size() == 1);
  CHECK(s.clashes[0] == std::vector<std::size_t>{0, 1, 2});
  CHECK(s.earliest[2] == 200);
  CHECK(s.latest[2] == 200);
}

TEST_CASE("nominal values that clash within tolerance are relaxed, not dropped", "[timeline][network]") {
  // x1 is 0 at face value (+-10 tolerated); x2 = x1 + 30 exactly; x2 is stated 35.
  const auto s = solve_network(3, {between(0, 1, 0, 0, 5, 10), between(1, 2, 30, 30, 5), between(0, 2, 35, 35, 9)}, 0);
  CHECK(s.dropped.empty());
  CHECK(s.relaxed[0]);
  CHECK(s.earliest[1] == 5);
  CHECK(s.latest[1] == 5);
}

TEST_CASE("the network ignores constraints on nodes it does not have", "[timeline][network]") {
  const auto s = solve_network(2, {between(0, 7, 0, 10, 1), between(0, 1, 5, 5, 1)}, 0);
  CHECK(s.dropped.empty());
  CHECK(s.earliest[1] == 5);
}

TEST_CASE("contradicting relations become an order conflict, and nothing fails", "[timeline][network]") {
  // The document says the talk came before the lunch, but the times say otherwise.
  const std::vector<Event> events{
      ev("x", 0, EventType::meal).when("2025-05-01T12:00", "낮 12시").who({"가"}).about("점심"),
      ev("x", 1, EventType::meet).when("2025-05-01T15:00", "오후 3시").who({"가", "나"}).before(0, "앞서").about("면담"),
  };
  const auto t = build_timeline(events, {}, TimelineOptions{});
  INFO(describe(t));
  REQUIRE(t.events.size() == 2);
  for (const auto& e : t.events) {
    const auto* c = conflict_on(e, "order");
    REQUIRE(c);
    CHECK(c->why.find("dropped the weakest") != std::string::npos);
    CHECK(c->why.find("before") != std::string::npos);
    CHECK(c->docs == std::vector<std::string>{"x"});
  }
  // The stated times stand.
  CHECK(t.events[0].start->timex() == "2025-05-01T12:00");
  CHECK(t.events[1].start->timex() == "2025-05-01T15:00");
}

TEST_CASE("an undated event after a dated one gets open-ended bounds", "[timeline][network]") {
  const std::vector<Event> events{
      ev("y", 0, EventType::meet).when("2025-05-01T10:00", "오전 10시").lasting("PT1H").who({"가", "나"}).about("회의"),
      ev("y", 1, EventType::announce).who({"가"}).after(0, "회의를 마친 뒤").about("발표"),
  };
  const auto t = build_timeline(events, {}, TimelineOptions{});
  INFO(describe(t));
  REQUIRE(t.events.size() == 2);
  const auto& announce = t.events[1];
  CHECK_FALSE(announce.start);
  REQUIRE(announce.start_bounds);
  REQUIRE(announce.start_bounds->earliest);
  CHECK(announce.start_bounds->earliest->timex() == "2025-05-01T11:00");
  CHECK_FALSE(announce.start_bounds->latest);
  CHECK(announce.inferred);  // its bounds follow from the meeting, not from a stated time
}

TEST_CASE("narration bounds an undated event by the nearest clock times past a day-dated neighbour",
          "[timeline][network]") {
  // A lunch told after an 11:10 briefing, before an undated move of that day
  // (dated by another article) and the 14:00 arrival: it starts after 11:10
  // and, lasting an hour, by 13:00; the move's day alone would say by 23:00.
  const std::vector<Event> events{
      ev("x", 0, EventType::announce).when("2025-05-03T11:10", "11시 10분").who({"가"}).about("간담회"),
      ev("x", 1, EventType::meal).lasting("PT1H").who({"가"}).where("호텔").about("오찬"),
      ev("x", 2, EventType::move).who({"가"}).where("본사").after(1, "식사 후").about("본사로 이동"),
      ev("x", 3, EventType::arrive).when("2025-05-03T14:00", "오후 2시").approx().who({"가"}).where("공장").about("도착"),
      ev("y", 0, EventType::move).when("2025-05-03", "3일").who({"가"}).where("본사").about("본사로 이동"),
  };
  TimelineOptions options;
  options.window = WindowMode::all;
  const auto t = build_timeline(events, {}, options);
  INFO(describe(t));
  const TimelineEvent* meal = nullptr;
  for (const auto& e : t.events) {
    if (e.type == EventType::meal) meal = &e;
  }
  REQUIRE(meal);
  CHECK_FALSE(meal->start);
  CHECK(meal->inferred);
  REQUIRE(meal->start_bounds);
  REQUIRE(meal->start_bounds->earliest);
  REQUIRE(meal->start_bounds->latest);
  CHECK(meal->start_bounds->earliest->timex() == "2025-05-03T11:10");
  CHECK(meal->start_bounds->latest->timex() == "2025-05-03T13:00");
}

TEST_CASE("a right_after chain infers each start from the one before", "[timeline][network]") {
  const std::vector<Event> events{
      ev("z", 0, EventType::meet).when("2025-05-02T09:00", "오전 9시").lasting("PT30M").who({"가", "나"}).about("첫 면담"),
      ev("z", 1, EventType::meet).lasting("PT15M").who({"가", "다"}).right_after(0, "이어").about("둘째 면담"),
      ev("z", 2, EventType::meet).who({"가", "라"}).right_after(1, "곧바로").about("셋째 면담"),
  };
  const auto t = build_timeline(events, {}, TimelineOptions{});
  INFO(describe(t));
  REQUIRE(t.events.size() == 3);
  CHECK(t.events[1].start->timex() == "2025-05-02T09:30");
  CHECK(t.events[1].end->timex() == "2025-05-02T09:45");
  CHECK(t.events[2].start->timex() == "2025-05-02T09:45");
  CHECK(t.events[2].inferred);
  CHECK_FALSE(t.events[2].end);
}
