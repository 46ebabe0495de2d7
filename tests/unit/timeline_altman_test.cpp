// The bar: shared/spec/altman-2025-02.expected.json, reproduced from the
// hand-made events of the five seed articles (timeline_altman_events.hpp).
#include <catch2/catch.hpp>

#include "timeline_altman_events.hpp"

using namespace timeline_test;

namespace {

Timeline altman_timeline() {
  TimelineOptions opts;
  opts.entity = kAltman;
  return build_timeline(altman_events(), altman_stays(), opts);
}

}  // namespace

TEST_CASE("the Altman visit gives the nine required events in order", "[timeline][altman]") {
  const auto t = altman_timeline();
  INFO(describe(t));
  REQUIRE(t.events.size() == 9);
  const std::vector<EventType> types{EventType::arrive,   EventType::attend, EventType::meet,
                                     EventType::meet,     EventType::announce, EventType::meal,
                                     EventType::arrive,   EventType::meet,   EventType::depart};
  for (std::size_t i = 0; i < types.size(); ++i) {
    INFO("event " << i + 1);
    CHECK(t.events[i].type == types[i]);
    CHECK(t.events[i].id == "e" + std::to_string(i + 1));
  }
  const std::vector<const char*> starts{"2025-02-03T23:00", "2025-02-04T09:00", "2025-02-04T09:45",
                                        "2025-02-04T10:25", "2025-02-04T11:10", nullptr,
                                        "2025-02-04T14:00", "2025-02-04T14:40", "2025-02-04T17:30"};
  for (std::size_t i = 0; i < starts.size(); ++i) {
    INFO("event " << i + 1);
    if (!starts[i]) {
      CHECK_FALSE(t.events[i].start);
      continue;
    }
    REQUIRE(t.events[i].start);
    CHECK(std::abs(minutes_from(*t.events[i].start, starts[i])) <= 5);
  }
}

TEST_CASE("the Altman visit: ends, inferred times and bounds", "[timeline][altman]") {
  const auto t = altman_timeline();
  INFO(describe(t));
  REQUIRE(t.events.size() == 9);
  const auto& sk = t.events[2];
  REQUIRE(sk.end);
  CHECK(sk.end->timex() == "2025-02-04T10:25");
  CHECK(sk.approx);
  CHECK_FALSE(sk.inferred);

  const auto& krafton = t.events[3];
  REQUIRE(krafton.start);
  CHECK(krafton.start->timex() == "2025-02-04T10:25");
  CHECK(krafton.inferred);
  CHECK(krafton.approx);
  REQUIRE(krafton.end);
  CHECK(krafton.end->timex() == "2025-02-04T10:45");

  const auto& announce = t.events[4];
  CHECK_FALSE(announce.approx);

  const auto& lunch = t.events[5];
  CHECK_FALSE(lunch.start);
  REQUIRE(lunch.start_bounds);
  REQUIRE(lunch.start_bounds->earliest);
  REQUIRE(lunch.start_bounds->latest);
  CHECK(lunch.start_bounds->earliest->timex() == "2025-02-04T11:10");
  CHECK(lunch.start_bounds->latest->timex() == "2025-02-04T13:00");
  REQUIRE(lunch.duration);
  CHECK(lunch.duration->iso() == "PT1H");

  const auto& samsung = t.events[7];
  REQUIRE(samsung.end);
  CHECK(samsung.end->timex() == "2025-02-04T16:40");
}

TEST_CASE("the Altman visit: participants, places and sources", "[timeline][altman]") {
  const auto t = altman_timeline();
  INFO(describe(t));
  REQUIRE(t.events.size() == 9);
  for (const auto& e : t.events) CHECK(has_participant(e, kAltman));
  for (const char* p : {"최태원", "유영상", "곽노정", "김주선"}) CHECK(has_participant(t.events[2], p));
  CHECK(has_participant(t.events[3], "김창한"));
  CHECK(has_participant(t.events[4], "정신아"));
  CHECK(has_participant(t.events[7], "이재용"));
  CHECK(has_participant(t.events[7], "손정의"));

  CHECK(t.events[0].place == "서울김포비즈니스항공센터");
  CHECK(t.events[1].place == "더 플라자 호텔");
  CHECK(t.events[2].place == "더 플라자 호텔");
  CHECK(t.events[6].place == "삼성전자 서초사옥");
  CHECK(t.events[7].place == "삼성전자 서초사옥");
  CHECK(t.events[8].place == "서울김포비즈니스항공센터");

  using Docs = std::set<std::string>;
  auto covers = [](const Docs& have, const Docs& want) {
    return std::includes(have.begin(), have.end(), want.begin(), want.end());
  };
  CHECK(covers(docs_of(t.events[0]), Docs{"001", "003"}));
  CHECK(covers(docs_of(t.events[1]), Docs{"003", "004"}));
  CHECK(covers(docs_of(t.events[2]), Docs{"001", "003", "004"}));
  CHECK(covers(docs_of(t.events[3]), Docs{"003", "004"}));
  CHECK(covers(docs_of(t.events[4]), Docs{"000", "001", "003", "004"}));
  CHECK(covers(docs_of(t.events[5]), Docs{"001", "003"}));
  CHECK(covers(docs_of(t.events[6]), Docs{"000", "003"}));
  CHECK(covers(docs_of(t.events[7]), Docs{"000", "001", "002", "003", "004"}));
  CHECK(covers(docs_of(t.events[8]), Docs{"003"}));
  // Sources are sorted and carry the time words they were dated by.
  for (const auto& e : t.events) {
    CHECK(std::is_sorted(e.sources.begin(), e.sources.end(), [](const TimelineSource& a, const TimelineSource& b) {
      return std::tie(a.doc, a.sentence, a.mention) < std::tie(b.doc, b.sentence, b.mention);
    }));
  }
}

