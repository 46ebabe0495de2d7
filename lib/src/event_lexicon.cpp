// Parses the event tables and builds the automaton over stems, generated verb
// forms and cue words.
#include "event_lexicon.hpp"

#include <algorithm>
#include <map>

#include "ktimeline/detail/embedded_tables.hpp"
#include "ktimeline/error.hpp"
#include "tsv_rows.hpp"

namespace ktimeline {
namespace detail {

namespace {

std::uint16_t parse_flags(std::string_view s, std::size_t line, std::string& after_word) {
  std::uint16_t flags = 0;
  if (s == "-" || s.empty()) return flags;
  while (!s.empty()) {
    const auto comma = s.find(',');
    const auto f = s.substr(0, comma);
    s = comma == std::string_view::npos ? std::string_view{} : s.substr(comma + 1);
    if (f == "verbal") flags |= flag_verbal;
    else if (f == "partner") flags |= flag_partner;
    else if (f == "place") flags |= flag_place;
    else if (f == "destination") flags |= flag_destination;
    else if (f == "generic") flags |= flag_generic;
    else if (f == "complete") flags |= flag_complete;
    else if (f == "join") flags |= flag_join;
    else if (f == "cancel") flags |= flag_cancel;
    else if (f == "continue") flags |= flag_continue;
    else if (f.substr(0, 6) == "after=" && f.size() > 6) after_word = std::string(f.substr(6));
    else throw TableError("predicates.tsv", line, "unknown flag '" + std::string(f) + "'");
  }
  return flags;
}

void load_predicates(EventLexicon& lex) {
  for_each_tsv_row(embedded_table("predicates"), [&](const std::vector<std::string_view>& f, std::size_t line) {
    if (f.size() != 6) throw TableError("predicates.tsv", line, "expected 6 columns");
    PredicateEntry e;
    e.stem = std::string(f[0]);
    if (e.stem.empty()) throw TableError("predicates.tsv", line, "empty stem");
    if (f[1] == "noun") e.morph = Morph::noun;
    else if (f[1] == "verb") e.morph = Morph::verb;
    else throw TableError("predicates.tsv", line, "morph must be noun or verb");
    if (f[2] == "predicate") e.role = PredicateRole::predicate;
    else if (f[2] == "event") e.role = PredicateRole::event;
    else if (f[2] == "support") e.role = PredicateRole::support;
    else if (f[2] == "saying") e.role = PredicateRole::saying;
    else if (f[2] == "nonevent") e.role = PredicateRole::nonevent;
    else throw TableError("predicates.tsv", line, "unknown role '" + std::string(f[2]) + "'");
    if (f[3] != "-") {
      e.type = parse_event_type(f[3]);
      if (!e.type) throw TableError("predicates.tsv", line, "unknown type '" + std::string(f[3]) + "'");
    }
    if ((e.role == PredicateRole::predicate || e.role == PredicateRole::event) && !e.type)
      throw TableError("predicates.tsv", line, "a predicate or event noun needs a type");
    if (e.morph == Morph::verb && e.role == PredicateRole::event)
      throw TableError("predicates.tsv", line, "an event noun must be a noun");
    e.flags = parse_flags(f[4], line, e.after_word);
    e.label = f[5] == "-" ? e.stem : std::string(f[5]);
    lex.predicates.push_back(std::move(e));
  });
}

void load_cues(EventLexicon& lex) {
  for_each_tsv_row(embedded_table("event_cues"), [&](const std::vector<std::string_view>& f, std::size_t line) {
    if (f.size() != 3) throw TableError("event_cues.tsv", line, "expected 3 columns");
    CueEntry c;
    c.text = std::string(f[0]);
    if (c.text.empty()) throw TableError("event_cues.tsv", line, "empty cue");
    const auto k = f[1];
    if (k == "memorial") {
      // A place word, never a cue of the automaton.
      lex.memorial_suffixes.push_back(std::move(c.text));
      return;
    }
    if (k == "relation") {
      c.kind = CueKind::relation;
      if (f[2] == "right_after") c.relation = RelationKind::right_after;
      else if (f[2] == "after") c.relation = RelationKind::after;
      else if (f[2] == "before") c.relation = RelationKind::before;
      else throw TableError("event_cues.tsv", line, "relation must be right_after, after or before");
    } else if (k == "status") {
      c.kind = CueKind::status;
      if (f[2] == "planned") c.status = EventStatus::planned;
      else if (f[2] == "denied") c.status = EventStatus::denied;
      else throw TableError("event_cues.tsv", line, "status must be planned or denied");
    } else if (k == "purpose") c.kind = CueKind::purpose;
    else if (k == "occasion") c.kind = CueKind::occasion;
    else if (k == "plural") c.kind = CueKind::plural;
    else if (k == "sequence") c.kind = CueKind::sequence;
    else if (k == "press") c.kind = CueKind::press;
    else if (k == "stay") {
      c.kind = CueKind::stay;
      c.adjacent = f[2] == "adjacent";
    }
    else if (k == "shift") c.kind = CueKind::shift;
    else if (k == "hearsay") c.kind = CueKind::hearsay;
    else if (k == "quote") c.kind = CueKind::quote;
    else throw TableError("event_cues.tsv", line, "unknown kind '" + std::string(k) + "'");
    lex.cues.push_back(std::move(c));
  });
}

void load_particles(EventLexicon& lex) {
  std::vector<ParticleRole> roles;
  for_each_tsv_row(embedded_table("event_particles"), [&](const std::vector<std::string_view>& f, std::size_t line) {
    if (f.size() != 2 || f[0].empty()) throw TableError("event_particles.tsv", line, "expected particle and role");
    ParticleRole r;
    const auto s = f[1];
    if (s == "subject") r = ParticleRole::subject;
    else if (s == "comitative") r = ParticleRole::comitative;
    else if (s == "object") r = ParticleRole::object;
    else if (s == "genitive") r = ParticleRole::genitive;
    else if (s == "dative") r = ParticleRole::dative;
    else if (s == "locative") r = ParticleRole::locative;
    else if (s == "goal") r = ParticleRole::goal;
    else if (s == "direction") r = ParticleRole::direction;
    else if (s == "copula") r = ParticleRole::copula;
    else if (s == "other") r = ParticleRole::other;
    else throw TableError("event_particles.tsv", line, "unknown role '" + std::string(s) + "'");
    lex.particle_texts.emplace_back(f[0]);
    roles.push_back(r);
  });
  // The strings are all in place now: views into them stay valid.
  lex.particle_finals.assign(hangul::last_syllable - hangul::first_syllable + 1, false);
  std::map<std::string, std::uint32_t> reversed;
  for (std::size_t k = 0; k < lex.particle_texts.size(); ++k) {
    const auto& text = lex.particle_texts[k];
    lex.particles[std::string_view(text)] = roles[k];
    const auto last = last_syllable(text);
    if (last != 0) lex.particle_finals[last - hangul::first_syllable] = true;
    // particle_suffix() reads at most four characters back; the trie folds
    // ASCII case, so only well-formed keys without capitals go in (all of the table's).
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); i += utf8::decode(text, i).length) ++chars;
    const bool plain = utf8::valid(text) && std::none_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (chars <= 4 && plain) reversed[std::string(text.rbegin(), text.rend())] = static_cast<std::uint32_t>(roles[k]);
  }
  lex.particle_ends = KeyTrie(reversed);
}

}  // namespace

