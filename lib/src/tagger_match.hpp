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

}  // namespace detail
}  // namespace ktimeline
