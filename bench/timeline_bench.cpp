// Building and merging timelines of 10^5 and 10^6 synthetic events.
//
// The synthetic collection imitates news: stories about many people on many
// days, each story a day of several real events (arrivals, meetings, meals,
// announcements, departures) at its own places. Most stories are told by one
// to three articles, some by a few dozen, and a few big ones by hundreds (one
// meeting reported by every outlet), so clusters range from one report to
// hundreds. Famous people come back in many stories on nearby days. Each
// article reports most of the story's events, at clock times (some
// approximate and a few minutes off), parts of day, dates, or with no time but
// a relation to the event told before it (곧바로, 이후); attendees listed vary
// from article to article, places are named at two precisions, some reports
// are photo captions and a few are announced plans.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "ktimeline/timeline.hpp"

namespace {

using namespace ktimeline;

// How many articles tell a story: mostly one to three, sometimes dozens, rarely hundreds.
int articles_of_story(std::mt19937_64& rng) {
  const int roll = std::uniform_int_distribution<int>(0, 999)(rng);
  if (roll < 900) return std::uniform_int_distribution<int>(1, 3)(rng);
  if (roll < 990) return std::uniform_int_distribution<int>(4, 40)(rng);
  return std::uniform_int_distribution<int>(100, 500)(rng);
}

std::vector<Event> synthetic_events(std::size_t target) {
  std::mt19937_64 rng(7);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  constexpr int people = 20000;
  constexpr int famous = 200;  // people in the news again and again
  constexpr EventType day_plan[] = {EventType::arrive, EventType::attend, EventType::meet,     EventType::meet,
                                    EventType::meal,   EventType::move,   EventType::announce, EventType::depart};
  std::vector<Event> out;
  out.reserve(target + 64);
  std::size_t story = 0;
  while (out.size() < target) {
    const int articles = articles_of_story(rng);
    const bool big = articles > 3;
    const std::string person = "인물" + std::to_string(big || uniform(0, 9) == 0 ? uniform(0, famous - 1)
                                                                                  : uniform(famous, people - 1));
    const auto day = date::local_days{date::year{2024} / 1 / 1} + date::days{uniform(0, 700)};
    // The real events of the day.
    struct Real {
      EventType type;
      int minute;
      int length;
      std::string counterpart;
      std::vector<std::string> attendees;  // others present, each article names some
      std::string place;
      std::string venue;  // the place's longer name
    };
    std::vector<Real> real;
    int minute = uniform(7 * 60, 10 * 60);
    for (const auto type : day_plan) {
      if (uniform(0, 9) == 0) continue;  // not every day has every kind of event
      Real r{type, minute, uniform(2, 12) * 10, "상대" + std::to_string(uniform(0, 1 << 20)), {},
             "장소" + std::to_string(uniform(0, 5000)), {}};
      r.venue = "도시" + std::to_string(uniform(0, 50)) + " " + r.place;
      for (int k = uniform(0, 4); k > 0; --k) r.attendees.push_back("배석" + std::to_string(uniform(0, 1 << 20)));
      real.push_back(std::move(r));
      minute += real.back().length + uniform(0, 6) * 10;
    }
    for (int d = 0; d < articles && out.size() < target; ++d) {
      const std::string doc = "doc" + std::to_string(story) + "_" + std::to_string(d);
      std::size_t index = 0;
      bool told_previous = false;
      for (const auto& r : real) {
        if (uniform(0, 9) < 3) {
          told_previous = false;
          continue;  // this article leaves it out
        }
        Event e;
        e.doc = doc;
        e.index = index++;
        e.type = r.type;
        e.status = uniform(0, 49) == 0 ? EventStatus::planned : EventStatus::reported;
        e.subject = person;
        e.participants = {person};
        if (r.type == EventType::meet || r.type == EventType::meal || r.type == EventType::announce) {
          e.participants.push_back(r.counterpart);
          for (const auto& a : r.attendees) {
            if (uniform(0, 2) == 0) e.participants.push_back(a);
          }
        }
        if (r.type == EventType::arrive || r.type == EventType::depart) e.place = "국제공항";
        else if (uniform(0, 4) > 0) e.place = uniform(0, 1) ? r.place : r.venue;
        e.predicate = r.type == EventType::arrive ? "입국했다" : r.type == EventType::depart ? "출국했다" : "했다";
        e.summary = std::string{to_string(r.type)} + " " + r.counterpart;
        e.sentence = e.summary + " 문장 " + std::to_string(uniform(0, 3));
        const int form = uniform(0, 9);
        const auto at = day + std::chrono::minutes{r.minute};
        if (form < 5) {
          e.approx = form < 3;
          const int jitter = e.approx ? uniform(-2, 2) * 5 : 0;
          e.start = TimePoint::at_minute(at + std::chrono::minutes{jitter});
          e.time_text = "시각";
        } else if (form < 7) {
          TimePoint p = TimePoint::at_day(date::year_month_day{day});
          p.grain = Grain::part_of_day;
          p.part = r.minute < 12 * 60 ? DayPart::morning : DayPart::afternoon;
          p.start += std::chrono::hours{r.minute < 12 * 60 ? 6 : 12};
          e.start = p;
          e.time_text = "오전";
        } else if (form < 8) {
          e.start = TimePoint::at_day(date::year_month_day{day});
          e.time_text = "이날";
        } else if (told_previous) {
          e.relations.push_back(EventRelation{uniform(0, 1) ? RelationKind::right_after : RelationKind::after,
                                              index - 2, std::nullopt, "곧바로"});
        }
        if (uniform(0, 3) == 0) {
          Duration length;
          length.minutes = r.length;
          e.duration = length;
        }
        e.from_caption = uniform(0, 19) == 0;
        out.push_back(std::move(e));
        told_previous = true;
      }
    }
    ++story;
  }
  out.resize(target);
  return out;
}

const std::vector<Event>& events_of_size(std::size_t n) {
  // Each size is generated on first use only (a profile of the small one should not pay for the large one).
  if (n == 100'000) {
    static const std::vector<Event> small = synthetic_events(100'000);
    return small;
  }
  static const std::vector<Event> large = synthetic_events(1'000'000);
  return large;
}

void BM_BuildTimeline(benchmark::State& state) {
  const auto& events = events_of_size(static_cast<std::size_t>(state.range(0)));
  std::size_t clusters = 0;
  Timeline t;
  for (auto _ : state) {
    state.PauseTiming();
    t = Timeline{};  // freeing the last result is not building
    std::vector<Event> copy = events;
    state.ResumeTiming();
    t = build_timeline(std::move(copy), {}, TimelineOptions{});
    clusters = t.events.size() + t.context.size();
    benchmark::DoNotOptimize(clusters);
  }
  std::size_t largest = 0;
  for (const auto& e : t.events) largest = std::max(largest, e.observations.size());
  state.counters["largest_cluster"] = static_cast<double>(largest);
  state.counters["events_in"] = static_cast<double>(events.size());
  state.counters["events_out"] = static_cast<double>(clusters);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(events.size()));
}
BENCHMARK(BM_BuildTimeline)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_MergeShards(benchmark::State& state) {
  const auto& events = events_of_size(static_cast<std::size_t>(state.range(0)));
  constexpr std::size_t shards = 8;
  std::vector<Timeline> parts;
  for (std::size_t k = 0; k < shards; ++k) {
    // Whole documents go to one shard: the way a collection is split in practice.
    std::vector<Event> shard;
    for (const auto& e : events) {
      if (std::hash<std::string>{}(e.doc) % shards == k) shard.push_back(e);
    }
    parts.push_back(build_timeline(std::move(shard), {}, TimelineOptions{}));
  }
  Timeline t;
  for (auto _ : state) {
    state.PauseTiming();
    t = Timeline{};  // freeing the last result is not merging
    state.ResumeTiming();
    t = merge_timelines(parts, TimelineOptions{});
    benchmark::DoNotOptimize(t.events.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(events.size()));
}
BENCHMARK(BM_MergeShards)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