EventLexicon EventLexicon::bundled() {
  EventLexicon lex;
  load_predicates(lex);
  load_cues(lex);
  load_particles(lex);
  // The entity module's place words name buildings and sites; a place named
  // with one is more specific than a city or a district.
  for_each_tsv_row(embedded_table("place_suffixes"), [&](const std::vector<std::string_view>& f, std::size_t) {
    if (!f.empty() && !f[0].empty()) lex.facility_suffixes.emplace_back(f[0]);
  });
  for (auto& b : light_verb_bases()) {
    const auto syllable = utf8::decode(b.text, 0).cp;
    lex.light_verbs.emplace_back(syllable, std::move(b));
  }

  PhraseMatcher::Builder builder;
  auto add = [&](std::string_view text, LexPhrase p) {
    builder.add(text, static_cast<std::uint32_t>(lex.phrases.size()));
    lex.phrases.push_back(p);
  };
  for (std::uint32_t i = 0; i < lex.predicates.size(); ++i) {
    const auto& e = lex.predicates[i];
    if (e.morph == Morph::noun) {
      add(e.stem, {LexPhrase::What::noun_stem, i, BaseKind::plain});
    } else {
      for (const auto& b : verb_bases(e.stem)) add(b.text, {LexPhrase::What::verb_base, i, b.kind});
    }
  }
  for (std::uint32_t i = 0; i < lex.cues.size(); ++i) add(lex.cues[i].text, {LexPhrase::What::cue, i, BaseKind::plain});
  lex.matcher = builder.build();
  return lex;
}

ParticleRole EventLexicon::particle(std::string_view s) const {
  if (s.empty()) return ParticleRole::none;
  const auto it = particles.find(s);
  return it == particles.end() ? ParticleRole::none : it->second;
}

std::pair<ParticleRole, std::size_t> EventLexicon::particle_suffix(std::string_view word) const {
  // Most words end in a syllable no particle ends in.
  const auto last = last_syllable(word);
  if (last == 0 || !particle_finals[last - hangul::first_syllable]) return {ParticleRole::none, 0};
  // Every particle ending the word, shortest first: keep the longest that
  // leaves something before it. A well-formed key matched at the end starts
  // on a character boundary, so this is the longest-first search over the
  // last four characters, without a hash per candidate.
  std::pair<ParticleRole, std::size_t> found{ParticleRole::none, 0};
  particle_ends.each_suffix(word, [&](std::size_t start, std::uint32_t role) {
    if (start > 0) found = {static_cast<ParticleRole>(role), word.size() - start};
  });
  return found;
}

}  // namespace detail
}  // namespace ktimeline

namespace ktimeline {
namespace detail {

namespace {
bool ends_with_any(std::string_view name, const std::vector<std::string>& suffixes) {
  for (const auto& s : suffixes) {
    if (name.size() >= s.size() && name.substr(name.size() - s.size()) == s) return true;
  }
  return false;
}
}  // namespace

bool EventLexicon::facility(std::string_view name) const { return ends_with_any(name, facility_suffixes); }

bool EventLexicon::memorial(std::string_view name) const { return ends_with_any(name, memorial_suffixes); }

}  // namespace detail
}  // namespace ktimeline
