// Clustering: which reports are the same real event.
#include <catch2/catch.hpp>

#include "ktimeline/detail/timeline_cluster.hpp"
#include "ktimeline/detail/timeline_observation.hpp"
#include "timeline_fixtures.hpp"

using namespace timeline_test;
namespace detail = ktimeline::detail;

namespace {

// The clusters of a list of events, as sets of "doc#index".
std::vector<std::set<std::string>> clusters_of(std::vector<Event> events) {
  detail::canonicalize(events);
  std::vector<std::set<std::string>> out;
  for (const auto& c : detail::cluster_observations(events, detail::movement_scopes(events))) {
    std::set<std::string> names;
    for (const auto i : c) names.insert(events[i].doc + "#" + std::to_string(events[i].index));
    out.push_back(names);
  }
  std::sort(out.begin(), out.end());
  return out;
}

using Clusters = std::vector<std::set<std::string>>;

}  // namespace

TEST_CASE("a person enters a country once per visit: differing times are one event", "[timeline][cluster]") {
  const auto clusters = clusters_of({
      ev("a", 0, EventType::arrive).when("2025-06-01T09:00").who({"갑"}).said("입국했다", ""),
      ev("b", 0, EventType::arrive).when("2025-06-01T15:00").who({"갑"}).said("방한했다", ""),
  });
  CHECK(clusters == Clusters{{"a#0", "b#0"}});
}

TEST_CASE("an arrival of unknown reach joins a border crossing only at an agreeing clock time", "[timeline][cluster]") {
  SECTION("a caption's visit 90 minutes after the airport arrival is another event") {
    const auto clusters = clusters_of({
        ev("a", 0, EventType::arrive).when("2025-10-14T15:30").approx().who({"갑"}).where("서울공항").said("도착해", ""),
        ev("a", 1, EventType::arrive).when("2025-10-14TAF").who({"갑"}).where("서울공항").said("도착한", ""),
        ev("b", 0, EventType::arrive).when("2025-10-14T17:00").who({"갑"}).where("서울 동작구").said("찾은", "").caption(),
    });
    CHECK(clusters == Clusters{{"a#0", "a#1"}, {"b#0"}});
  }
  SECTION("at about the same time it is the crossing") {
    const auto clusters = clusters_of({
        ev("a", 0, EventType::arrive).when("2025-10-14T15:30").approx().who({"갑"}).where("서울공항").said("도착해", ""),
        ev("b", 0, EventType::arrive).when("2025-10-14T15:40").who({"갑"}).where("성남").said("도착했다", ""),
    });
    CHECK(clusters == Clusters{{"a#0", "b#0"}});
  }
  SECTION("a city visit of that date is the crossing, whatever the place's name") {
    const auto clusters = clusters_of({
        ev("a", 0, EventType::arrive).when("2025-06-17T08:40").who({"갑"}).where("김해공항").said("도착했다", ""),
        ev("b", 0, EventType::arrive).when("2025-06-17").who({"갑"}).where("부산").said("방문한", ""),
    });
    CHECK(clusters == Clusters{{"a#0", "b#0"}});
  }
  SECTION("two crossings stay one whatever their clock times") {
    const auto clusters = clusters_of({
        ev("a", 0, EventType::arrive).when("2025-10-14T15:30").who({"갑"}).where("서울공항").said("도착해", ""),
        ev("b", 0, EventType::arrive).when("2025-10-14T17:00").who({"갑"}).said("입국했다", ""),
    });
    CHECK(clusters == Clusters{{"a#0", "b#0"}});
  }
}

TEST_CASE("arrivals at a venue at different times are different events", "[timeline][cluster]") {
  const auto clusters = clusters_of({
      ev("a", 0, EventType::arrive).when("2025-06-01T09:00").who({"갑"}).where("롯데호텔").said("도착했다", ""),
      ev("b", 0, EventType::arrive).when("2025-06-01T15:00").who({"갑"}).where("롯데호텔").said("도착했다", ""),
  });
  CHECK(clusters.size() == 2);
}

