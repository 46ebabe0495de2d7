// The Tagger: phase one over the whole text, then phase two mention by
// mention, carrying the discourse date and the paragraph's clock forward.
#include "ktimeline/tagger.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <cstdint>
#include <unordered_map>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "ktimeline/detail/embedded_tables.hpp"
#include "ktimeline/error.hpp"
#include "tagger_lexicon.hpp"
#include "tagger_match.hpp"
#include "tagger_resolve.hpp"
#include "tagger_rules.hpp"
#include "tsv_rows.hpp"

namespace ktimeline {

struct Tagger::Tables {
  detail::Lexicon lexicon;
  std::unordered_map<std::string, std::string> zones;  // place -> IANA zone
};

namespace {

// A date this close to the reference is the news of the day and becomes the
// discourse date; an older one (지난달 21일, 작년 1월) is background that only
// anchors the rest of its own sentence.
constexpr int focal_window_days = 7;

// Words after a mention, in the same sentence, that make it a plan (예정, 계획).
constexpr std::string_view future_cues[] = {"예정", "계획", "할 것", "한다고", "오는"};
constexpr std::size_t future_cue_window = 360;  // bytes: about one sentence

void load_zones(std::string_view tsv, std::unordered_map<std::string, std::string>& zones) {
  detail::for_each_tsv_row(tsv, [&](const std::vector<std::string_view>& fields, std::size_t line_number) {
    if (fields.size() != 2) throw TableError("zones.tsv", line_number, "expected: place<TAB>zone");
    zones.emplace(std::string(fields[0]), std::string(fields[1]));
  });
}

// True if a sentence ends inside `gap`: a line break, or . ? ! before a space,
// a quote or the end. Searched with memchr (SIMD) since gaps cover most bytes.
bool sentence_ends_in(std::string_view gap) {
  if (gap.find('\n') != std::string_view::npos) return true;
  for (const char mark : {'.', '?', '!'}) {
    for (auto i = gap.find(mark); i != std::string_view::npos; i = gap.find(mark, i + 1)) {
      if (i + 1 == gap.size() || gap[i + 1] == ' ' || gap[i + 1] == '"' || gap[i + 1] == '\r') return true;
    }
  }
  return false;
}

// True if the clause after a mention points forward: a cue word (예정, 계획), or a
// sentence whose final verb is non-past (열린다, 발표한다: ㄴ before the final 다,
// where the past takes ㅆ: 열렸다, 했다).
bool has_future_cue(std::string_view text, std::size_t from) {
  auto window = text.substr(from, std::min(future_cue_window, text.size() - from));
  window = window.substr(0, window.find('\n'));
  for (auto i = window.find('.'); i != std::string_view::npos; i = window.find('.', i + 1)) {
    if (i + 1 == window.size() || window[i + 1] == ' ') {
      window = window.substr(0, i);
      break;
    }
  }
  for (auto cue : future_cues) {
    if (window.find(cue) != std::string_view::npos) return true;
  }
  constexpr std::string_view da = "다";
  if (window.size() >= 2 * da.size() && window.substr(window.size() - da.size()) == da) {
    const auto before = utf8::decode(window, utf8::previous(window, window.size() - da.size())).cp;
    constexpr int final_nieun = 4;
    if (hangul::final_index(before) == final_nieun || before == U'는') return true;
  }
  return false;
}

// A result of many MB is written once, page by page; on Linux, asking for huge pages
// turns thousands of page faults (most of the time of a 50 MB text in a VM) into a few.
// Only whole 2 MB pages inside the block are advised; the advice is a hint and may fail.
void advise_huge_pages(void* data, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge = std::uintptr_t{1} << 21;
  if (bytes < 4 * huge) return;
  const auto begin = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(huge - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

const date::time_zone* find_zone(const std::string& name) {
  if (name.empty()) return nullptr;
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    return nullptr;  // an unknown zone gives values without instants, never a failure
  }
}

}  // namespace

std::vector<std::string_view> rule_ids() {
  return {detail::rules::all.begin(), detail::rules::all.end()};
}

TaggerBuilder::TaggerBuilder() = default;

TaggerBuilder& TaggerBuilder::add_lexicon(std::string_view tsv, std::string_view source_name) {
  extra_.emplace_back(std::string(source_name), std::string(tsv));
  return *this;
}

Tagger TaggerBuilder::build() const {
  auto tables = std::make_shared<Tagger::Tables>();
  tables->lexicon.add(detail::embedded_table("lexicon"), "lexicon.tsv");
  for (const auto& [source, tsv] : extra_) tables->lexicon.add(tsv, source);
  tables->lexicon.finish();
  load_zones(detail::embedded_table("zones"), tables->zones);
  return Tagger(std::move(tables));
}

std::vector<Reading> Tagger::match(std::string_view text) const {
  std::vector<Reading> readings;
  readings.reserve(text.size() / 256);  // about 4 per KB in news: no copies while it grows
  advise_huge_pages(readings.data(), readings.capacity() * sizeof(Reading));
  detail::scan_readings(tables_->lexicon, text, readings);
  return readings;
}

namespace {

Mention make_mention(std::string_view text, const Reading& r, detail::Resolution&& res) {
  Mention m;
  m.span = r.span;
  m.text = std::string(text.substr(r.span.begin, r.span.size()));
  m.value = std::move(res.value);
  m.value.unresolved = std::move(res.unresolved);
  m.rule = std::string(r.rule);
  m.anchor = std::move(res.anchor);
  m.future_cue = r.future_cue;
  return m;
}

struct Zones {
  const date::time_zone* collection = nullptr;
  const date::time_zone* local = nullptr;  // where 현지시간 is
  std::string local_name;
};

// 뉴욕에서 3일(현지시간): with no dateline, the place is the last one of the zone
// table named earlier in the same sentence (a bounded look back).
const date::time_zone* zone_named_before(std::string_view text, std::size_t pos,
                                         const std::unordered_map<std::string, std::string>& places,
                                         std::string& zone_name) {
  constexpr std::size_t look_back = 300;
  std::size_t from = pos > look_back ? pos - look_back : 0;
  auto window = text.substr(from, pos - from);
  for (const char mark : {'\n', '.'}) {
    if (auto cut = window.rfind(mark); cut != std::string_view::npos) window = window.substr(cut + 1);
  }
  std::size_t best = std::string_view::npos;
  for (const auto& [place, zone] : places) {
    const auto at = window.rfind(place);
    if (at != std::string_view::npos && (best == std::string_view::npos || at > best)) {
      best = at;
      zone_name = zone;
    }
  }
  return best == std::string_view::npos ? nullptr : find_zone(zone_name);
}

void attach_instant(Mention& m, const Reading& r, const Zones& zones, const Context& ctx) {
  auto& v = m.value;
  if (!v.unresolved.empty() || v.type != TimexType::time || v.point.grain < Grain::hour || !v.point.date_known) return;
  const date::time_zone* zone = zones.collection;
  v.zone = ctx.timezone;
  if (r.zone_hint == "local") {
    if (!zones.local) return;  // 현지시간 with no known place: the value stays local, no instant
    zone = zones.local;
    v.zone = zones.local_name;
  } else if (r.zone_hint == "korea") {
    zone = find_zone("Asia/Seoul");
    v.zone = "Asia/Seoul";
  } else if (!r.zone_hint.empty()) {
    zone = find_zone(std::string(r.zone_hint));
    v.zone = std::string(r.zone_hint);
  }
  if (!zone) return;
  try {
    v.instant = date::floor<std::chrono::seconds>(zone->to_sys(v.point.start, date::choose::earliest));
  } catch (const std::exception&) {
    // A local time that does not exist in the zone: keep the wall-clock value alone.
  }
}

bool is_focal(const detail::Resolution& res, const Context& ctx) {
  if (!ctx.reference) return true;
  const auto day = date::floor<date::days>(res.value.point.start);
  const auto ref_day = date::floor<date::days>(ctx.reference->start);
  if (ctx.reference->grain <= Grain::month) {
    const auto a = date::year_month_day{day};
    const auto b = date::year_month_day{ref_day};
    return a.year() == b.year() && a.month() == b.month();
  }
  const auto distance = (day - ref_day).count();
  return distance >= -focal_window_days && distance <= focal_window_days;
}

}  // namespace

Mention Tagger::resolve(std::string_view text, const Reading& reading, const Context& ctx,
                        const std::optional<TimePoint>& discourse_date) const {
  detail::DiscourseState state;
  if (discourse_date) state.date = date::floor<date::days>(discourse_date->start);
  auto res = detail::resolve_reading(reading, ctx, state);
  return make_mention(text, reading, std::move(res));
}

std::vector<Mention> Tagger::tag(std::string_view text, const Context& ctx) const { return tag(text, ctx, {}); }

std::vector<Mention> Tagger::tag(std::string_view text, const Context& ctx, const std::vector<ByteSpan>& asides) const {
  std::vector<Mention> mentions;
  // News carries 3-4 mentions per KB: reserving for 4 spares a long text the copies of a
  // growing vector (a large reserve is only address space until it is written).
  mentions.reserve(text.size() / 256);
  advise_huge_pages(mentions.data(), mentions.capacity() * sizeof(Mention));
  Zones zones;
  zones.collection = find_zone(ctx.timezone);
  if (!ctx.dateline.empty()) {
    if (auto z = tables_->zones.find(ctx.dateline); z != tables_->zones.end()) {
      zones.local = find_zone(z->second);
      zones.local_name = z->second;
    }
  }
  detail::DiscourseState body;
  detail::DiscourseState aside_state;
  std::size_t aside = 0;          // the next aside that may hold a reading
  bool in_aside = false;
  std::size_t cursor = 0;
  // Readings come in small batches and are resolved at once, so a long text never holds
  // all of its readings (a 50 MB text has about 190,000 of 344 bytes each).
  constexpr std::size_t batch_size = 64;
  std::vector<Reading> readings;
  readings.reserve(batch_size);
  detail::ScanState scan;
  for (bool more = true; more;) {
    readings.clear();
    more = detail::scan_readings(tables_->lexicon, text, scan, readings, batch_size);
    for (auto& r : readings) {
      // Captions and other asides start from the body's state and never change it.
      while (aside < asides.size() && asides[aside].end <= r.span.begin) {
        ++aside;
        in_aside = false;
      }
      const bool inside = aside < asides.size() && asides[aside].begin <= r.span.begin;
      if (inside && !in_aside) aside_state = body;
      in_aside = inside;
      auto& state = inside ? aside_state : body;
      const auto gap = text.substr(cursor, r.span.begin - cursor);
      if (gap.find('\n') != std::string_view::npos) state.last_clock.reset();  // a new paragraph
      if (sentence_ends_in(gap)) {
        state.sentence_date.reset();
        state.sentence_clock.reset();
      }
      // Only a day or month said without its year can turn on a future cue; look for one only then.
      const bool open_date = r.date.base == DateBase::reference && r.date.year < 0 && !r.date.year_relative &&
                             !r.date.month_relative && (r.date.day > 0 || r.date.month > 0);
      r.future_cue = r.date.direction == Direction::future || (open_date && has_future_cue(text, r.span.end));
      auto res = detail::resolve_reading(r, ctx, state);
      const bool resolved = res.unresolved.empty();
      const auto type = res.value.type;
      const auto point = res.value.point;
      const auto end_point = res.value.end_point;
      const bool names_day = resolved && r.date.said() && r.date.base != DateBase::discourse &&
                             point.grain >= Grain::day && point.date_known &&
                             (type == TimexType::date || type == TimexType::time || type == TimexType::interval) &&
                             r.offset.sign == 0;
      if (names_day) {
        if (is_focal(res, ctx)) {
          state.date = date::floor<date::days>(point.start);
          state.sentence_date.reset();
        } else {
          state.sentence_date = date::floor<date::days>(point.start);
        }
      }
      if (resolved && point.date_known && (type == TimexType::date || type == TimexType::time) &&
          point.grain >= Grain::year && point.grain != Grain::week && point.grain != Grain::weekend) {
        const date::year_month_day day{date::floor<date::days>(point.start)};
        state.named_year = static_cast<int>(day.year());
        if (point.grain >= Grain::month) state.named_month = day.year() / day.month();
      }
      auto mention = make_mention(text, r, std::move(res));
      if (r.zone_hint == "local" && !zones.local) {
        std::string zone_name;
        Zones sentence_zones = zones;
        sentence_zones.local = zone_named_before(text, r.span.begin, tables_->zones, zone_name);
        sentence_zones.local_name = zone_name;
        attach_instant(mention, r, sentence_zones, ctx);
      } else {
        attach_instant(mention, r, zones, ctx);
      }
      if (resolved && point.date_known && point.grain >= Grain::hour &&
          (type == TimexType::time || type == TimexType::interval)) {
        const auto last = type == TimexType::interval && end_point.grain >= Grain::hour ? end_point.start : point.start;
        state.last_clock = last;
        state.sentence_clock = point.start;
      }
      mentions.push_back(std::move(mention));
      cursor = r.span.end;
    }
  }
  return mentions;
}

}  // namespace ktimeline