TEST_CASE("the Altman visit: the arrival and departure conflicts", "[timeline][altman]") {
  const auto t = altman_timeline();
  INFO(describe(t));
  REQUIRE(t.events.size() == 9);
  const auto* arrival = conflict_on(t.events[0], "start");
  REQUIRE(arrival);
  CHECK(arrival->chosen == "2025-02-03T23:00");
  CHECK(arrival->values == std::vector<std::string>{"2025-02-03T23:00", "2025-02-03TAF"});
  CHECK(arrival->value_docs.at(1) == std::vector<std::string>{"001"});
  CHECK(arrival->why.find("caption") != std::string::npos);
  // The night of the 3rd (001's body) contains 23:00: a refinement, not a conflict.
  for (const auto& v : arrival->values) CHECK(v != "2025-02-03TNI");

  const auto* departure = conflict_on(t.events[8], "start");
  REQUIRE(departure);
  CHECK(departure->chosen == "2025-02-04T17:30");
  CHECK(departure->values == std::vector<std::string>{"2025-02-04T17:30", "2025-02-04T18:00"});
  CHECK(departure->docs == std::vector<std::string>{"003"});
  CHECK(departure->why.find("precise") != std::string::npos);

  // The other events agree on their times.
  for (std::size_t i = 1; i < 8; ++i) CHECK_FALSE(conflict_on(t.events[i], "start"));
}

TEST_CASE("the Altman visit: the window and the stated stay", "[timeline][altman]") {
  const auto t = altman_timeline();
  INFO(describe(t));
  REQUIRE(t.window.start);
  REQUIRE(t.window.end);
  REQUIRE(t.window.duration);
  CHECK(t.window.start->timex() == "2025-02-03T23:00");
  CHECK(t.window.end->timex() == "2025-02-04T17:30");
  CHECK(t.window.duration->iso() == "PT18H30M");
  CHECK(t.window.start_event == "e1");
  CHECK(t.window.end_event == "e9");
  CHECK(t.window.reported == "약 18시간 (003)");
  CHECK(t.window.agreement ==
        "stated about 18 h (doc 003); arrival to departure 18 h 30 min: agrees within tolerance");
}

TEST_CASE("the Altman visit: what lies outside the window, and the plan", "[timeline][altman]") {
  const auto t = altman_timeline();
  INFO(describe(t));
  std::vector<std::string> context_starts;
  for (const auto& e : t.context) {
    REQUIRE(e.start);
    context_starts.push_back(e.start->timex());
    CHECK(e.id.front() == 'c');
  }
  CHECK(std::is_sorted(context_starts.begin(), context_starts.end()));
  CHECK(std::count(context_starts.begin(), context_starts.end(), "2025-02-03") == 1);  // Tokyo, before arrival
  CHECK(std::count(context_starts.begin(), context_starts.end(), "2024-01") >= 1);
  CHECK(std::count(context_starts.begin(), context_starts.end(), "2024-06") == 1);
  // The plan in 001's caption happened: it is a source, never a separate event.
  CHECK(t.plans.empty());
  bool folded = false;
  for (const auto& e : t.events) {
    for (const auto& s : e.sources) folded = folded || s.planned;
  }
  CHECK(folded);
  // Events of other people (손정의's arrivals) are not in the entity's timeline.
  for (const auto& e : t.events) CHECK(e.participants.front() != "손정의");
}

TEST_CASE("the Altman visit with window all keeps every event of the entity in order", "[timeline][altman]") {
  TimelineOptions opts;
  opts.entity = kAltman;
  opts.window = WindowMode::all;
  const auto t = build_timeline(altman_events(), altman_stays(), opts);
  INFO(describe(t));
  CHECK(t.context.empty());
  CHECK(t.events.size() == 9 + altman_timeline().context.size());
  CHECK_FALSE(t.window.start);
  // In time order: the earliest context first, the departure last.
  CHECK(t.events.front().start->timex() == "2024-01");
  CHECK(t.events.back().type == EventType::depart);
  std::vector<std::string> ids;
  for (const auto& e : t.events) ids.push_back(e.id);
  CHECK(ids.front() == "e1");
  CHECK(ids.back() == "e" + std::to_string(t.events.size()));
}
