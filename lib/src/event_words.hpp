#pragma once
// One sentence as the event extractor reads it: runs of word characters
// (`최고경영자(CEO)와` is 최고경영자, CEO, 와), whether each sits in quotes or
// parentheses, the particle that ends it, and the predicate or cue word it is.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "event_lexicon.hpp"
#include "event_morphology.hpp"
#include "ktimeline/text.hpp"

namespace ktimeline {
namespace detail {

/// How a predicate word is used.
enum class WordUse : std::uint8_t {
  none,      // no predicate
  bare,      // a noun alone: `회동`, `3자 회동 직후`
  particle,  // a noun with a particle: `회동을`, `간담회에서`
  verbal     // conjugated: `회동했다`, `만나`, `도착한`
};

/// One run of word characters of a sentence.
struct Run {
  std::size_t begin = 0;  // bytes of the document
  std::size_t end = 0;
  bool space_before = true;        // white space (or the sentence start) before it
  bool comma_after = false;        // a comma follows it
  bool closes_quote_before = false;// a closing double quote right before it: `”라고`
  bool quoted = false;             // inside double quotes: someone's words
  bool single_quoted = false;      // inside single quotes: a name or a title
  bool in_parens = false;
  ParticleRole tail = ParticleRole::none;  // the particle ending it, if any
  std::uint8_t tail_bytes = 0;

  // The predicate it is, if any (see predicates.tsv).
  std::int32_t entry = -1;
  WordUse use = WordUse::none;
  std::size_t stem_begin = 0;      // bytes of the stem inside the run
  std::size_t stem_end = 0;
  Ending ending;                   // for verbal use
  ParticleRole noun_particle = ParticleRole::none;  // for particle use
  std::optional<EventType> compound_type;  // the type of `오찬간담회`: the strongest stem in it
  std::string_view glued_relation; // `회동후`, `도착한뒤`

  // The cue words it is (bits of cue_bit), and which.
  std::uint16_t cues = 0;
  std::int32_t relation_cue = -1;
  std::int32_t status_cue = -1;
  bool stay_adjacent = false;      // its stay cue counts only right after a duration
};

/// The best predicate reading of one run so far (read_runs' bookkeeping).
struct RunCandidate {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::int32_t entry = -1;
  WordUse use = WordUse::none;
  Ending ending;
  ParticleRole particle = ParticleRole::none;
  std::string_view glued;
  bool noun = false;
};

/// Buffers read_runs() refills for every sentence: kept by the caller across
/// the sentences of a document, so no sentence allocates once they have grown.
struct RunScratch {
  struct Region {
    std::size_t begin;
    std::size_t end;
  };
  std::vector<PhraseMatcher::Hit> hits;
  std::vector<Region> double_regions;  // spans inside double quotes
  std::vector<Region> single_regions;  // spans inside single quotes
  std::vector<RunCandidate> best;      // by run
};

/// Reads the runs of text[sentence) into `runs` (cleared first), with quotes,
/// particles, predicates and cues.
///   read_runs(doc.text, sentence.span, lexicon, runs, scratch);
void read_runs(std::string_view text, ByteSpan sentence, const EventLexicon& lexicon, std::vector<Run>& runs,
               RunScratch& scratch);

/// How strongly a type names a gathering, for compounds and merged clauses:
/// `오찬 간담회` is a meal, `간담회에 참석해` an announcement.
int type_strength(EventType type) noexcept;

}  // namespace detail
}  // namespace ktimeline
