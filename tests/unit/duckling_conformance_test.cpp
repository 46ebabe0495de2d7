// Duckling's Korean corpus (../shared/conformance/duckling-ko) as a peer's test
// suite for --prefer future. Duckling states values as points or intervals at
// a grain; this test translates our TIMEX3 values into the same terms:
//   - a point passes when our value has the same grain and the same start;
//   - an interval passes when our start and our end's exclusive limit equal
//     Duckling's `from` and (exclusive) `to`; parts of day count as intervals;
//   - a duration passes when it is exactly that many units.
// A phrase must be covered from its first byte by one mention; only particles
// (에, 에는) may be left over. The pass rate is printed and must not fall.
#include <catch2/catch.hpp>
#include <date/date.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "ktimeline/tagger.hpp"

using namespace ktimeline;
using json = nlohmann::json;

namespace {

// The lowest pass rate we accept; raise it as the engine improves.
constexpr double minimum_pass_rate = 0.90;

std::optional<date::local_seconds> parse_duckling_time(const std::string& iso) {
  // "2013-02-12T04:30:00.000-02:00" or "2013-02-12T04:30:00": wall-clock time.
  // Reuse our own parser: "2013-02-12T04:30:00" is a TIMEX3 value with seconds.
  return parse_timex_point(iso.substr(0, 19)).value_or(TimePoint{}).start;
}

Grain grain_of(const std::string& g) {
  if (g == "second") return Grain::second;
  if (g == "minute") return Grain::minute;
  if (g == "hour") return Grain::hour;
  if (g == "day") return Grain::day;
  if (g == "week") return Grain::week;
  if (g == "month") return Grain::month;
  if (g == "quarter") return Grain::quarter;
  return Grain::year;
}

bool only_particles_left(std::string_view rest) {
  for (std::string_view particle : {"", "에", "에는", " "}) {
    if (rest == particle) return true;
  }
  return false;
}

bool value_matches(const Mention& m, const json& expected) {
  const auto& v = m.value;
  const std::string type = expected.at("type");
  if (type == "duration") {
    if (v.type != TimexType::duration) return false;
    const long n = expected.at("value");
    const std::string unit = expected.at("unit");
    const auto& d = v.duration;
    const long seconds = d.approximate_seconds().count();
    if (unit == "second") return seconds == n;
    if (unit == "minute") return seconds == n * 60;
    if (unit == "hour") return seconds == n * 3600;
    if (unit == "day") return seconds == n * 86400;
    return false;
  }
  if (!v.unresolved.empty()) return false;
  const Grain grain = grain_of(expected.value("grain", "day"));
  if (type == "value") {
    const auto t = parse_duckling_time(expected.at("value"));
    if (!t || (v.type != TimexType::date && v.type != TimexType::time)) return false;
    return v.point.grain == grain && v.point.start == *t;
  }
  if (type == "interval") {
    if (!expected.contains("from") || !expected.contains("to")) return false;  // open intervals: not in TIMEX3 terms
    const auto from = parse_duckling_time(expected.at("from"));
    const auto to = parse_duckling_time(expected.at("to"));
    if (!from || !to) return false;
    if (v.type == TimexType::interval) return v.point.start == *from && v.end_point.end() == *to;
    if (v.point.grain == Grain::part_of_day || v.point.grain == Grain::weekend) {
      return v.point.start == *from && v.point.end() == *to;
    }
    return false;
  }
  return false;
}

struct Tally {
  int passed = 0;
  int total = 0;
  std::string misses;  // one line per phrase that did not pass
};

Tally run_file(const Tagger& tagger, const std::string& path) {
  Tally tally;
  std::ifstream in(path);
  std::string line;
  Context ctx;
  ctx.prefer = Prefer::future;
  ctx.reference = parse_timex_point("2013-02-12");
  ctx.reference->start += std::chrono::hours{4} + std::chrono::minutes{30};
  ctx.reference->grain = Grain::second;
  ctx.timezone = "Etc/GMT+2";  // UTC-2, as the corpus states
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto row = json::parse(line);
    const std::string text = row.at("text");
    ++tally.total;
    const auto mentions = tagger.tag(text, ctx);
    bool ok = false;
    if (mentions.size() == 1 && mentions[0].span.begin == 0 &&
        only_particles_left(std::string_view(text).substr(mentions[0].span.end))) {
      ok = value_matches(mentions[0], row.at("expected"));
    }
    if (ok) ++tally.passed;
    else tally.misses += text + " -> " +
                         (mentions.empty() ? std::string("(none)") : mentions[0].text + " = " + mentions[0].value.value()) +
                         "\n";
  }
  return tally;
}

}  // namespace

TEST_CASE("Duckling's Korean corpus in future mode", "[tagger][conformance]") {
  const std::string dir = std::string(KTIMELINE_SHARED_DIR) + "/conformance/duckling-ko/";
  if (!std::ifstream(dir + "duckling_ko_time.jsonl")) {
    WARN("../shared/conformance/duckling-ko is not here; the conformance run needs it");
    return;
  }
  const auto tagger = TaggerBuilder{}.build();
  Tally all;
  for (const char* file : {"duckling_ko_time.jsonl", "duckling_ko_duration.jsonl"}) {
    const auto t = run_file(tagger, dir + file);
    all.passed += t.passed;
    all.total += t.total;
    all.misses += t.misses;
  }
  const double rate = all.total == 0 ? 0.0 : static_cast<double>(all.passed) / all.total;
  std::cout << "duckling-ko conformance: " << all.passed << " of " << all.total << " pass ("
            << static_cast<int>(rate * 1000) / 10.0 << " %)\n";
  CHECK(all.total == 224);
  INFO("phrases that do not pass:\n" << all.misses);
  CHECK(rate >= minimum_pass_rate);
}