TEST_CASE("entering the country and reaching a venue the same afternoon stay apart", "[timeline][cluster]") {
  const auto clusters = clusters_of({
      ev("a", 0, EventType::arrive).when("2025-06-01TAF").who({"갑"}).said("입국한", ""),
      ev("b", 0, EventType::arrive).when("2025-06-01T14:40").approx().who({"갑"}).where("삼성전자 서초사옥").said("도착해", ""),
  });
  CHECK(clusters.size() == 2);
}

TEST_CASE("meetings share more than the subject to be one", "[timeline][cluster]") {
  SECTION("different counterparts at nearly one time: two meetings") {
    const auto clusters = clusters_of({
        ev("a", 0, EventType::meet).when("2025-06-01T10:00").approx().who({"갑", "을"}),
        ev("b", 0, EventType::meet).when("2025-06-01T10:10").approx().who({"갑", "병"}),
    });
    CHECK(clusters.size() == 2);
  }
  SECTION("one report names fewer people: one meeting") {
    const auto clusters = clusters_of({
        ev("a", 0, EventType::meet).when("2025-06-01T10:00").approx().who({"갑", "을", "병"}),
        ev("b", 0, EventType::meet).when("2025-06-01T10:30").approx().who({"갑"}),
    });
    CHECK(clusters == Clusters{{"a#0", "b#0"}});
  }
  SECTION("exact times far apart: two meetings") {
    const auto clusters = clusters_of({
        ev("a", 0, EventType::meet).when("2025-06-01T10:00").who({"갑", "을"}),
        ev("b", 0, EventType::meet).when("2025-06-01T11:00").who({"갑", "을"}),
    });
    CHECK(clusters.size() == 2);
  }
}

TEST_CASE("events a document relates to each other are never one", "[timeline][cluster]") {
  const auto clusters = clusters_of({
      ev("a", 0, EventType::meet).when("2025-06-01T10:00").approx().who({"갑", "을"}),
      ev("a", 1, EventType::meet).when("2025-06-01T10:20").approx().who({"갑", "을"}).right_after(0, "이어"),
  });
  CHECK(clusters.size() == 2);
}

TEST_CASE("gatherings of different types merge only at one clock time with the same people", "[timeline][cluster]") {
  SECTION("a briefing and a talk with the same people at 11:10 and 11:15") {
    const auto clusters = clusters_of({
        ev("a", 0, EventType::announce).when("2025-06-01T11:10").who({"갑", "을"}),
        ev("b", 0, EventType::meet).when("2025-06-01T11:15").who({"갑", "을"}),
    });
    CHECK(clusters.size() == 1);
  }
  SECTION("an hour apart") {
    const auto clusters = clusters_of({
        ev("a", 0, EventType::announce).when("2025-06-01T11:10").who({"갑", "을"}),
        ev("b", 0, EventType::meet).when("2025-06-01T12:10").who({"갑", "을"}),
    });
    CHECK(clusters.size() == 2);
  }
  SECTION("only a part of day") {
    const auto clusters = clusters_of({
        ev("a", 0, EventType::attend).when("2025-06-01TMO").who({"갑"}),
        ev("b", 0, EventType::meet).when("2025-06-01TMO").who({"갑", "을"}),
    });
    CHECK(clusters.size() == 2);
  }
}

TEST_CASE("a move to a place and the arrival there are one event", "[timeline][cluster]") {
  const std::vector<Event> events{
      ev("a", 0, EventType::meet).when("2025-06-01T10:00").who({"갑", "을"}),
      ev("a", 1, EventType::move).who({"갑"}).where("세종청사").after(0, "이후"),
      ev("a", 2, EventType::arrive).when("2025-06-01T13:00").who({"갑"}).where("정부세종청사"),
  };
  CHECK(clusters_of(events) == Clusters{{"a#0"}, {"a#1", "a#2"}});
  const auto t = build_timeline(events, {}, TimelineOptions{});
  REQUIRE(t.events.size() == 2);
  CHECK(t.events[1].type == EventType::arrive);
  CHECK(t.events[1].place == "정부세종청사");
}

