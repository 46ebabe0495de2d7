// Whole collections about visits nobody has seen (tests/corpus/visits): the
// bar the hidden sets are scored by, per set: event F1 >= 0.9, the events in
// the right order, every clock time within 5 minutes, and the window.
#include <catch2/catch.hpp>

#include <iostream>

#include "visit_scoring.hpp"

using namespace visit_test;

namespace {

const std::filesystem::path kVisits = std::filesystem::path(KTIMELINE_TEST_CORPUS_DIR) / "visits";

void check_set(const std::string& name) {
  const auto dir = kVisits / name;
  const auto gold = parse_gold(read_text(dir / "gold.tsv"));
  const auto t = timeline_of_folder(articles_in(dir), gold.entity);
  const auto s = score(t, gold);
  std::cout << "visits/" << name << ": F1 " << s.f1() << " (found " << s.matched << " of " << s.required
            << ", " << s.extra << " extra), order " << (s.order_right ? "right" : "WRONG") << ", time misses "
            << s.time_misses << "\n";
  std::string notes;
  for (const auto& n : s.notes) notes += n + "\n";
  INFO(notes << describe(t));
  CHECK(s.f1() >= 0.9);
  CHECK(s.order_right);
  CHECK(s.time_misses == 0);
  if (gold.window_start) {
    REQUIRE(t.window.start);
    CHECK(minutes_between(t.window.start->start, gold.window_start->start) <= 5);
    CHECK(window_end_meets(t.window.end, *gold.window_end));
  }
}

}  // namespace

TEST_CASE("visit set: a German CEO's day in Seoul", "[visits]") { check_set("helix_seoul"); }

TEST_CASE("visit set: a Korean chairman's two days in Tokyo", "[visits]") { check_set("daeyang_tokyo"); }

TEST_CASE("visit set: a president's state visit", "[visits]") { check_set("chile_state_visit"); }

TEST_CASE("visit set: a Japanese chairman in Busan with an undated article and a caption-only time", "[visits]") {
  check_set("minato_busan");
}

TEST_CASE("visit scoring: a timeline meets its gold and a shifted time does not", "[visits]") {
  TimelineEvent a;
  a.id = "e1";
  a.type = EventType::arrive;
  a.start = parse_timex_point("2025-03-12T07:40");
  a.participants = {"토마스 크뢰거"};
  Timeline t;
  t.events = {a};
  auto gold = parse_gold("entity\t크뢰거\narrive\t2025-03-12T07:43\t크뢰거\nmeet\t2025-03-12\t크뢰거\toptional\n");
  auto s = score(t, gold);
  CHECK(s.matched == 1);
  CHECK(s.extra == 0);
  CHECK(s.f1() == Approx(1.0));
  t.events[0].start = parse_timex_point("2025-03-12T07:50");
  s = score(t, gold);
  CHECK(s.matched == 0);
  CHECK(s.extra == 1);
  CHECK(s.time_misses == 1);
}
