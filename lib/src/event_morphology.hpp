#pragma once
// Just enough Korean morphology for the event extractor: the conjugation
// bases of a stem (`만나` -> 만나, 만난, 만날, 만남, 만났, ...) and what the
// rest of a word after such a base says (final, connective, adnominal,
// nominal, quoted, ...). Table-free and allocation-free at match time; the
// bases are generated once when the lexicon is built.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ktimeline {
namespace detail {

/// What a conjugation base ends in, which decides the endings that may follow.
enum class BaseKind : std::uint8_t {
  plain,     // the bare stem: 하, 만나, 찾 (+고, +며, +는, +기, +지, +아 ...)
  connective,// the -아/어 form: 해, 만나, 마쳐 (complete as it is)
  past,      // the past stem: 했, 만났, 마쳤 (+다, +고, +던, +다고 ...)
  n,         // final ㄴ: 한, 만난, 열린 (adnominal; +다 present final)
  l,         // final ㄹ: 할, 만날 (adnominal, future)
  m,         // final ㅁ: 함, 만남 (nominal)
  b          // final ㅂ: 합, 만납 (+니다)
};

/// One spelling a stem takes before its ending.
struct ConjugationBase {
  std::string text;
  BaseKind kind = BaseKind::plain;
  bool passive = false;  // 되다 forms of a noun (`진행됐다`)
};

/// The bases of a verb stem: `만나` -> {만나 plain, 만나 connective, 만났 past,
/// 만난 n, 만날 l, 만남 m, 만납 b}; `찾` -> {찾 plain}; `마치` -> {..., 마쳐, 마쳤}.
///   verb_bases("만나")
std::vector<ConjugationBase> verb_bases(std::string_view stem);

/// The bases 하다 and 되다 add after a verbal noun: 하, 해, 했, 한, 할, 함, 합
/// and 되, 돼, 됐, 된, 될, 됨, 됩 (passive).
std::vector<ConjugationBase> light_verb_bases();

/// What a word's ending says.
enum class Form : std::uint8_t {
  invalid,      // not an ending of this base: the word is something else
  final,        // 했다, 만난다, 합니다: ends the sentence
  connective,   // 하고, 하며, 해, 만나, 하자, 했는데: joins the next clause
  adnominal,    // 한, 하는, 할, 했던: modifies the noun after it
  nominal,      // 하기, 함: a noun (`만나기 위해`, `발표하기도 했다`)
  negation,     // 하지: `않다`/`못하다` follows
  quotative,    // 한다고, 했다며, 했다는: reported speech or thought
  conditional,  // 하면: a condition, not an event
  purpose,      // 하러, 하려고, 하고자: a goal, not an event
  question      // 할지, 할까: whether, not an event
};

enum class Tense : std::uint8_t { none, past, present, future };

/// The reading of an ending.
struct Ending {
  Form form = Form::invalid;
  Tense tense = Tense::none;
  bool speculative = false;    // 했을 (것으로 추정된다)
  bool progressive_ready = false;  // ends in -고: `하고 있다` may follow
  bool nominal_plan = false;   // 하기로 (했다): decided to
  std::string_view glued_relation;  // 도착한뒤, 회동후: a relation word glued on
};

/// Reads the rest of a word after a base: classify_tail(BaseKind::past, "다")
/// is a past final; classify_tail(BaseKind::plain, "고") a connective.
Ending classify_tail(BaseKind kind, std::string_view tail) noexcept;

/// Reads a word by its last syllables alone, for auxiliaries glued to a verb
/// (`찾아갔다`, `전해졌다`) and for the words after `-고 있`/`-지 않`.
///   classify_generic("있다").form == Form::final
Ending classify_generic(std::string_view word) noexcept;

/// The last Hangul syllable of a UTF-8 string, or 0.
char32_t last_syllable(std::string_view s) noexcept;

/// The UTF-8 bytes of one code point.
std::string encode_utf8(char32_t cp);

}  // namespace detail
}  // namespace ktimeline
