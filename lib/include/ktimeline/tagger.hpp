#pragma once
// The temporal engine: find time mentions in Korean text and normalize them.
//
//   auto tagger = ktimeline::TaggerBuilder{}.build();          // bundled rules
//   ktimeline::Context ctx;
//   ctx.reference = ktimeline::parse_timex_point("2025-02-04T12:00");
//   for (const auto& m : tagger.tag("4일 오후 2시 40분께 도착했다", ctx))
//     fmt::print("{} {} {}\n", m.text, to_string(m.value.type), m.value.value());
//
// Two phases: match() turns text into underspecified readings (what was said);
// resolve() turns readings into values given a Context. tag() does both with a
// running discourse date. The built Tagger is immutable and thread-safe.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ktimeline/reading.hpp"
#include "ktimeline/text.hpp"
#include "ktimeline/timex.hpp"

namespace ktimeline {

/// How to resolve a date the text leaves open (`4일`, `3시`, `월요일`).
enum class Prefer : std::uint8_t { past, future };

/// What a mention is resolved against.
struct Context {
  /// The publication (reference) time; without it, dates stay partly unknown (XXXX).
  std::optional<TimePoint> reference;
  ReferenceSource reference_source = ReferenceSource::none;
  /// IANA zone of the values (where things happened unless the text says 현지시간).
  std::string timezone = "Asia/Seoul";
  Prefer prefer = Prefer::past;
  /// The place a dateline names (`워싱턴=연합뉴스` -> "워싱턴"): where 현지시간 is.
  std::string dateline;
};

/// A time mention found in the text: its span, the value, and why.
struct Mention {
  ByteSpan span;               // UTF-8 byte offsets into the tagged text, end exclusive
  std::string text;            // the covered text
  TimexValue value;            // the normalized value
  std::string rule;            // id of the rule that matched, e.g. "clock.meridiem_hour_minute"
  std::string anchor;          // what it was resolved against, e.g. "discourse date 2025-02-04"
  bool future_cue = false;     // 예정, 오는, 열린다 after a day or month said without its year
};

class Tagger;

/// The ids of every grammar rule, as reported in Mention::rule.
///   for (auto id : ktimeline::rule_ids()) fmt::print("{}\n", id);
std::vector<std::string_view> rule_ids();

/// Loads and checks the rule tables, then builds an immutable Tagger.
/// A malformed table throws ktimeline::TableError naming file and line.
class TaggerBuilder {
 public:
  TaggerBuilder();
  /// Adds lexicon rows (the format of lib/rules/lexicon.tsv) on top of the bundled ones.
  TaggerBuilder& add_lexicon(std::string_view tsv, std::string_view source_name = "user lexicon");
  Tagger build() const;

 private:
  std::vector<std::pair<std::string, std::string>> extra_;  // (source name, tsv)
};

/// The engine. Cheap to copy (shared immutable tables); const and thread-safe.
class Tagger {
 public:
  /// Every time mention of `text`, in text order, resolved against `ctx`.
  /// Bare clock times and 이날/전날 follow the running discourse date.
  std::vector<Mention> tag(std::string_view text, const Context& ctx) const;

  /// As above, where `asides` (sorted, non-overlapping: photo captions, sidebars) are
  /// read with the body's discourse date but never change it for the body.
  ///   tagger.tag(text, ctx, {caption_span});
  std::vector<Mention> tag(std::string_view text, const Context& ctx, const std::vector<ByteSpan>& asides) const;

  /// Phase one only: the readings of `text` with spans and rule ids, unresolved.
  std::vector<Reading> match(std::string_view text) const;

  /// Phase two only: one reading resolved against a context and discourse date.
  Mention resolve(std::string_view text, const Reading& reading, const Context& ctx,
                  const std::optional<TimePoint>& discourse_date) const;

  struct Tables;

 private:
  friend class TaggerBuilder;
  explicit Tagger(std::shared_ptr<const Tables> tables) : tables_(std::move(tables)) {}
  std::shared_ptr<const Tables> tables_;
};

}  // namespace ktimeline