TEST_CASE("undated reports join through the span their document tells them in", "[timeline][cluster]") {
  std::vector<Event> events{
      ev("a", 0, EventType::meet).when("2025-06-01T09:00").who({"갑", "을"}),
      ev("a", 1, EventType::meal).who({"갑", "정"}),
      ev("a", 2, EventType::meet).when("2025-06-01T15:00").who({"갑", "병"}),
      ev("b", 0, EventType::meal).when("2025-06-01T12:00").who({"갑", "정"}),
      ev("c", 0, EventType::meal).when("2025-06-03T12:00").who({"갑", "정"}),
  };
  CHECK(clusters_of(events) == Clusters{{"a#0"}, {"a#1", "b#0"}, {"a#2"}, {"c#0"}});
  detail::canonicalize(events);
  const auto facts = detail::observation_facts(events, detail::movement_scopes(events));
  CHECK(facts[1].time.narrative);
  CHECK(facts[1].time.lo == detail::seconds_of(at("2025-06-01T09:00").start));
  CHECK(facts[1].time.hi == detail::seconds_of(at("2025-06-01T15:00").start));
}

TEST_CASE("an undated report joins only events of its document's date", "[timeline][cluster]") {
  // The 2월 10일 meeting has the same people and a clock time, so it is
  // created first; the undated 회동 of a 2월 4일 article must not join it.
  const std::vector<Event> meetings{
      ev("a", 0, EventType::meet).when("2025-02-10T14:00").who({"갑", "을"}).about("갑 을 회동"),
      ev("c", 0, EventType::meet).when("2025-02-04TAF").who({"갑", "을"}).about("갑 을 회동"),
  };
  SECTION("told after the article's dated report") {
    auto events = meetings;
    events.push_back(ev("b", 0, EventType::arrive).when("2025-02-04T10:00").who({"갑"}).about("갑 도착"));
    events.push_back(ev("b", 1, EventType::meet).who({"갑", "을"}).about("갑 을 회동"));
    CHECK(clusters_of(events) == Clusters{{"a#0"}, {"b#0"}, {"b#1", "c#0"}});
    detail::canonicalize(events);
    const auto facts = detail::observation_facts(events, detail::movement_scopes(events));
    const auto& undated = facts[2];  // b#1
    REQUIRE(undated.event->doc == "b");
    CHECK(undated.time.narrative);
    CHECK(undated.time.lo == detail::seconds_of(at("2025-02-04").start));
    CHECK(undated.time.hi == detail::seconds_of(at("2025-02-05").start));
  }
  SECTION("told before the article's dated report") {
    auto events = meetings;
    events.push_back(ev("b", 0, EventType::meet).who({"갑", "을"}).about("갑 을 회동"));
    events.push_back(ev("b", 1, EventType::depart).when("2025-02-04T18:00").who({"갑"}).about("갑 출발"));
    CHECK(clusters_of(events) == Clusters{{"a#0"}, {"b#0", "c#0"}, {"b#1"}});
  }
  SECTION("the latest date of an article of two days") {
    auto events = meetings;
    events.push_back(ev("b", 0, EventType::arrive).when("2025-02-09T20:00").who({"갑"}));
    events.push_back(ev("b", 1, EventType::attend).when("2025-02-10TMO").who({"갑"}));
    events.push_back(ev("b", 2, EventType::meet).who({"갑", "을"}));
    CHECK(clusters_of(events) == Clusters{{"a#0", "b#2"}, {"b#0"}, {"b#1"}, {"c#0"}});
  }
  SECTION("a recalled earlier fact does not date the article") {
    auto events = meetings;
    events.push_back(ev("b", 0, EventType::announce).when("2025-01-21").who({"병"}));
    events.push_back(ev("b", 1, EventType::arrive).when("2025-02-04T10:00").who({"갑"}));
    events.push_back(ev("b", 2, EventType::meet).who({"갑", "을"}));
    CHECK(clusters_of(events) == Clusters{{"a#0"}, {"b#0"}, {"b#1"}, {"b#2", "c#0"}});
  }
  SECTION("an article with no date at all still joins by people alone") {
    auto events = meetings;
    events.push_back(ev("b", 0, EventType::meet).who({"갑", "을"}));
    const auto clusters = clusters_of(events);
    CHECK(clusters.size() == 2);
  }
  SECTION("an article with no dated report is dated by its reference date") {
    auto events = meetings;
    events.push_back(ev("b", 0, EventType::meet).who({"갑", "을"}).referenced("2025-02-04"));
    CHECK(clusters_of(events) == Clusters{{"a#0"}, {"b#0", "c#0"}});
    detail::canonicalize(events);
    const auto facts = detail::observation_facts(events, detail::movement_scopes(events));
    const auto& undated = facts[1];  // b#0
    REQUIRE(undated.event->doc == "b");
    CHECK(undated.time.narrative);
    CHECK(undated.time.lo == detail::seconds_of(at("2025-02-04").start));
    CHECK(undated.time.hi == detail::seconds_of(at("2025-02-05").start));
  }
  SECTION("a reference time of the day dates it the same way") {
    auto events = meetings;
    events.push_back(ev("b", 0, EventType::meet).who({"갑", "을"}).referenced("2025-02-04T21:15"));
    CHECK(clusters_of(events) == Clusters{{"a#0"}, {"b#0", "c#0"}});
  }
  SECTION("a reference of a month grain says no day: the report joins by people alone") {
    auto events = meetings;
    events.push_back(ev("b", 0, EventType::meet).who({"갑", "을"}).referenced("2025-02"));
    CHECK(clusters_of(events).size() == 2);
  }
  SECTION("with a reference, a dated report a day before it still dates the article") {
    auto events = meetings;
    events.push_back(ev("b", 0, EventType::arrive).when("2025-02-04T10:00").who({"갑"}).referenced("2025-02-05"));
    events.push_back(ev("b", 1, EventType::meet).who({"갑", "을"}).referenced("2025-02-05"));
    CHECK(clusters_of(events) == Clusters{{"a#0"}, {"b#0"}, {"b#1", "c#0"}});
  }
  SECTION("with a reference, a dated report long before it is a recalled fact") {
    auto events = meetings;
    events.push_back(ev("b", 0, EventType::meet).when("2025-01-21").who({"갑", "병"}).referenced("2025-02-10"));
    events.push_back(ev("b", 1, EventType::meet).who({"갑", "을"}).referenced("2025-02-10"));
    CHECK(clusters_of(events) == Clusters{{"a#0", "b#1"}, {"b#0"}, {"c#0"}});
  }
  SECTION("through build_timeline: one 2월 4일 meeting with both documents") {
    auto events = meetings;
    events.push_back(ev("b", 0, EventType::arrive).when("2025-02-04T10:00").who({"갑"}));
    events.push_back(ev("b", 1, EventType::meet).who({"갑", "을"}));
    const auto t = build_timeline(events, {}, TimelineOptions{});
    bool found = false;
    for (const auto& e : t.events) {
      if (e.type != EventType::meet || !e.start) continue;
      if (e.start->timex() == "2025-02-04TAF") {
        found = true;
        CHECK(docs_of(e) == std::set<std::string>{"b", "c"});
      } else {
        CHECK(docs_of(e) == std::set<std::string>{"a"});
      }
    }
    CHECK(found);
  }
}

