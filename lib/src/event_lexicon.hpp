#pragma once
// The event extractor's word tables, parsed once: predicates
// (lib/rules/predicates.tsv), cue words (event_cues.tsv) and particles
// (event_particles.tsv), with one automaton that finds every stem, verb form
// and cue of a sentence in a single pass. Immutable once built.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entity_detail.hpp"
#include "event_morphology.hpp"
#include "ktimeline/event.hpp"
#include "phrase_matcher.hpp"

namespace ktimeline {
namespace detail {

enum class Morph : std::uint8_t { noun, verb };
enum class PredicateRole : std::uint8_t { predicate, event, support, saying, nonevent };

/// Flags of predicates.tsv, one bit each.
enum PredicateFlag : std::uint16_t {
  flag_verbal = 1u << 0,
  flag_partner = 1u << 1,
  flag_place = 1u << 2,
  flag_destination = 1u << 3,
  flag_generic = 1u << 4,
  flag_complete = 1u << 5,
  flag_join = 1u << 6,
  flag_cancel = 1u << 7,
  flag_continue = 1u << 8,  // `회담은 70분간 이어졌다`: time for the noun event told before
};

struct PredicateEntry {
  std::string stem;
  Morph morph = Morph::noun;
  PredicateRole role = PredicateRole::predicate;
  std::optional<EventType> type;  // none for `-`
  std::uint16_t flags = 0;
  std::string label;              // the summary noun: the stem unless given
  std::string after_word;         // `after=마주`: an event only right after this word
  bool has(PredicateFlag f) const noexcept { return (flags & f) != 0; }
};

enum class CueKind : std::uint8_t {
  relation, status, purpose, occasion, plural, sequence, press, stay, hearsay, quote, shift
};

/// One bit per cue kind, for a word's set of cues.
constexpr std::uint16_t cue_bit(CueKind k) noexcept { return static_cast<std::uint16_t>(1u << static_cast<unsigned>(k)); }

struct CueEntry {
  std::string text;
  CueKind kind = CueKind::relation;
  RelationKind relation = RelationKind::after;
  EventStatus status = EventStatus::reported;
  bool adjacent = false;  // stay cues: only right after the duration
};

enum class ParticleRole : std::uint8_t {
  none, subject, comitative, object, genitive, dative, locative, goal, direction, copula, other,
  list  // a comma or `및` before the next name: the role of the list's end
};

/// What a phrase of the automaton stands for.
struct LexPhrase {
  enum class What : std::uint8_t { noun_stem, verb_base, cue } what = What::noun_stem;
  std::uint32_t index = 0;             // into predicates or cues
  BaseKind base = BaseKind::plain;     // verb bases only
};

struct EventLexicon {
  EventLexicon() = default;
  EventLexicon(EventLexicon&&) = default;
  EventLexicon& operator=(EventLexicon&&) = default;
  // `particles` views the strings of `particle_texts`: never copied, only moved.
  EventLexicon(const EventLexicon&) = delete;
  EventLexicon& operator=(const EventLexicon&) = delete;

  std::vector<PredicateEntry> predicates;
  std::vector<CueEntry> cues;
  std::vector<LexPhrase> phrases;      // by automaton id
  PhraseMatcher matcher;
  std::vector<std::string> particle_texts;   // owns the keys of `particles`
  std::unordered_map<std::string_view, ParticleRole> particles;
  std::vector<bool> particle_finals;         // by syllable: some particle ends in it
  // The particles of at most four characters, each key reversed byte by
  // byte (value: the role): one walk back from a word's end finds them all.
  KeyTrie particle_ends;
  /// 하, 했, 한, 된 ...: what 하다/되다 add to a noun, by their one syllable.
  std::vector<std::pair<char32_t, ConjugationBase>> light_verbs;
  std::vector<std::string> facility_suffixes;  // 호텔, 사옥, 공항 ...: the most specific places
  std::vector<std::string> memorial_suffixes;  // 현충원, 묘역, 기념관 ...: visited to pay respects

  /// True when a place name ends like a building or site (`더 플라자 호텔`).
  bool facility(std::string_view name) const;

  /// True when a place name ends like a place of remembrance: memorial("국립서울현충원").
  bool memorial(std::string_view name) const;

  /// The bundled tables; a malformed row throws TableError naming table and line.
  static EventLexicon bundled();

  /// The particle that is exactly `s`, or none.
  ParticleRole particle(std::string_view s) const;

  /// The longest particle ending `word` that leaves at least one character
  /// before it: {role, bytes}; {none, 0} when there is none.
  ///   particle_suffix("회장과") == {comitative, 3}
  std::pair<ParticleRole, std::size_t> particle_suffix(std::string_view word) const;
};

}  // namespace detail
}  // namespace ktimeline
