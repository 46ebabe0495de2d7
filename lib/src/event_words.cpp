// Splits a sentence into runs and reads each one: quotes and parentheses in
// one pass over the code points, then every stem, verb form and cue word of
// the sentence in one automaton pass, each checked against the ending that
// follows it inside its run.
#include "event_words.hpp"

#include <algorithm>

namespace ktimeline {
namespace detail {

namespace {

bool is_open_double(char32_t c) noexcept { return c == 0x201C || c == 0x300C || c == 0x300E; }
bool is_close_double(char32_t c) noexcept { return c == 0x201D || c == 0x300D || c == 0x300F; }
bool is_single(char32_t c) noexcept { return c == 0x2018 || c == 0x2019 || c == U'\''; }

// Pasted pages mix quote marks (`’AI 동맹’`, `"'…' 질문에 "…"고`), so a
// straight or single mark opens when a space (or the start, or a bracket)
// comes before it and closes otherwise.
bool opens_here(std::string_view text, std::size_t sentence_begin, std::size_t at) noexcept {
  if (at <= sentence_begin) return true;
  const auto before = utf8::decode(text, utf8::previous(text, at)).cp;
  return is_space(before) || before == U'(' || before == U'[' || before == 0x201C || before == U'"' ||
         before == 0x2018 || before == U'\'';
}

using Region = RunScratch::Region;

// A quote opened and never closed in the sentence is a stray mark: no region.
struct QuoteTracker {
  std::size_t open = 0;
  bool is_open = false;
  std::vector<Region>* regions;
  void opens(std::size_t at) {
    open = at;
    is_open = true;
  }
  bool closes(std::size_t at) {
    if (!is_open) return false;
    regions->push_back({open, at});
    is_open = false;
    return true;
  }
};

bool glued_relation_word(std::string_view t) noexcept {
  return t == "후" || t == "뒤" || t == "직후" || t == "이후" || t == "전" || t == "후에" || t == "뒤에";
}

using Candidate = RunCandidate;

// Reads a noun stem at [b, e) of its run: bare, with a particle, or with 하다/되다.
std::optional<Candidate> read_noun(std::string_view text, const Run& run, std::size_t b, std::size_t e,
                                   std::int32_t entry_index, const EventLexicon& lex) {
  const auto& entry = lex.predicates[static_cast<std::size_t>(entry_index)];
  // A one-syllable stem must begin its word (`말했다`); longer ones may close a compound (`기자간담회`).
  if (b != run.begin && e - b < 6) return std::nullopt;
  const auto tail = text.substr(e, run.end - e);
  Candidate c;
  c.begin = b;
  c.end = e;
  c.entry = entry_index;
  c.noun = true;
  const bool verbal_only = entry.has(flag_verbal);
  if (tail.empty()) {
    if (verbal_only) return std::nullopt;
    c.use = WordUse::bare;
    return c;
  }
  if (glued_relation_word(tail)) {
    if (verbal_only) return std::nullopt;
    c.use = WordUse::bare;
    c.glued = tail;
    return c;
  }
  // 하다/되다 first: `방한하고` is a verb, not 방한 + the particle 하고.
  if (tail.size() >= 3) {
    const auto first = utf8::decode(tail, 0).cp;
    for (const auto& [syllable, base] : lex.light_verbs) {
      if (syllable != first) continue;
      const auto ending = classify_tail(base.kind, tail.substr(3));
      if (ending.form == Form::invalid) continue;
      const bool passive_ok = entry.role == PredicateRole::support || entry.role == PredicateRole::nonevent ||
                              entry.role == PredicateRole::saying;
      if (base.passive && !passive_ok) continue;
      c.use = WordUse::verbal;
      c.ending = ending;
      return c;
    }
  }
  if (const auto role = lex.particle(tail); role != ParticleRole::none) {
    // `마지막 일정은 공장 방문이었다`: a copula complement names the visit too.
    if (verbal_only && role != ParticleRole::copula) return std::nullopt;
    c.use = WordUse::particle;
    c.particle = role;
    return c;
  }
  return std::nullopt;
}

}  // namespace

int type_strength(EventType type) noexcept {
  switch (type) {
    case EventType::meal: return 5;
    case EventType::announce: return 4;
    case EventType::meet: return 3;
    case EventType::attend: return 2;
    case EventType::other: return 1;
    default: return 0;
  }
}

void read_runs(std::string_view text, ByteSpan sentence, const EventLexicon& lex, std::vector<Run>& runs,
               RunScratch& scratch) {
  runs.clear();
  if (sentence.end > text.size()) sentence.end = text.size();
  if (sentence.begin >= sentence.end) return;

  // Code points: runs, spaces, commas, quotes, parentheses.
  auto& double_regions = scratch.double_regions;
  auto& single_regions = scratch.single_regions;
  double_regions.clear();
  single_regions.clear();
  auto& hits = scratch.hits;
  QuoteTracker dq{0, false, &double_regions};
  QuoteTracker sq{0, false, &single_regions};
  bool space = true;
  bool closed_quote = false;
  int parens = 0;
  bool in_run = false;
  auto finish_run = [&](std::size_t at) {
    if (!in_run) return;
    in_run = false;
    runs.back().end = at;
  };
  for (std::size_t i = sentence.begin; i < sentence.end;) {
    const auto d = decode_fast(text, i);  // Hangul without the general decoder's checks
    const char32_t c = d.cp;
    const bool word = is_word_char(c) && !(c == utf8::replacement);
    if (word) {
      if (!in_run) {
        in_run = true;
        Run r;
        r.begin = i;
        r.space_before = space;
        r.closes_quote_before = closed_quote;
        r.in_parens = parens > 0;
        runs.push_back(r);
      }
      space = false;
      closed_quote = false;
    } else {
      finish_run(i);
      if (is_space(c)) {
        space = true;
        closed_quote = false;
      } else if (c == U',' || c == 0xFF0C || c == 0x3001) {
        if (!runs.empty()) runs.back().comma_after = true;
      } else if (is_open_double(c)) {
        dq.opens(i);
      } else if (is_close_double(c)) {
        closed_quote = dq.closes(i);
      } else if (c == U'"') {
        if (opens_here(text, sentence.begin, i)) dq.opens(i);
        else closed_quote = dq.closes(i);
      } else if (is_single(c)) {
        if (opens_here(text, sentence.begin, i)) sq.opens(i);
        else sq.closes(i);
      } else if (c == U'(' || c == 0xFF08) {
        ++parens;
      } else if ((c == U')' || c == 0xFF09) && parens > 0) {
        --parens;
      }
    }
    i += d.length;
  }
  finish_run(sentence.end);

  auto mark = [&](const std::vector<Region>& regions, bool Run::*flag) {
    std::size_t k = 0;
    for (auto& r : runs) {
      while (k < regions.size() && regions[k].end < r.begin) ++k;
      if (k < regions.size() && regions[k].begin < r.begin && r.begin < regions[k].end) r.*flag = true;
    }
  };
  mark(double_regions, &Run::quoted);
  mark(single_regions, &Run::single_quoted);

  for (auto& r : runs) {
    const auto [role, bytes] = lex.particle_suffix(text.substr(r.begin, r.end - r.begin));
    r.tail = role;
    r.tail_bytes = static_cast<std::uint8_t>(bytes);
  }

  // Every stem, verb form and cue, in one pass.
  hits.clear();
  lex.matcher.scan(text.substr(sentence.begin, sentence.end - sentence.begin),
                   [&](PhraseMatcher::Hit h) { hits.push_back(h); });
  auto& best = scratch.best;
  best.assign(runs.size(), Candidate{});
  for (const auto& h : hits) {
    const std::size_t b = sentence.begin + h.begin;
    const std::size_t e = sentence.begin + h.end;
    auto it = std::upper_bound(runs.begin(), runs.end(), b, [](std::size_t pos, const Run& r) { return pos < r.begin; });
    if (it == runs.begin()) continue;
    --it;
    Run& run = *it;
    if (e > run.end) continue;
    const auto& phrase = lex.phrases[h.id];
    const auto tail = text.substr(e, run.end - e);
    if (phrase.what == LexPhrase::What::cue) {
      if (b != run.begin) continue;
      const auto& cue = lex.cues[phrase.index];
      bool ok = false;
      switch (cue.kind) {
        case CueKind::status:
        case CueKind::stay:
        case CueKind::hearsay: ok = true; break;
        case CueKind::quote: ok = tail.empty() && run.closes_quote_before; break;
        default: ok = tail.empty() || lex.particle(tail) != ParticleRole::none; break;
      }
      if (!ok) continue;
      run.cues |= cue_bit(cue.kind);
      if (cue.kind == CueKind::relation) run.relation_cue = static_cast<std::int32_t>(phrase.index);
      if (cue.kind == CueKind::status) run.status_cue = static_cast<std::int32_t>(phrase.index);
      if (cue.kind == CueKind::stay) run.stay_adjacent = cue.adjacent;
      continue;
    }
    std::optional<Candidate> cand;
    const auto entry = static_cast<std::int32_t>(phrase.index);
    if (phrase.what == LexPhrase::What::noun_stem) {
      cand = read_noun(text, run, b, e, entry, lex);
    } else if (b == run.begin) {
      const auto ending = classify_tail(phrase.base, tail);
      if (ending.form != Form::invalid) {
        Candidate c;
        c.begin = b;
        c.end = e;
        c.entry = entry;
        c.use = WordUse::verbal;
        c.ending = ending;
        cand = c;
      }
    }
    if (!cand) continue;
    auto& slot = best[static_cast<std::size_t>(it - runs.begin())];
    // The stem that ends last heads a compound; on a tie the longer stem wins,
    // then a noun over a verb form (`만남 후` is the noun).
    const bool better = slot.entry < 0 || cand->end > slot.end ||
                        (cand->end == slot.end && cand->end - cand->begin > slot.end - slot.begin) ||
                        (cand->end == slot.end && cand->end - cand->begin == slot.end - slot.begin && cand->noun &&
                         !slot.noun);
    if (better) slot = *cand;
  }

  for (std::size_t k = 0; k < runs.size(); ++k) {
    const auto& c = best[k];
    if (c.entry < 0) continue;
    Run& r = runs[k];
    r.entry = c.entry;
    r.use = c.use;
    r.stem_begin = c.begin;
    r.stem_end = c.end;
    r.ending = c.ending;
    r.noun_particle = c.particle;
    r.glued_relation = c.glued.empty() ? c.ending.glued_relation : c.glued;
    const auto& entry = lex.predicates[static_cast<std::size_t>(c.entry)];
    r.compound_type = entry.type;
  }
  // Compounds: `오찬간담회` is a luncheon; the strongest stem inside the word wins.
  for (const auto& h : hits) {
    const auto& phrase = lex.phrases[h.id];
    if (phrase.what != LexPhrase::What::noun_stem) continue;
    const std::size_t b = sentence.begin + h.begin;
    auto it = std::upper_bound(runs.begin(), runs.end(), b, [](std::size_t pos, const Run& r) { return pos < r.begin; });
    if (it == runs.begin()) continue;
    --it;
    if (it->entry < 0 || it->use == WordUse::verbal || sentence.begin + h.end > it->stem_begin) continue;
    const auto& t = lex.predicates[phrase.index].type;
    if (t && it->compound_type && type_strength(*t) > type_strength(*it->compound_type)) it->compound_type = t;
  }
}

}  // namespace detail
}  // namespace ktimeline