TEST_CASE("plans fold into the report of the same date, else stay plans", "[timeline][cluster]") {
  const std::vector<Event> events{
      ev("a", 0, EventType::meet).when("2025-06-02T10:00").who({"갑", "을"}),
      ev("b", 0, EventType::meet).when("2025-06-02").planned().who({"갑", "을"}),
      ev("b", 1, EventType::meet).when("2025-06-05").planned().who({"갑", "을"}),
      ev("c", 0, EventType::meet).when("2025-06-05").planned().who({"을", "갑"}),
  };
  CHECK(clusters_of(events) == Clusters{{"a#0", "b#0"}, {"b#1", "c#0"}});
  const auto t = build_timeline(events, {}, TimelineOptions{});
  REQUIRE(t.events.size() == 1);
  REQUIRE(t.plans.size() == 1);
  CHECK(docs_of(t.plans[0]) == std::set<std::string>{"b", "c"});
}

TEST_CASE("denied events are evidence, never events", "[timeline][cluster]") {
  const std::vector<Event> events{
      ev("a", 0, EventType::meet).when("2025-06-02").denied().who({"갑", "을"}),
  };
  CHECK(clusters_of(events).empty());
  const auto t = build_timeline(events, {}, TimelineOptions{});
  CHECK(t.events.empty());
  CHECK(t.observations.size() == 1);
}

