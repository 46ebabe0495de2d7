// Order independence and associativity: the same observations in any order,
// or split into shards built separately and merged in any grouping, give the
// same timeline (compared through describe(), which prints everything).
#include <catch2/catch.hpp>

#include <random>

#include "timeline_altman_events.hpp"
#include "timeline_tokyo_events.hpp"

using namespace timeline_test;

namespace {

std::vector<Event> all_events() {
  auto events = altman_events();
  const auto tokyo = tokyo_events();
  events.insert(events.end(), tokyo.begin(), tokyo.end());
  return events;
}

std::vector<StatedStay> all_stays() {
  auto stays = altman_stays();
  const auto tokyo = tokyo_stays();
  stays.insert(stays.end(), tokyo.begin(), tokyo.end());
  return stays;
}

std::vector<TimelineOptions> option_sets() {
  TimelineOptions everyone;
  TimelineOptions altman;
  altman.entity = kAltman;
  TimelineOptions cook_all;
  cook_all.entity = kCook;
  cook_all.window = WindowMode::all;
  return {everyone, altman, cook_all};
}

}  // namespace

TEST_CASE("any order of the input gives the same timeline", "[timeline][property]") {
  std::mt19937 rng(20250204);
  for (const auto& opts : option_sets()) {
    const std::string expected = describe(build_timeline(all_events(), all_stays(), opts));
    for (int round = 0; round < 40; ++round) {
      auto events = all_events();
      auto stays = all_stays();
      std::shuffle(events.begin(), events.end(), rng);
      std::shuffle(stays.begin(), stays.end(), rng);
      const std::string got = describe(build_timeline(events, stays, opts));
      INFO("entity '" << opts.entity << "', round " << round);
      REQUIRE(got == expected);
    }
  }
}

TEST_CASE("shards built apart and merged in any grouping give the same timeline", "[timeline][property]") {
  std::mt19937 rng(42);
  for (const auto& opts : option_sets()) {
    const std::string expected = describe(build_timeline(all_events(), all_stays(), opts));
    for (int round = 0; round < 25; ++round) {
      const std::size_t shard_count = 2 + rng() % 5;
      std::vector<std::vector<Event>> shard_events(shard_count);
      std::vector<std::vector<StatedStay>> shard_stays(shard_count);
      for (const auto& e : all_events()) {
        shard_events[rng() % shard_count].push_back(e);
        if (rng() % 8 == 0) shard_events[rng() % shard_count].push_back(e);  // overlapping shards
      }
      for (const auto& s : all_stays()) shard_stays[rng() % shard_count].push_back(s);
      std::vector<Timeline> parts;
      for (std::size_t k = 0; k < shard_count; ++k) {
        parts.push_back(build_timeline(shard_events[k], shard_stays[k], opts));
      }
      // Merge random groups of two or three until one timeline is left.
      while (parts.size() > 1) {
        std::shuffle(parts.begin(), parts.end(), rng);
        const std::size_t take = std::min<std::size_t>(parts.size(), 2 + rng() % 2);
        std::vector<Timeline> group(std::make_move_iterator(parts.end() - static_cast<std::ptrdiff_t>(take)),
                                    std::make_move_iterator(parts.end()));
        parts.resize(parts.size() - take);
        parts.push_back(merge_timelines(group, opts));
      }
      INFO("entity '" << opts.entity << "', round " << round << ", shards " << shard_count);
      REQUIRE(describe(parts.front()) == expected);
    }
  }
}

TEST_CASE("merging a timeline with itself changes nothing", "[timeline][property]") {
  TimelineOptions opts;
  opts.entity = kAltman;
  const auto t = build_timeline(altman_events(), altman_stays(), opts);
  CHECK(describe(merge_timelines({t, t}, opts)) == describe(t));
  CHECK(describe(merge_timelines({t}, opts)) == describe(t));
  CHECK(merge_timelines({}, opts).events.empty());
}

TEST_CASE("a timeline keeps all its evidence, even events outside the entity", "[timeline][property]") {
  TimelineOptions opts;
  opts.entity = kAltman;
  const auto t = build_timeline(all_events(), all_stays(), opts);
  CHECK(t.observations.size() == all_events().size());
  CHECK(t.stays.size() == all_stays().size());
  // Every event points at its observations, and each observation is used at most once.
  std::vector<int> used(t.observations.size(), 0);
  for (const auto* list : {&t.events, &t.context, &t.plans}) {
    for (const auto& e : *list) {
      REQUIRE_FALSE(e.observations.empty());
      for (const auto i : e.observations) {
        REQUIRE(i < t.observations.size());
        ++used[i];
      }
    }
  }
  CHECK(*std::max_element(used.begin(), used.end()) == 1);
}
