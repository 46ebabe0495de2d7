#pragma once
// Phase one: reading time expressions out of text, left to right, longest
// first. The grammar below names its productions with rule ids; the words it
// reads come from the lexicon, never from literals here.
#include <string_view>
#include <vector>

#include "ktimeline/reading.hpp"
#include "tagger_lexicon.hpp"

namespace ktimeline {
namespace detail {

/// Appends every reading of `text` in order; readings never overlap.
void scan_readings(const Lexicon& lexicon, std::string_view text, std::vector<Reading>& out);

/// Where a scan stopped: pass it back to go on from there.
struct ScanState {
  std::size_t pos = 0;
  bool boundary = true;         // the previous character lets a mention start (a non-word character)
  bool previous_digit = false;  // `3.` and `1,` keep a number going (3.5일, 1,000일)
};

/// As above, from `state` on, stopping once `out` holds `limit` readings. Returns true
/// if the text may hold more. Lets tag() resolve a long text in small batches instead
/// of keeping every reading of it in memory.
///   ScanState s; while (scan_readings(lex, text, s, batch, 256)) { ...; batch.clear(); }
bool scan_readings(const Lexicon& lexicon, std::string_view text, ScanState& state, std::vector<Reading>& out,
                   std::size_t limit);

}  // namespace detail
}  // namespace ktimeline