TEST_CASE("movement scope comes from the words of the rules table", "[timeline][cluster]") {
  using detail::MoveScope;
  CHECK(detail::movement_scope(ev("a", 0, EventType::arrive).said("입국했다", "")) == MoveScope::country);
  CHECK(detail::movement_scope(ev("a", 0, EventType::depart).where("인천국제공항")) == MoveScope::country);
  CHECK(detail::movement_scope(ev("a", 0, EventType::arrive).where("서울김포비즈니스항공센터")) == MoveScope::country);
  CHECK(detail::movement_scope(ev("a", 0, EventType::arrive).where("삼성전자 서초사옥")) == MoveScope::site);
  CHECK(detail::movement_scope(ev("a", 0, EventType::arrive).said("도착했다", "")) == MoveScope::unknown);
}

TEST_CASE("the string interner numbers strings in order of first sight", "[timeline][cluster]") {
  detail::StringInterner names;
  std::vector<std::string> words;
  for (int i = 0; i < 500; ++i) words.push_back("이름" + std::to_string(i));  // past several growths
  for (std::size_t i = 0; i < words.size(); ++i) CHECK(names.id(words[i]) == i);
  for (std::size_t i = 0; i < words.size(); ++i) CHECK(names.id(words[i]) == i);
  CHECK(names.size() == words.size());
  CHECK(names.view(7) == "이름7");
  CHECK(names.id("") == words.size());
}

TEST_CASE("people lists hold a few names inline and spill longer lists", "[timeline][cluster]") {
  detail::PeopleList few, many, same;
  few.assign({2, 5});
  CHECK(few.size() == 2);
  CHECK(few[1] == 5);
  std::vector<std::uint32_t> long_list;
  for (std::uint32_t k = 0; k < 9; ++k) long_list.push_back(k * 3);
  many.assign(long_list);
  same.assign(long_list);
  CHECK(many.size() == 9);
  CHECK(std::vector<std::uint32_t>(many.begin(), many.end()) == long_list);
  CHECK(many == same);
  CHECK(many != few);
  many.assign({2, 5});  // back inline
  CHECK(many == few);
  // A gathering of nine people (past the inline size) still clusters by its people.
  const auto clusters = clusters_of({
      ev("a", 0, EventType::meet).when("2025-06-01T10:00").who({"갑", "을", "병", "정", "무", "기", "경", "신", "임"}),
      ev("b", 0, EventType::meet).when("2025-06-01T10:05").who({"갑", "을", "병", "정", "무", "기", "경", "신"}),
      ev("c", 0, EventType::meet).when("2025-06-01T10:00").who({"갑", "계"}),
  });
  CHECK(clusters == Clusters{{"a#0", "b#0"}, {"c#0"}});
}
