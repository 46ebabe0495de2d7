// The entity's window: from the arrival that starts its visit to the
// departure that ends it, and how that compares with the stay the articles state.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "ktimeline/detail/timeline_window.hpp"

namespace ktimeline {
namespace detail {

namespace {

// "18 h 30 min", "1 d 2 h", "40 min".
std::string spoken(Seconds s) {
  s = s < 0 ? -s : s;
  const Seconds days = s / kDay;
  const Seconds hours = (s % kDay) / kHour;
  const Seconds minutes = (s % kHour) / kMinute;
  std::string out;
  auto part = [&](Seconds n, const char* unit) {
    if (n == 0) return;
    if (!out.empty()) out += ' ';
    out += fmt::format("{} {}", n, unit);
  };
  part(days, "d");
  part(hours, "h");
  part(minutes, "min");
  return out.empty() ? "0 min" : out;
}

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool is_border_move(const FusedEvent& f, EventType type, MoveScope scope) {
  return f.event.type == type && f.scope == scope && f.event.start && f.event.start->date_known;
}

// The first event (in time order) of a type and scope, at or after `not_before`.
std::size_t first_of(const std::vector<FusedEvent>& fused, const std::vector<Placement>& placement,
                     const std::vector<std::size_t>& order, EventType type, std::optional<Seconds> not_before) {
  for (const MoveScope scope : {MoveScope::country, MoveScope::unknown}) {
    for (const auto i : order) {
      if (!is_border_move(fused[i], type, scope)) continue;
      if (not_before && (!placement[i].anchor || *placement[i].anchor < *not_before)) continue;
      return i;
    }
  }
  return kNone;
}

bool folds_into_neighbours(const TimelineEvent& e) {
  if (e.type != EventType::move && e.type != EventType::other) return false;
  return !(e.start && e.start->grain >= Grain::hour && !e.inferred);
}

// `1박 2일`, `3박4일`, `무박2일`: the nights a stay is told in, or -1. Such a
// stay counts nights (calendar days from arrival to departure), not 48 hours.
int nights_stated(std::string_view mention) {
  const std::string_view night = "\xEB\xB0\x95";  // 박
  const auto at = mention.find(night);
  if (at == std::string_view::npos) return -1;
  std::size_t end = at;
  while (end > 0 && mention[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && mention[begin - 1] >= '0' && mention[begin - 1] <= '9') --begin;
  if (begin < end && end - begin <= 2) return std::atoi(std::string(mention.substr(begin, end - begin)).c_str());
  const std::string_view none = "\xEB\xAC\xB4";  // 무
  if (end >= none.size() && mention.substr(end - none.size(), none.size()) == none) return 0;
  return -1;
}

std::string stay_text(const StatedStay& s) {
  const std::string words = s.mention.empty() ? s.duration.iso() : s.mention;
  return fmt::format("{} ({})", words, s.doc);
}

}  // namespace

bool takes_part(const TimelineEvent& event, const TimelineOptions& options) {
  for (const auto& p : event.participants) {
    if (options.matches_entity ? options.matches_entity(p) : p == options.entity) return true;
  }
  return false;
}

Duration duration_between(Seconds seconds) {
  Duration d;
  if (seconds < 0) seconds = 0;
  if (seconds >= kDay) {
    d.days = static_cast<std::int32_t>(std::min<Seconds>(seconds / kDay, INT32_MAX));
    seconds %= kDay;
  }
  d.hours = static_cast<std::int32_t>(seconds / kHour);
  d.minutes = static_cast<std::int32_t>((seconds % kHour) / kMinute);
  d.seconds = static_cast<std::int32_t>(seconds % kMinute);
  return d;
}

TimelineWindow cut_window(std::vector<FusedEvent>& fused, const std::vector<Placement>& placement,
                          const std::vector<std::size_t>& order, const std::vector<StatedStay>& stays,
                          const TimelineOptions& options, std::vector<TimelineEvent>& inside,
                          std::vector<TimelineEvent>& outside) {
  TimelineWindow w;
  w.mode = options.window;
  std::optional<Seconds> from, to;  // inclusive, compared with each event's place in time
  std::size_t arrival = kNone;
  std::size_t departure = kNone;
  const bool has_entity = !options.entity.empty() || static_cast<bool>(options.matches_entity);
  if (options.window == WindowMode::automatic && has_entity) {
    // A stay is someone's: without an entity there is no window to cut.
    arrival = first_of(fused, placement, order, EventType::arrive, std::nullopt);
    departure = first_of(fused, placement, order, EventType::depart,
                         arrival != kNone ? placement[arrival].anchor : std::nullopt);
    if (arrival != kNone) {
      w.start = fused[arrival].event.start;
      from = seconds_of(w.start->start);
    }
    if (departure != kNone) {
      w.end = fused[departure].event.start;
      to = w.end->grain >= Grain::hour ? seconds_of(w.end->start) : seconds_of(w.end->end());
    }
  } else if (options.window == WindowMode::explicit_range && options.explicit_window) {
    w.start = options.explicit_window->first;
    w.end = options.explicit_window->second;
    from = seconds_of(w.start->start);
    to = w.end->grain >= Grain::hour ? seconds_of(w.end->start) : seconds_of(w.end->end());
  }
  if (w.start && w.end) {
    const Seconds length = seconds_of(w.end->start) - seconds_of(w.start->start);
    if (length >= 0) w.duration = duration_between(length);
  }

  const bool windowed = options.window != WindowMode::all && (from || to);
  std::size_t next_event = 1, next_context = 1;
  for (const auto i : order) {
    const auto& at = placement[i].sort_at;
    bool in = true;
    if (windowed && i != arrival && i != departure) {
      in = at && (!from || *at >= *from) && (!to || *at <= *to);  // nothing places it: context, not the stay
    }
    TimelineEvent& e = fused[i].event;
    // A move (`이동했다`) or an unnamed act (`둘러봤다`) with no clock time of
    // its own is a step between the stay's events, not one of them: it stays
    // evidence (its relations already bound its neighbours) but is not shown.
    // So is one told only by its day when that day is part of the stay: its bounds may
    // reach past the departure, but it is no background event.
    const bool day_in_stay = e.start && (!from || seconds_of(e.start->end()) > *from) &&
                             (!to || seconds_of(e.start->start) <= *to);
    if (windowed && (in || day_in_stay) && i != arrival && i != departure && folds_into_neighbours(e)) continue;
    e.id = in ? fmt::format("e{}", next_event++) : fmt::format("c{}", next_context++);
    if (i == arrival) w.start_event = e.id;
    if (i == departure) w.end_event = e.id;
    (in ? inside : outside).push_back(std::move(e));
  }

  // The stay the articles state, against arrival to departure.
  std::vector<std::string> reported, notes;
  for (const auto& s : stays) {
    reported.push_back(stay_text(s));
    const Seconds stated = s.duration.approximate_seconds().count();
    if (!w.duration) continue;
    if (const int nights = nights_stated(s.mention); nights >= 0) {
      const auto days = (date::sys_days{w.end->day()} - date::sys_days{w.start->day()}).count();
      const std::string verdict =
          days == nights ? std::string{"agrees"} : fmt::format("differs by {} night(s)", std::abs(days - nights));
      notes.push_back(fmt::format("stated {} night(s) (doc {}); arrival to departure {} night(s): {}", nights, s.doc,
                                  days, verdict));
      continue;
    }
    const Seconds actual = seconds_of(w.end->start) - seconds_of(w.start->start);
    const Seconds tolerance = s.approx ? std::max<Seconds>(stated / 10, kHour) : stated / 10;
    const Seconds diff = actual > stated ? actual - stated : stated - actual;
    const std::string verdict = diff <= tolerance
                                    ? std::string{"agrees within tolerance"}
                                    : fmt::format("differs by {} (tolerance {})", spoken(diff), spoken(tolerance));
    notes.push_back(fmt::format("stated {}{} (doc {}); arrival to departure {}: {}", s.approx ? "about " : "",
                                spoken(stated), s.doc, spoken(actual), verdict));
  }
  for (std::size_t i = 0; i < reported.size(); ++i) w.reported += (i ? "; " : "") + reported[i];
  for (std::size_t i = 0; i < notes.size(); ++i) w.agreement += (i ? "; " : "") + notes[i];
  if (!stays.empty() && !w.duration) w.agreement = "no arrival and departure to compare the stated stay with";
  return w;
}

}  // namespace detail
}  // namespace ktimeline
