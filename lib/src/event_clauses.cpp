// A sentence into clauses. Korean is verb-final, so a clause ends at its
// predicate: a connective (`만나`, `참석해`, `도착한 뒤`), an adnominal that
// makes a clause of its own (`방한한 올트먼`), or the sentence's final verb.
// Auxiliaries after the predicate (`하고 있다`, `하지 않았다`, `할 예정이다`,
// `한 것으로 알려졌다`) belong to it and set its status.
#include <algorithm>

#include "event_article.hpp"

namespace ktimeline {
namespace detail {

namespace {

bool starts_with(std::string_view s, std::string_view p) noexcept { return s.substr(0, p.size()) == p; }

bool ends_with(std::string_view s, std::string_view p) noexcept {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// The form `예정이다`, `예정인`, `예정이며` gives the predicate before it.
Form copula_form(std::string_view tail) noexcept {
  if (tail.empty() || tail == "이다" || tail == "이었다" || tail == "이라고" || tail == "이다.") return Form::final;
  if (tail == "인" || tail == "이던" || tail == "된") return Form::adnominal;
  return Form::connective;
}

// The relation cue a glued word is (`후`, `직후에`), or -1.
std::int32_t relation_cue_of(const EventLexicon& lex, std::string_view word) noexcept {
  if (word.empty()) return -1;
  if (ends_with(word, "에") && word.size() > 3) word.remove_suffix(3);
  for (std::size_t c = 0; c < lex.cues.size(); ++c) {
    if (lex.cues[c].kind == CueKind::relation && lex.cues[c].text == word) return static_cast<std::int32_t>(c);
  }
  return -1;
}

}  // namespace

bool vehicle_word(std::string_view word) noexcept {
  for (std::string_view v : {"전용기", "항공기", "비행기", "여객기", "특별기", "전세기", "항공편", "열차", "기차"}) {
    if (starts_with(word, v)) return true;
  }
  return false;
}

std::string_view ArticleReader::run_text(std::size_t run) const {
  const auto& r = runs_[run];
  return std::string_view(doc_.text).substr(r.begin, r.end - r.begin);
}

bool ArticleReader::has_argument_before(std::size_t begin, std::size_t head) const {
  for (std::size_t k = begin; k < head; ++k) {
    const auto& r = runs_[k];
    if (r.quoted || r.entry < 0 || r.use == WordUse::verbal) continue;
    const auto role = lex_.predicates[static_cast<std::size_t>(r.entry)].role;
    if (role != PredicateRole::event && role != PredicateRole::predicate) continue;
    const auto p = noun_role(k);
    if (p == ParticleRole::subject || p == ParticleRole::object || p == ParticleRole::goal) return true;
  }
  return false;
}

// A verb the tables do not know, in a past connective form (`이뤄졌으며`,
// `있었고`): it still ends a clause.
bool ArticleReader::generic_connective(std::size_t i) const {
  const auto& r = runs_[i];
  if (r.quoted || r.entry >= 0) return false;
  const auto w = run_text(i);
  for (std::string_view ending : {"으며", "고", "는데", "지만", "으나"}) {
    if (!ends_with(w, ending) || w.size() <= ending.size()) continue;
    const auto before = last_syllable(w.substr(0, w.size() - ending.size()));
    return hangul::final_index(before) == 20;  // ㅆ: a past stem
  }
  return false;
}

// Reads the predicate at run i with what follows it; returns the last run it
// covers and sets `boundary` when it ends the clause.
std::size_t ArticleReader::verbal_boundary(std::size_t i, Clause& clause, bool& boundary) {
  const auto& r = runs_[i];
  const auto& entry = lex_.predicates[static_cast<std::size_t>(r.entry)];
  Ending e = r.ending;
  Form form = e.form;
  Tense tense = e.tense;
  bool speculative = e.speculative;
  bool progressive_ready = e.progressive_ready;
  bool post = false;
  bool purpose = form == Form::purpose;
  bool hearsay = false;
  std::size_t j = i;
  const std::size_t n = runs_.size();
  EventStatus status = EventStatus::reported;

  if (const auto cue = relation_cue_of(lex_, r.glued_relation); !r.glued_relation.empty() && cue >= 0) {
    clause.next_relation = lex_.cues[static_cast<std::size_t>(cue)].relation;
    clause.next_cue = std::string(run_text(i));
    post = true;
  }

  for (int step = 0; step < 4 && !post && j + 1 < n; ++step) {
    const std::size_t k = j + 1;
    const auto& nx = runs_[k];
    if (nx.quoted) break;
    const auto w = run_text(k);
    if (form == Form::connective && progressive_ready && (starts_with(w, "있") || starts_with(w, "계"))) {
      const auto g = classify_generic(w);
      if (g.form == Form::invalid) break;
      form = g.form;
      tense = g.tense == Tense::past ? Tense::past : Tense::none;
      progressive_ready = g.progressive_ready;
      clause.progressive = true;
      j = k;
      continue;
    }
    const bool denial = nx.status_cue >= 0 && lex_.cues[static_cast<std::size_t>(nx.status_cue)].status == EventStatus::denied;
    if ((form == Form::negation || form == Form::connective) && denial &&
        (form == Form::negation || ends_with(run_text(j), "지"))) {
      const auto g = classify_generic(w);
      status = EventStatus::denied;
      form = g.form == Form::invalid ? Form::final : g.form;
      tense = g.tense;
      progressive_ready = g.progressive_ready;
      j = k;
      continue;
    }
    if (form == Form::nominal && nx.entry >= 0 && nx.use == WordUse::verbal &&
        lex_.predicates[static_cast<std::size_t>(nx.entry)].stem == "하") {
      if (r.ending.nominal_plan) status = EventStatus::planned;
      form = nx.ending.form;
      tense = nx.ending.tense;
      progressive_ready = nx.ending.progressive_ready;
      j = k;
      continue;
    }
    const bool plan = nx.status_cue >= 0 && lex_.cues[static_cast<std::size_t>(nx.status_cue)].status == EventStatus::planned;
    if (form == Form::adnominal && plan) {
      const auto& cue = lex_.cues[static_cast<std::size_t>(nx.status_cue)];
      status = EventStatus::planned;
      form = copula_form(w.substr(cue.text.size()));
      j = k;
      continue;
    }
    if (form == Form::adnominal && starts_with(w, "것")) {
      const auto rest = w.substr(3);
      if (starts_with(rest, "으로") || starts_with(rest, "이라") || starts_with(rest, "이란")) {
        // `한 것으로 알려졌다` reports; `했을 것으로 추정된다` guesses.
        for (std::size_t m = k + 1; m < n && m <= k + 4; ++m) {
          const auto& g = runs_[m];
          if (g.quoted) break;
          const auto gw = run_text(m);
          if ((g.cues & cue_bit(CueKind::hearsay)) != 0) hearsay = true;
          const bool governs = (g.entry >= 0 && g.use == WordUse::verbal) || classify_generic(gw).form == Form::final ||
                               classify_generic(gw).form == Form::connective;
          if (!governs) continue;
          if (g.entry >= 0 && lex_.predicates[static_cast<std::size_t>(g.entry)].role == PredicateRole::nonevent &&
              !hearsay)
            speculative = true;
          const auto f = g.entry >= 0 && g.use == WordUse::verbal ? g.ending.form : classify_generic(gw).form;
          form = f == Form::invalid ? Form::final : f;
          j = m;
          break;
        }
        if (j < k) j = k;
        if (tense == Tense::future) status = EventStatus::planned;
      } else if (rest == "이다" || starts_with(rest, "이라고")) {
        form = Form::final;
        j = k;
        if (tense == Tense::future) status = EventStatus::planned;
      }
      break;  // `만난 것도 …`: the fact stands, the clause ends here
    }
    if ((form == Form::adnominal || form == Form::nominal) && nx.relation_cue >= 0) {
      const auto& cue = lex_.cues[static_cast<std::size_t>(nx.relation_cue)];
      clause.next_relation = cue.relation;
      clause.next_cue = std::string(run_text(i)) + " " + std::string(w);
      post = true;
      j = k;
      break;
    }
    if (form == Form::nominal && (nx.cues & cue_bit(CueKind::purpose)) != 0) {
      purpose = true;
      j = k;
      break;
    }
    break;
  }

  if (speculative && !hearsay) clause.drop = true;
  if (purpose || form == Form::conditional || form == Form::question) clause.drop = true;
  if (form == Form::quotative && tense != Tense::past) clause.drop = true;
  if (status == EventStatus::reported && !clause.progressive) {
    if (tense == Tense::future) status = EventStatus::planned;
    if (form == Form::final && tense == Tense::present) status = EventStatus::planned;
  }
  clause.status = status;
  clause.form = form;
  clause.tense = tense;

  // `논의하는 취지로`, `추진하는 방안`: a present adnominal describes; only
  // `회동하는 자리를 가졌다` tells that it happened.
  // `후쿠오카에서 출발한 전용기로 … 도착했다`: an adnominal on a vehicle
  // tells where the vehicle came from; its time belongs to the main clause.
  bool on_vehicle = false;
  if (form == Form::adnominal && !post && j + 1 < n) {
    const auto next = run_text(j + 1);
    on_vehicle = vehicle_word(next);
  }
  const bool describing = on_vehicle || (form == Form::adnominal && tense == Tense::present && !post &&
                                         !(j + 1 < n && starts_with(run_text(j + 1), "자리")));
  switch (entry.role) {
    case PredicateRole::predicate:
      if (describing) {
        boundary = false;
        break;
      }
      boundary = form == Form::final || form == Form::connective || form == Form::adnominal ||
                 form == Form::quotative || form == Form::conditional || form == Form::purpose ||
                 form == Form::question || form == Form::negation || post || purpose;
      break;
    case PredicateRole::support:
      boundary = form == Form::final || form == Form::connective || form == Form::quotative || post || purpose ||
                 ((form == Form::adnominal || form == Form::nominal) && has_argument_before(clause.begin, i));
      break;
    case PredicateRole::saying:
      boundary = form == Form::final || form == Form::connective || form == Form::quotative;
      break;
    case PredicateRole::nonevent:
      boundary = form == Form::final || form == Form::connective;
      break;
    case PredicateRole::event: boundary = false; break;
  }
  return j;
}

// `A와 B가 오후 3시 시청에서 공장 건립을 위한 협약식을 가졌다`: the goal
// phrase before `위한`/`위해` starts after the clause's last subject or
// locative (`B가`, `시청에서`); what comes before that is the clause's own.
std::size_t ArticleReader::goal_begin(std::size_t begin, std::size_t cue) const {
  for (std::size_t k = cue; k > begin; --k) {
    const auto& r = runs_[k - 1];
    if (r.quoted) continue;
    if (r.tail == ParticleRole::subject || r.tail == ParticleRole::locative) return k;
  }
  return begin;
}

void ArticleReader::segment() {
  clauses_.clear();
  const std::size_t n = runs_.size();
  Clause current;
  current.begin = 0;
  auto close = [&](std::size_t end, std::int32_t head) {
    current.end = end;
    current.head = head;
    clauses_.push_back(current);
    current = Clause{};
    current.begin = end;
  };
  std::size_t last_open = n;  // the last run outside quotes
  for (std::size_t k = n; k > 0; --k) {
    if (!runs_[k - 1].quoted) {
      last_open = k - 1;
      break;
    }
  }

  for (std::size_t i = 0; i < n;) {
    const auto& r = runs_[i];
    if (r.quoted) {
      ++i;
      continue;
    }
    if ((r.cues & cue_bit(CueKind::quote)) != 0 && r.closes_quote_before) {
      // `“…”라고`, `“…”며`: what was said ends here.
      current.form = Form::quotative;
      close(i + 1, -1);
      ++i;
      continue;
    }
    if (r.entry >= 0) {
      const auto& entry = lex_.predicates[static_cast<std::size_t>(r.entry)];
      if (r.use == WordUse::verbal) {
        Clause probe = current;
        bool boundary = false;
        const auto j = verbal_boundary(i, probe, boundary);
        if (boundary) {
          current = probe;
          close(j + 1, static_cast<std::int32_t>(i));
          i = j + 1;
          continue;
        }
        ++i;
        continue;
      }
      const bool noun_event = entry.role == PredicateRole::event ||
                              (entry.role == PredicateRole::predicate && entry.morph == Morph::noun);
      if (noun_event || (entry.role == PredicateRole::support && entry.has(flag_complete))) {
        // `회동 직후`, `식사 후`, `회동에 앞서`: a reference to an event, then the next clause.
        std::int32_t cue_index = -1;
        std::size_t j = i;
        std::string cue_text;
        if (!r.glued_relation.empty() && r.use == WordUse::bare) {
          cue_index = relation_cue_of(lex_, r.glued_relation);
          cue_text = std::string(run_text(i));
        } else if (i + 1 < n && !runs_[i + 1].quoted && runs_[i + 1].relation_cue >= 0) {
          const auto& cue = lex_.cues[static_cast<std::size_t>(runs_[i + 1].relation_cue)];
          const bool fits = r.use == WordUse::bare || (r.use == WordUse::particle && r.noun_particle == ParticleRole::goal &&
                                                       cue.relation == RelationKind::before);
          if (fits) {
            cue_index = runs_[i + 1].relation_cue;
            j = i + 1;
            cue_text = std::string(run_text(i)) + " " + std::string(run_text(i + 1));
          }
        }
        if (cue_index >= 0 && noun_event) {
          current.reference_noun = static_cast<std::int32_t>(i);
          current.next_relation = lex_.cues[static_cast<std::size_t>(cue_index)].relation;
          current.next_cue = cue_text;
          current.form = Form::adnominal;
          close(j + 1, -1);
          i = j + 1;
          continue;
        }
        if (i + 1 < n && (runs_[i + 1].cues & cue_bit(CueKind::purpose)) != 0 && r.use != WordUse::bare) {
          current.purpose_end = i + 2;  // `회동을 위해`: a goal, not this clause's event
          current.purpose_begin = goal_begin(current.begin, i);
        } else if (noun_event && entry.role == PredicateRole::predicate && r.use == WordUse::bare &&
                   !entry.has(flag_verbal) && (r.comma_after || i == last_open)) {
          // News shorthand: `서초사옥 도착, 2시 40분께부터 회동`.
          current.form = Form::final;
          close(i + 1, static_cast<std::int32_t>(i));
          ++i;
          continue;
        }
      }
    } else if ((r.cues & cue_bit(CueKind::purpose)) != 0 && i > current.begin) {
      current.purpose_end = i + 1;
      current.purpose_begin = goal_begin(current.begin, i);
    } else if (generic_connective(i)) {
      current.form = Form::connective;
      close(i + 1, -1);
      ++i;
      continue;
    }
    ++i;
  }
  if (current.begin < n) close(n, -1);
}

}  // namespace detail
}  // namespace ktimeline
