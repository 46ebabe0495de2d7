#pragma once
// Phase two: turning a Reading into a value, given the reference time, the
// discourse date and what the paragraph said before (normalization.md).
#include <optional>
#include <string>

#include "ktimeline/reading.hpp"
#include "ktimeline/tagger.hpp"

namespace ktimeline {
namespace detail {

/// What earlier mentions of the same document established.
struct DiscourseState {
  std::optional<date::local_days> date;           // the date most recently named (focal)
  std::optional<date::local_days> sentence_date;  // a background date named in this sentence only
  std::optional<date::local_seconds> last_clock;  // the previous clock time of this paragraph
  std::optional<date::local_seconds> sentence_clock;  // the previous clock time of this sentence
  std::optional<int> named_year;                  // the year last named (같은 해 6월)
  std::optional<date::year_month> named_month;    // the month last named (같은 달 12일)
};

/// The resolved value and a few words on what it was anchored to.
struct Resolution {
  TimexValue value;
  std::string anchor;
  std::string unresolved;  // a value with unknown parts ("XXXX-XX-04"), when nothing anchors it
};

/// Resolves one reading; never throws on odd input (a bad date becomes unresolved).
Resolution resolve_reading(const Reading& r, const Context& ctx, const DiscourseState& state);

}  // namespace detail
}  // namespace ktimeline
