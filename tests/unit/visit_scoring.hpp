#pragma once
// Helpers of the whole-collection tests (seed_timeline_test.cpp,
// visit_corpus_test.cpp): run a folder of articles through the chain a
// program runs, and score a timeline against a reader's gold events.
#include <ktimeline/ktimeline.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace visit_test {

using namespace ktimeline;

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The articles (`*.txt`) of a folder, by file name.
inline std::vector<SourceDocument> articles_in(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<SourceDocument> out;
  for (const auto& f : files) out.push_back({f.stem().string(), read_text(f), {}});
  return out;
}

/// read_collection -> analyze -> timeline_of_articles, as a program runs them.
inline Timeline timeline_of_folder(const std::vector<SourceDocument>& sources, const std::string& entity) {
  const auto gazetteer = GazetteerBuilder{}.build();
  const auto tagger = TaggerBuilder{}.build();
  const EventExtractor extractor(gazetteer, tagger);
  PipelineOptions options;
  auto docs = read_collection(sources, options);
  std::vector<ArticleAnalysis> analyses;
  for (auto& d : docs) analyses.push_back(extractor.analyze(std::move(d), base_context(options)));
  TimelineRequest request;
  request.entity = entity;
  return timeline_of_articles(analyses, gazetteer, request);
}

/// One event a reader expects.
struct GoldEvent {
  std::vector<EventType> types;
  TimePoint start;
  std::vector<std::string> people;
  bool optional = false;
  std::string line;  // as written, for messages
};

struct Gold {
  std::string entity;
  std::optional<TimePoint> window_start, window_end;
  std::vector<GoldEvent> events;
};

inline std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

/// Parses a gold.tsv (tests/corpus/visits/README.md); throws on a bad row.
inline Gold parse_gold(const std::string& text) {
  Gold gold;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto cols = split(line, '\t');
    auto point = [&](const std::string& s) {
      auto p = parse_timex_point(s);
      if (!p) throw std::runtime_error("bad time in gold: " + line);
      return *p;
    };
    if (cols[0] == "entity") {
      gold.entity = cols.at(1);
    } else if (cols[0] == "window") {
      gold.window_start = point(cols.at(1));
      gold.window_end = point(cols.at(2));
    } else {
      GoldEvent g;
      for (const auto& t : split(cols.at(0), '|')) {
        auto type = parse_event_type(t);
        if (!type) throw std::runtime_error("bad type in gold: " + line);
        g.types.push_back(*type);
      }
      g.start = point(cols.at(1));
      g.people = split(cols.at(2), '|');
      g.optional = cols.size() > 3 && cols[3] == "optional";
      g.line = line;
      gold.events.push_back(std::move(g));
    }
  }
  return gold;
}

inline long long minutes_between(date::local_seconds a, date::local_seconds b) {
  return std::llabs(std::chrono::duration_cast<std::chrono::minutes>(a - b).count());
}

inline bool is_clock(const TimePoint& p) { return p.grain >= Grain::hour; }

/// A gold name is a participant equal to it, containing it or inside it.
inline bool takes_part(const TimelineEvent& e, const std::string& name) {
  return std::any_of(e.participants.begin(), e.participants.end(), [&](const std::string& p) {
    return p.find(name) != std::string::npos || name.find(p) != std::string::npos;
  });
}

/// Whether a timeline event's time meets a gold START (see the README).
inline bool time_meets(const TimelineEvent& e, const TimePoint& gold) {
  if (is_clock(gold)) return e.start && is_clock(*e.start) && minutes_between(e.start->start, gold.start) <= 5;
  if (e.start) return e.start->start >= gold.start && e.start->end() <= gold.end();
  if (!e.start_bounds) return false;
  const auto& b = *e.start_bounds;
  auto inside = [&](const std::optional<TimePoint>& p) {
    return p && p->start >= gold.start && p->start <= gold.end();
  };
  return inside(b.earliest) && inside(b.latest);
}

inline bool meets(const TimelineEvent& e, const GoldEvent& g) {
  if (std::find(g.types.begin(), g.types.end(), e.type) == g.types.end()) return false;
  if (!time_meets(e, g.start)) return false;
  return std::all_of(g.people.begin(), g.people.end(), [&](const std::string& n) { return takes_part(e, n); });
}

struct Score {
  std::size_t required = 0, matched = 0, extra = 0;
  bool order_right = true;
  std::size_t time_misses = 0;      // required clock rows with a same-type event that day at another time
  std::vector<std::string> notes;   // what went wrong, for messages
  double precision() const { return matched + extra ? double(matched) / double(matched + extra) : 1.0; }
  double recall() const { return required ? double(matched) / double(required) : 1.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

/// Matches gold rows, in order, to the closest unmatched in-window event.
inline Score score(const Timeline& t, const Gold& gold) {
  Score s;
  std::vector<int> taken(t.events.size(), -1);
  std::vector<std::size_t> order;  // matched event index per matched row, in gold order
  for (std::size_t gi = 0; gi < gold.events.size(); ++gi) {
    const auto& g = gold.events[gi];
    if (!g.optional) ++s.required;
    std::optional<std::size_t> best;
    long long best_distance = 0;
    for (std::size_t i = 0; i < t.events.size(); ++i) {
      if (taken[i] >= 0 || !meets(t.events[i], g)) continue;
      const long long d = t.events[i].start ? minutes_between(t.events[i].start->start, g.start.start) : 100000;
      if (!best || d < best_distance) {
        best = i;
        best_distance = d;
      }
    }
    if (!best) {
      if (!g.optional) {
        s.notes.push_back("missed: " + g.line);
        for (const auto& e : t.events) {
          const bool same_type = std::find(g.types.begin(), g.types.end(), e.type) != g.types.end();
          if (is_clock(g.start) && same_type && e.start && e.start->day() == g.start.day() &&
              std::all_of(g.people.begin(), g.people.end(), [&](const std::string& n) { return takes_part(e, n); })) {
            ++s.time_misses;
            s.notes.push_back("  at another time: " + e.id + " " + e.start->timex());
            break;
          }
        }
      }
      continue;
    }
    taken[*best] = static_cast<int>(gi);
    if (!g.optional) ++s.matched;
    if (!order.empty() && *best < order.back()) {
      s.order_right = false;
      s.notes.push_back("out of order: " + g.line + " is " + t.events[*best].id);
    }
    order.push_back(*best);
  }
  for (std::size_t i = 0; i < t.events.size(); ++i) {
    if (taken[i] >= 0) continue;
    ++s.extra;
    const auto& e = t.events[i];
    s.notes.push_back("extra: " + e.id + " " + std::string(to_string(e.type)) + " " +
                      (e.start ? e.start->timex() : "-") + " " + e.summary);
  }
  return s;
}

/// True when a timeline window end `got` is within 5 minutes of a gold clock
/// time, or inside a gold unit.
inline bool window_end_meets(const std::optional<TimePoint>& got, const TimePoint& gold) {
  if (!got) return false;
  if (is_clock(gold)) return minutes_between(got->start, gold.start) <= 5;
  return got->start >= gold.start && got->start < gold.end();
}

}  // namespace visit_test
