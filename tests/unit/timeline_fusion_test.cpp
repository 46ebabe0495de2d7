// Fusion: which reported value wins, what is a refinement and what a conflict.
#include <catch2/catch.hpp>

#include "ktimeline/detail/timeline_fusion.hpp"
#include "ktimeline/detail/timeline_observation.hpp"
#include "timeline_fixtures.hpp"

using namespace timeline_test;
namespace detail = ktimeline::detail;

namespace {

detail::FusedEvent fuse(std::vector<Event> events) {
  detail::canonicalize(events);
  std::vector<std::size_t> all(events.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  return detail::fuse_cluster(events, all, detail::movement_scopes(events));  // the result holds copies
}

}  // namespace

TEST_CASE("containment: units contain the clock times inside them", "[timeline][fusion]") {
  CHECK(detail::contains(at("2025-02-04"), at("2025-02-04T14:40")));
  CHECK(detail::contains(at("2025-02-04TAF"), at("2025-02-04T14:40")));
  CHECK(detail::contains(at("2025-02-03TNI"), at("2025-02-03T23:00")));
  CHECK_FALSE(detail::contains(at("2025-02-03TAF"), at("2025-02-03T23:00")));
  CHECK_FALSE(detail::contains(at("2025-02-04T14:00"), at("2025-02-04T14:40")));  // a clock time is a point
  CHECK(detail::agrees(at("2025-02"), at("2025-02-04TMO")));
  CHECK_FALSE(detail::agrees(at("2025-02-04TMO"), at("2025-02-04TAF")));
}

TEST_CASE("a containing value is a refinement, a disjoint one a conflict", "[timeline][fusion]") {
  const auto f = fuse({
      ev("a", 0, EventType::arrive).when("2025-02-04").who({"갑"}),
      ev("b", 0, EventType::arrive).when("2025-02-04T14:40").approx().who({"갑"}),
      ev("c", 0, EventType::arrive).when("2025-02-04TAF").who({"갑"}),
  });
  REQUIRE(f.event.start);
  CHECK(f.event.start->timex() == "2025-02-04T14:40");
  CHECK(f.event.approx);
  CHECK(f.start_docs == 3);
  CHECK(f.event.conflicts.empty());

  const auto g = fuse({
      ev("a", 0, EventType::arrive).when("2025-02-04TMO").who({"갑"}),
      ev("b", 0, EventType::arrive).when("2025-02-04T14:40").approx().who({"갑"}),
  });
  REQUIRE(g.event.conflicts.size() == 1);
  CHECK(g.event.conflicts[0].field == "start");
  CHECK(g.event.conflicts[0].values == std::vector<std::string>{"2025-02-04T14:40", "2025-02-04TMO"});
}

TEST_CASE("two clock times are never averaged", "[timeline][fusion]") {
  const auto f = fuse({
      ev("a", 0, EventType::depart).when("2025-02-04T17:30").approx().who({"갑"}),
      ev("b", 0, EventType::depart).when("2025-02-04T18:10").approx().who({"갑"}),
  });
  REQUIRE(f.event.start);
  const auto v = f.event.start->timex();
  CHECK((v == "2025-02-04T17:30" || v == "2025-02-04T18:10"));
  REQUIRE(f.event.conflicts.size() == 1);
  CHECK(f.event.conflicts[0].chosen == v);
}

TEST_CASE("body text wins over a caption, and a finer caption value refines the body", "[timeline][fusion]") {
  const auto f = fuse({
      ev("a", 0, EventType::meet).when("2025-02-04T10:00").who({"갑", "을"}).caption(),
      ev("a", 1, EventType::meet).when("2025-02-04T11:00").who({"갑", "을"}),
  });
  CHECK(f.event.start->timex() == "2025-02-04T11:00");
  REQUIRE(f.event.conflicts.size() == 1);
  CHECK(f.event.conflicts[0].why.find("caption") != std::string::npos);
  CHECK_FALSE(f.start_caption_only);

  const auto g = fuse({
      ev("a", 0, EventType::meet).when("2025-02-04T14:40").who({"갑", "을"}).caption(),
      ev("b", 0, EventType::meet).when("2025-02-04TAF").who({"갑", "을"}),
  });
  CHECK(g.event.start->timex() == "2025-02-04T14:40");
  CHECK(g.event.conflicts.empty());
}

TEST_CASE("more documents win over one", "[timeline][fusion]") {
  const auto f = fuse({
      ev("a", 0, EventType::meet).when("2025-02-04T10:05").who({"갑", "을"}),
      ev("b", 0, EventType::meet).when("2025-02-04T10:00").approx().who({"갑", "을"}),
      ev("c", 0, EventType::meet).when("2025-02-04T10:00").approx().who({"갑", "을"}),
  });
  CHECK(f.event.start->timex() == "2025-02-04T10:00");
  CHECK(f.start_docs == 2);
  REQUIRE(f.event.conflicts.size() == 1);
  CHECK(f.event.conflicts[0].why.find("more sources (2 documents vs 1)") != std::string::npos);
}

TEST_CASE("a plan is a source, never the time or the participants", "[timeline][fusion]") {
  const auto f = fuse({
      ev("a", 0, EventType::meet).when("2025-02-04T10:00").who({"갑", "을"}),
      ev("b", 0, EventType::meet).when("2025-02-04T15:00").planned().who({"갑", "을", "병"}),
  });
  CHECK(f.event.status == EventStatus::reported);
  CHECK(f.event.start->timex() == "2025-02-04T10:00");
  CHECK(f.event.conflicts.empty());
  CHECK(f.event.participants == std::vector<std::string>{"갑", "을"});
  REQUIRE(f.event.sources.size() == 2);
  CHECK(f.event.sources[1].planned);
}

TEST_CASE("durations, places and participants fuse by support", "[timeline][fusion]") {
  const auto f = fuse({
      ev("a", 0, EventType::meet).when("2025-02-04T10:00").lasting("PT40M").approx().who({"갑", "을"}).where("플라자 호텔"),
      ev("b", 0, EventType::meet).when("2025-02-04T10:00").lasting("PT40M").who({"을", "갑", "병"}).where("더 플라자 호텔"),
      ev("c", 0, EventType::meet).when("2025-02-04T10:00").lasting("PT1H").who({"갑"}).where("롯데호텔"),
  });
  REQUIRE(f.event.duration);
  CHECK(f.event.duration->iso() == "PT40M");
  CHECK_FALSE(f.duration_approx);  // one report states it exactly
  CHECK(f.event.end->timex() == "2025-02-04T10:40");
  CHECK(f.event.place == "더 플라자 호텔");
  CHECK(f.event.participants == std::vector<std::string>{"갑", "을", "병"});
  const auto* duration = conflict_on(f.event, "duration");
  REQUIRE(duration);
  CHECK(duration->values == std::vector<std::string>{"PT40M", "PT1H"});
  CHECK(duration->value_docs == std::vector<std::vector<std::string>>{{"a", "b"}, {"c"}});
  const auto* place = conflict_on(f.event, "place");
  REQUIRE(place);
  CHECK(place->values == std::vector<std::string>{"더 플라자 호텔", "롯데호텔"});
  CHECK(f.event.conflicts.front().field == "duration");  // ordered by field
}

TEST_CASE("a part of day supported by more documents never beats a clock time inside it", "[timeline][fusion]") {
  // 300 reports of one meeting: 100 say 14:00, 30 say 15:30, 150 only 오후
  // (TAF) and 20 오전 (TMO). 오후 agrees with both clock times, so it counts
  // 280 documents; yet the finest compatible value wins, 오후 is support for
  // 14:00 (not a conflict), and 오전, which does not contain 14:00, stays one.
  std::vector<Event> events;
  auto doc = [](int n) {
    std::string id = std::to_string(n);
    return std::string(4 - id.size(), '0') + id;
  };
  int n = 0;
  for (int k = 0; k < 100; ++k) events.push_back(ev(doc(n++), 0, EventType::meet).when("2025-02-04T14:00").who({"갑", "을"}));
  for (int k = 0; k < 30; ++k) events.push_back(ev(doc(n++), 0, EventType::meet).when("2025-02-04T15:30").who({"갑", "을"}));
  for (int k = 0; k < 150; ++k) events.push_back(ev(doc(n++), 0, EventType::meet).when("2025-02-04TAF").who({"갑", "을"}));
  for (int k = 0; k < 20; ++k) events.push_back(ev(doc(n++), 0, EventType::meet).when("2025-02-04TMO").who({"갑", "을"}));
  REQUIRE(events.size() == 300);
  const auto f = fuse(events);
  REQUIRE(f.event.start);
  CHECK(f.event.start->timex() == "2025-02-04T14:00");
  CHECK(f.start_docs == 250);  // its own 100 and the 150 afternoons that contain it
  const auto* start = conflict_on(f.event, "start");
  REQUIRE(start);
  CHECK(start->values == std::vector<std::string>{"2025-02-04T14:00", "2025-02-04T15:30", "2025-02-04TMO"});
  CHECK(start->value_docs[0].size() == 100);
  CHECK(start->docs.size() == 150);  // 오후 documents are not involved in the conflict
  CHECK(start->why.find("more sources (250 documents vs 180)") != std::string::npos);

  SECTION("with no rival clock time, the part of day refines it and nothing conflicts") {
    std::vector<Event> agreeing;
    for (const auto& e : events) {
      if (e.start->timex() == "2025-02-04T14:00" || e.start->timex() == "2025-02-04TAF") agreeing.push_back(e);
    }
    const auto g = fuse(agreeing);
    CHECK(g.event.start->timex() == "2025-02-04T14:00");
    CHECK(g.start_docs == 250);
    CHECK(g.event.conflicts.empty());
  }
  SECTION("a date around both the part of day and the clock time is support too") {
    auto more = events;
    for (int k = 0; k < 200; ++k) more.push_back(ev(doc(n + k), 0, EventType::meet).when("2025-02-04").who({"갑", "을"}));
    const auto g = fuse(more);
    CHECK(g.event.start->timex() == "2025-02-04T14:00");
    CHECK(g.start_docs == 450);
  }
}
