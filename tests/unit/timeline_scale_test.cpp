// Big clusters: one meeting reported by hundreds of articles, with attendee
// lists, places and times that vary from article to article. Clustering
// checks such a cluster through a summary of its distinct values instead of
// member by member; these tests pin down that the outcome is the one the
// pairwise rules give (one event, relations within a document still keep two
// reports apart) and that it does not depend on the input order.
#include <catch2/catch.hpp>

#include <random>

#include "timeline_fixtures.hpp"

using namespace timeline_test;

namespace {

// 300 articles about one meeting of 갑 and 을, some naming 병, 정 or 무 too,
// at 14:00 stated exactly, about 14:00 give or take 10 minutes, as the
// afternoon or as the day, at the hotel named short or long, or nowhere.
std::vector<Event> big_meeting() {
  std::mt19937 rng(5);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  std::vector<Event> events;
  for (int d = 0; d < 300; ++d) {
    const std::string doc = "m" + std::to_string(d);
    ev e(doc, 0, EventType::meet);
    Event out = e.who({"갑", "을"}).about("갑과 을의 회동");
    for (const char* extra : {"병", "정", "무"}) {
      if (pick(3) == 0) out.participants.push_back(extra);
    }
    const int place = pick(3);
    out.place = place == 0 ? "" : place == 1 ? "한강호텔" : "서울 한강호텔";
    switch (pick(4)) {
      case 0: out.start = at("2025-03-05T14:00"); break;
      case 1:
        out.start = at("2025-03-05T14:00");
        out.start->start += std::chrono::minutes{5 * (pick(5) - 2)};
        out.approx = true;
        break;
      case 2: out.start = at("2025-03-05TAF"); break;
      default: out.start = at("2025-03-05"); break;
    }
    out.sentence = "회동 기사 " + std::to_string(d);
    events.push_back(out);
  }
  return events;
}

const TimelineEvent* most_reported(const Timeline& t) {
  const TimelineEvent* best = nullptr;
  for (const auto& e : t.events) {
    if (!best || e.sources.size() > best->sources.size()) best = &e;
  }
  return best;
}

}  // namespace

TEST_CASE("an event told by hundreds of articles is one event whatever each one lists", "[timeline][scale]") {
  const auto t = build_timeline(big_meeting(), {}, TimelineOptions{});
  INFO(describe(t).substr(0, 2000));
  REQUIRE(t.events.size() == 1);
  const auto& e = t.events.front();
  CHECK(e.sources.size() == 300);
  CHECK(e.observations.size() == 300);
  CHECK(e.participants.front() == "갑");
  for (const char* name : {"을", "병", "정", "무"}) CHECK(has_participant(e, name));
  CHECK(e.place == "서울 한강호텔");  // agrees with both namings, the more specific name
  REQUIRE(e.start);
  CHECK(e.start->day() == date::year_month_day{date::year{2025} / 3 / 5});
}

TEST_CASE("in a big cluster, reports their document relates stay apart in either direction", "[timeline][scale]") {
  auto events = big_meeting();
  // Document x: the meeting, then right after it a second one of the same people.
  events.push_back(ev("x", 0, EventType::meet).who({"갑", "을"}).when("2025-03-05T14:00"));
  events.push_back(ev("x", 1, EventType::meet).who({"갑", "을"}).when("2025-03-05T14:05").right_after(0, "곧바로"));
  // Document y: the later report comes first and the earlier one points back at it.
  events.push_back(ev("y", 0, EventType::meet).who({"갑", "을"}).when("2025-03-05T14:10").approx());
  events.push_back(ev("y", 1, EventType::meet).who({"갑", "을"}).when("2025-03-05T13:50").approx().after(0, "뒤"));
  const auto t = build_timeline(events, {}, TimelineOptions{});
  INFO(describe(t).substr(0, 3000));
  const auto* big = most_reported(t);
  REQUIRE(big);
  CHECK(big->sources.size() == 302);
  REQUIRE(t.events.size() == 2);
  const auto& small = &t.events[0] == big ? t.events[1] : t.events[0];
  CHECK(docs_of(small) == std::set<std::string>{"x", "y"});
  // x#1 (14:05) and y#0 (14:10) are the ones kept apart from the big meeting;
  // of the two, the exact time is kept.
  CHECK(small.observations.size() == 2);
  REQUIRE(small.start);
  CHECK(small.start->timex() == "2025-03-05T14:05");
}

TEST_CASE("a big cluster comes out the same for any input order", "[timeline][scale][property]") {
  auto events = big_meeting();
  events.push_back(ev("x", 0, EventType::meet).who({"갑", "을"}).when("2025-03-05T14:00"));
  events.push_back(ev("x", 1, EventType::meet).who({"갑", "을"}).when("2025-03-05T14:05").right_after(0, "곧바로"));
  const std::string expected = describe(build_timeline(events, {}, TimelineOptions{}));
  std::mt19937 rng(11);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(events.begin(), events.end(), rng);
    INFO("round " << round);
    CHECK(describe(build_timeline(events, {}, TimelineOptions{})) == expected);
  }
  // Shards merged give the same as building at once.
  std::vector<std::vector<Event>> shards(3);
  for (std::size_t i = 0; i < events.size(); ++i) shards[i % 3].push_back(events[i]);
  std::vector<Timeline> parts;
  for (auto& s : shards) parts.push_back(build_timeline(s, {}, TimelineOptions{}));
  CHECK(describe(merge_timelines(parts, TimelineOptions{})) == expected);
}
