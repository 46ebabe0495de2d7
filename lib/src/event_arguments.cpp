// Who, where and when of a clause: entity and time mentions laid on the
// runs, the role each name's phrase plays (the particle after its title),
// the subject (marked, the head of a relative clause, or carried from the
// sentences before), participants, the most specific place, and the time
// mentions before the predicate.
#include <algorithm>

#include "event_article.hpp"

namespace ktimeline {
namespace detail {

namespace {

bool starts_with(std::string_view s, std::string_view p) noexcept { return s.substr(0, p.size()) == p; }

std::size_t run_containing(const std::vector<Run>& runs, std::size_t byte) {
  auto it = std::upper_bound(runs.begin(), runs.end(), byte, [](std::size_t pos, const Run& r) { return pos < r.begin; });
  if (it == runs.begin()) return 0;
  return static_cast<std::size_t>(it - runs.begin()) - 1;
}

void push_unique(std::vector<std::size_t>& v, std::size_t x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

bool transition(EventType t) noexcept {
  return t == EventType::arrive || t == EventType::depart || t == EventType::move;
}

}  // namespace

bool ArticleReader::in_clause(const Clause& clause, std::size_t run) const {
  return run >= clause.begin && run < clause.end;
}

std::pair<std::size_t, std::size_t> ArticleReader::placed_in(std::size_t begin, std::size_t end) const {
  const auto by_run = [](const PlacedEntity& p, std::size_t run) { return p.run < run; };
  const auto first = std::lower_bound(placed_.begin(), placed_.end(), begin, by_run);
  const auto last = std::lower_bound(first, placed_.end(), end, by_run);
  return {static_cast<std::size_t>(first - placed_.begin()), static_cast<std::size_t>(last - placed_.begin())};
}

std::pair<std::size_t, std::size_t> ArticleReader::times_in(std::size_t begin, std::size_t end) const {
  const auto by_run = [](const PlacedTime& t, std::size_t run) { return t.run < run; };
  const auto first = std::lower_bound(times_.begin(), times_.end(), begin, by_run);
  const auto last = std::lower_bound(first, times_.end(), end, by_run);
  return {static_cast<std::size_t>(first - times_.begin()), static_cast<std::size_t>(last - times_.begin())};
}

bool ArticleReader::clause_has_cue(const Clause& clause, CueKind kind) const {
  for (std::size_t k = clause.begin; k < clause.end; ++k) {
    if (!runs_[k].quoted && (runs_[k].cues & cue_bit(kind)) != 0) return true;
  }
  return false;
}

// The particle ending the phrase a name starts: glued (`울트먼은`), after a
// title (`최태원 SK그룹 회장과`), after a parenthesis (`(CEO)와`), or a list
// mark (`,`, `및`) that takes the role of the list's end.
ParticleRole ArticleReader::phrase_role(std::size_t entity, std::size_t mention_end, std::size_t run,
                                        std::size_t& end_run, bool& via) const {
  const auto& named = entities_.entities[entity];
  end_run = run;
  via = false;
  const std::size_t n = runs_.size();
  auto finish = [&](ParticleRole role, std::size_t at) {
    end_run = at;
    if (role == ParticleRole::object && at + 1 < n) {
      const auto w = run_text(at + 1);
      via = starts_with(w, "통해") || starts_with(w, "통한") || starts_with(w, "거쳐");
    }
    return role;
  };
  if (mention_end < runs_[run].end) {
    const auto tail = std::string_view(doc_.text).substr(mention_end, runs_[run].end - mention_end);
    const auto role = lex_.particle(tail);
    return finish(role != ParticleRole::none ? role : runs_[run].tail, run);
  }
  std::size_t k = run;
  int etc = 0;
  for (int step = 0; step < 8; ++step) {
    if (runs_[k].comma_after) return finish(ParticleRole::list, k);
    const std::size_t next = k + 1;
    if (next >= n) return finish(ParticleRole::none, k);
    const auto& nx = runs_[next];
    if (nx.quoted) return finish(ParticleRole::none, k);
    const auto w = run_text(next);
    if (!nx.space_before) {
      // Glued through punctuation: `(CEO)와`, `(SGBAC)를`.
      const auto role = lex_.particle(w);
      if (role != ParticleRole::none) return finish(role, next);
      k = next;
      continue;
    }
    if (w == "및") return finish(ParticleRole::list, next);
    if (nx.entry >= 0) {
      // `서초사옥 도착,`: a place right before a bare predicate is where it happens.
      const bool shorthand = nx.use == WordUse::bare && named.kind == EntityKind::place &&
                             lex_.predicates[static_cast<std::size_t>(nx.entry)].role == PredicateRole::predicate;
      return finish(shorthand ? ParticleRole::goal : ParticleRole::none, k);
    }
    if (named.kind == EntityKind::place) {
      // `서울 중구 소재 호텔에서`: a place's phrase runs to its particle.
      if (nx.tail != ParticleRole::none) return finish(nx.tail, next);
      if (step >= 1) return finish(ParticleRole::none, k);
      k = next;
      continue;
    }
    // A name's phrase goes on through its organisation and title
    // (`최태원 SK그룹 회장과`), never into other words (`트럼프 2기 행정부 출범과`).
    const bool org = (run_marks_[next] & starts_org) != 0;
    const auto core = w.substr(0, w.size() - nx.tail_bytes);
    const bool title = !core.empty() && (named.title.find(core) != std::string::npos ||
                                         (!named.organization.empty() && named.organization.find(core) != std::string::npos));
    // Another word after the name makes it a modifier, like a genitive; after
    // `등` the list's own noun follows (`… 사장 등 SK 경영진들과`).
    if (!org && !title && !nx.in_parens && core != "등" && etc == 0) return finish(ParticleRole::genitive, k);
    if (core == "등") etc = 3;
    else if (etc > 0) --etc;
    if (nx.tail != ParticleRole::none) return finish(nx.tail, next);
    k = next;
  }
  return finish(ParticleRole::none, k);
}

void ArticleReader::place_entities(ByteSpan sentence, std::size_t sentence_index) {
  placed_.clear();
  run_marks_.assign(runs_.size(), 0);
  const auto& mentions = entities_.mentions;
  while (next_entity_mention_ < mentions.size() && mentions[next_entity_mention_].sentence < sentence_index)
    ++next_entity_mention_;
  for (std::size_t m = next_entity_mention_; m < mentions.size() && mentions[m].sentence == sentence_index; ++m) {
    const auto& ref = mentions[m];
    if (ref.span.begin < sentence.begin || ref.span.end > sentence.end || runs_.empty()) continue;
    const auto& entity = entities_.entities[ref.entity];
    if (entity.reporter) continue;
    const auto run = run_containing(runs_, ref.span.begin);
    if (runs_[run].quoted) continue;
    PlacedEntity p;
    p.entity = ref.entity;
    p.run = run;
    p.group = ref.form == MentionForm::group;
    p.end_byte = ref.span.end;
    p.marked = ref.subject;
    placed_.push_back(p);
    run_marks_[run] |= entity.kind == EntityKind::person         ? starts_person
                       : entity.kind == EntityKind::organization ? starts_org
                                                                  : starts_place;
  }
  std::stable_sort(placed_.begin(), placed_.end(),
                   [](const PlacedEntity& a, const PlacedEntity& b) { return a.run < b.run; });
  for (std::size_t i = 0; i < placed_.size(); ++i) {
    auto& p = placed_[i];
    // The members of a group mention share one span: read it once.
    if (i > 0 && placed_[i - 1].run == p.run && placed_[i - 1].end_byte == p.end_byte) {
      p.role = placed_[i - 1].role;
      p.end_run = placed_[i - 1].end_run;
      p.via = placed_[i - 1].via;
      continue;
    }
    const auto end_run = run_containing(runs_, p.end_byte > 0 ? p.end_byte - 1 : 0);
    p.role = phrase_role(p.entity, p.end_byte, end_run, p.end_run, p.via);
    if (p.marked) p.role = ParticleRole::subject;
  }
  // Lists take the role of their last member: `최태원 회장, … 김주선 사장 등과`.
  ParticleRole last[3] = {ParticleRole::none, ParticleRole::none, ParticleRole::none};
  for (std::size_t i = placed_.size(); i > 0; --i) {
    auto& p = placed_[i - 1];
    const auto kind = static_cast<std::size_t>(entities_.entities[p.entity].kind);
    if (p.role == ParticleRole::list) p.role = last[kind];
    else last[kind] = p.role;
  }
  sentence_subject_.reset();
  sentence_has_subject_ = false;
  for (const auto& p : placed_) {
    if (p.role != ParticleRole::subject) continue;
    sentence_has_subject_ = true;
    if (!sentence_subject_ && entities_.entities[p.entity].kind == EntityKind::person) sentence_subject_ = p.entity;
  }
}

void ArticleReader::place_times(ByteSpan sentence) {
  times_.clear();
  first_clock_run_ = runs_.size();
  while (next_time_mention_ < mentions_.size() && mentions_[next_time_mention_].span.begin < sentence.begin)
    ++next_time_mention_;
  for (std::size_t m = next_time_mention_; m < mentions_.size() && mentions_[m].span.begin < sentence.end; ++m) {
    if (runs_.empty()) break;
    const auto run = run_containing(runs_, mentions_[m].span.begin);
    if (runs_[run].quoted) continue;
    const auto end = mentions_[m].span.end;
    times_.push_back({m, run, run_containing(runs_, end > 0 ? end - 1 : 0)});
    for (std::size_t k = run; k <= times_.back().last_run && k < run_marks_.size(); ++k) run_marks_[k] |= in_time;
    const auto& v = mentions_[m].value;
    if (v.unresolved.empty() && v.type == TimexType::time && v.point.grain >= Grain::hour) {
      run_marks_[run] |= clock;
      first_clock_run_ = std::min(first_clock_run_, run);
    }
  }
}

ParticleRole ArticleReader::noun_role(std::size_t run) const {
  const auto& r = runs_[run];
  if (r.use == WordUse::particle) return r.noun_particle;
  if (r.use != WordUse::bare) return ParticleRole::none;
  // `행사 ‘빌더 랩’이`: the particle after a quoted name belongs to the noun.
  for (std::size_t k = run + 1; k < runs_.size() && k <= run + 5; ++k) {
    const auto& nx = runs_[k];
    if (nx.single_quoted || nx.in_parens) continue;
    if (k > run + 1 && !nx.space_before) return lex_.particle(run_text(k));
    return ParticleRole::none;
  }
  return ParticleRole::none;
}

std::optional<EventType> ArticleReader::noun_type(std::size_t run) const {
  auto type = runs_[run].compound_type;
  // `오찬 간담회`, `기업인 오찬 간담회`: a modifier before the noun may name it better.
  for (std::size_t back = 1; back <= 2 && back <= run; ++back) {
    const auto& prev = runs_[run - back];
    if (prev.quoted || prev.comma_after) break;
    if (prev.entry < 0) {
      if (prev.tail != ParticleRole::none) break;
      continue;
    }
    if (prev.use != WordUse::bare) break;
    const auto& t = prev.compound_type;
    if (t && type && type_strength(*t) > type_strength(*type)) type = t;
  }
  return type;
}

std::int32_t ArticleReader::event_argument(const Clause& clause, std::size_t head) const {
  for (std::size_t k = head; k > clause.begin; --k) {
    const std::size_t i = k - 1;
    const auto& r = runs_[i];
    if (r.quoted || r.entry < 0 || r.use == WordUse::verbal || r.use == WordUse::none) continue;
    if (i < clause.purpose_end) break;
    const auto role = lex_.predicates[static_cast<std::size_t>(r.entry)].role;
    const bool noun = role == PredicateRole::event ||
                      (role == PredicateRole::predicate && lex_.predicates[static_cast<std::size_t>(r.entry)].morph == Morph::noun);
    if (!noun) continue;
    const auto p = noun_role(i);
    if (p != ParticleRole::object && p != ParticleRole::goal && p != ParticleRole::subject && p != ParticleRole::other)
      continue;
    // A topic (`회동은`, `회동에는`) may stand far from its verb; an object
    // stands near it (`회동을 가졌다`, `간담회에 모습을 드러냈다`), or it
    // belongs to another word (`회동을 계기로 … 공고히 하고`).
    std::size_t gap = 0;
    for (std::size_t k = i + 1; k < head; ++k) {
      const auto& g = runs_[k];
      if (!g.single_quoted && !g.in_parens && g.space_before) ++gap;
    }
    const auto word = run_text(i);
    const bool topic = p == ParticleRole::subject || last_syllable(word) == U'는' || last_syllable(word) == U'도';
    const bool light = lex_.predicates[static_cast<std::size_t>(runs_[head].entry)].stem == "하";
    if (topic || gap <= (light ? 0u : 2u)) return static_cast<std::int32_t>(i);
    return -1;
  }
  return -1;
}

std::int32_t ArticleReader::locative_noun(const Clause& clause) const {
  std::int32_t found = -1;
  for (std::size_t i = std::max(clause.begin, clause.purpose_end); i < clause.end; ++i) {
    const auto& r = runs_[i];
    if (r.quoted || r.entry < 0 || r.use == WordUse::verbal || r.use == WordUse::none) continue;
    const auto role = lex_.predicates[static_cast<std::size_t>(r.entry)].role;
    if (role != PredicateRole::event && !(role == PredicateRole::predicate &&
                                          lex_.predicates[static_cast<std::size_t>(r.entry)].morph == Morph::noun))
      continue;
    if (noun_role(i) == ParticleRole::locative) found = static_cast<std::int32_t>(i);
  }
  return found;
}

// `첫 일정은 오전 9시 … 워크숍이었다`, `마지막 일정은 공장 방문이었다`: a
// schedule word as topic and an event noun as the copula's complement make
// the noun the event (the clause's time dates it). Without the schedule
// topic a copula names nothing that happened (`목적은 협력이었다`).
std::int32_t ArticleReader::agenda_copula(const Clause& clause) const {
  std::int32_t noun = -1;
  for (std::size_t i = std::max(clause.begin, clause.purpose_end); i < clause.end; ++i) {
    const auto& r = runs_[i];
    if (r.quoted || r.entry < 0 || r.use == WordUse::verbal || r.use == WordUse::none) continue;
    const auto& entry = lex_.predicates[static_cast<std::size_t>(r.entry)];
    const bool event_noun = entry.role == PredicateRole::event ||
                            (entry.role == PredicateRole::predicate && entry.morph == Morph::noun);
    if (event_noun && noun_role(i) == ParticleRole::copula) noun = static_cast<std::int32_t>(i);
  }
  if (noun < 0) return -1;
  // The copula's own word: glued to the noun, or after a quoted name (`워크숍 '빌더 랩'이었다`).
  std::size_t carrier = static_cast<std::size_t>(noun);
  if (runs_[carrier].use == WordUse::bare) {
    while (carrier + 1 < clause.end && (runs_[carrier + 1].single_quoted || runs_[carrier + 1].in_parens)) ++carrier;
    if (carrier + 1 < runs_.size() && !runs_[carrier + 1].space_before) ++carrier;
  }
  const auto word = run_text(carrier);
  const auto last = last_syllable(word);
  if (last == U'인' || last == U'던') return -1;  // `워크숍인 행사`: a modifier
  for (std::size_t k = clause.begin; k < static_cast<std::size_t>(noun); ++k) {
    const auto& r = runs_[k];
    if (r.quoted || r.tail != ParticleRole::subject) continue;
    const auto w = run_text(k);
    for (std::string_view topic : {"일정", "순서", "행보", "방문지", "행선지"}) {
      if (w.substr(0, topic.size()) == topic && w.size() <= topic.size() + 3) return noun;
    }
  }
  return -1;
}

ClauseTime ArticleReader::clause_time(const Clause& clause) const {
  ClauseTime t;
  const Mention* point = nullptr;
  const Mention* interval = nullptr;
  bool clock_before = first_clock_run_ < clause.begin;  // a clock time earlier anchors `30분 뒤`
  const auto [first, last] = times_in(clause.begin, clause.end);
  for (std::size_t ti = first; ti < last; ++ti) {
    const auto& pt = times_[ti];
    const auto& m = mentions_[pt.mention];
    const auto& v = m.value;
    if (!v.unresolved.empty()) continue;
    if (m.rule.rfind("offset.", 0) == 0) {
      for (const auto& reading : tagger_.match(m.text)) {
        if (reading.offset.sign == 0) continue;
        t.offset = reading.offset.amount;
        t.offset_before = reading.offset.sign < 0;
        break;
      }
      if (t.offset) t.mentions.push_back(pt.mention);
      if (clock_before && v.type == TimexType::time) point = &m;
      if (v.mod != Mod::none) t.approx = true;
      continue;
    }
    switch (v.type) {
      case TimexType::date:
      case TimexType::time:
        if (!point || v.point.grain > point->value.point.grain) point = &m;  // ties: the first said
        if (v.type == TimexType::time && v.point.grain >= Grain::hour) clock_before = true;
        break;
      case TimexType::interval: interval = &m; break;
      case TimexType::duration:
        if (m.rule == "duration.since" || m.rule == "duration.ahead" || m.rule == "duration.direction") break;
        if (m.text.rfind("향후", 0) == 0 || m.text.rfind("앞으로", 0) == 0) break;  // a plan's length
        // `1박 2일 일정으로 방한한`: the whole stay's length, not this event's.
        if (pt.last_run + 1 < runs_.size() && runs_[pt.last_run + 1].stay_adjacent) break;
        t.duration = v.duration;
        if (v.mod != Mod::none) t.approx = true;
        t.mentions.push_back(pt.mention);
        break;
      case TimexType::set: break;
    }
  }
  if (interval && (!point || interval->value.point.grain >= point->value.point.grain)) {
    t.start = interval->value.point;
    t.end = interval->value.end_point;
    if (!interval->value.duration.empty()) t.duration = interval->value.duration;
    if (interval->value.mod != Mod::none) t.approx = true;
    t.mentions.push_back(static_cast<std::size_t>(interval - mentions_.data()));
    t.own_point = true;
  } else if (point) {
    t.start = point->value.point;
    if (point->value.mod != Mod::none) t.approx = true;
    t.mentions.push_back(static_cast<std::size_t>(point - mentions_.data()));
    t.own_point = true;
  }
  std::sort(t.mentions.begin(), t.mentions.end());
  t.mentions.erase(std::unique(t.mentions.begin(), t.mentions.end()), t.mentions.end());
  return t;
}

std::optional<std::size_t> ArticleReader::sentence_subject() const { return sentence_subject_; }

bool ArticleReader::sentence_has_subject_entity() const { return sentence_has_subject_; }

void ArticleReader::fill_people(Draft& draft, const Clause& clause, std::size_t clause_index) const {
  const auto is_person = [&](const PlacedEntity& p) { return entities_.entities[p.entity].kind == EntityKind::person; };
  const auto excluded = [&](const PlacedEntity& p) {
    // A goal's people (`X와의 회동을 위해`) are not the clause's, unless they are its subject.
    return p.run >= clause.purpose_begin && p.run < clause.purpose_end && p.role != ParticleRole::subject;
  };
  // Names that only modify a word (`이 회장의 행보`, `트럼프 2기 행정부`) take no part.
  const auto takes_part = [](ParticleRole r) {
    return r != ParticleRole::genitive && r != ParticleRole::copula && r != ParticleRole::direction;
  };

  // The head of a relative clause is its subject: `방한한 올트먼은`, `만난 최 회장과 올트먼 CEO는`.
  std::vector<std::size_t> head_people;
  if (clause.form == Form::adnominal && !clause.next_relation && clause.reference_noun < 0) {
    std::size_t expect = clause.end;
    for (std::size_t i = placed_in(clause.end, runs_.size()).first; i < placed_.size(); ++i) {
      const auto& p = placed_[i];
      if (!is_person(p)) continue;
      if (p.run > expect + 6) break;
      if (head_people.empty() && p.run != clause.end) break;
      push_unique(head_people, p.entity);
      expect = p.end_run + 1;
      if (p.role != ParticleRole::comitative && p.role != ParticleRole::list) break;
    }
  }
  // `A가 [방한한 B와] 만나`: the subject before a relative clause is the next clause's.
  std::vector<std::size_t> outer_subjects;
  if (clause_index > 0) {
    const auto& prev = clauses_[clause_index - 1];
    if (prev.form == Form::adnominal && !prev.next_relation && prev.reference_noun < 0) {
      const auto [first, last] = placed_in(prev.begin, prev.end);
      for (std::size_t i = first; i < last; ++i) {
        const auto& p = placed_[i];
        if (is_person(p) && p.role == ParticleRole::subject) push_unique(outer_subjects, p.entity);
      }
    }
  }

  const auto [first, last] = placed_in(clause.begin, clause.end);
  std::optional<std::size_t> subject;
  if (!head_people.empty()) subject = head_people.front();
  if (!subject && !outer_subjects.empty()) subject = outer_subjects.front();
  if (!subject) {
    for (std::size_t i = first; i < last; ++i) {
      const auto& p = placed_[i];
      if (is_person(p) && p.role == ParticleRole::subject && !excluded(p)) {
        subject = p.entity;
        break;
      }
    }
  }
  // `이들은`, `양측은`, `두 장관은`, `두 정상이`: the people of the last gathering.
  // `두 사람은 회동 직후 … 자리를 옮겨 오찬을 함께했다`: with no named
  // subject in the sentence, a plural said in an earlier clause goes on.
  const std::size_t plural_from = sentence_has_subject_entity() ? clause.begin : 0;
  bool plural = false;
  for (std::size_t k = plural_from; !plural && k < clause.end; ++k) {
    plural = !runs_[k].quoted && (runs_[k].cues & cue_bit(CueKind::plural)) != 0;
  }
  for (std::size_t k = plural_from; !plural && k + 1 < clause.end; ++k) {
    const auto w = run_text(k);
    const auto t = runs_[k + 1].tail;
    plural = (w == "두" || w == "세" || w == "양") && !runs_[k].quoted &&
             (t == ParticleRole::subject) && (run_marks_[k + 1] & starts_person) == 0;
  }
  // `이들은`: the people of the last gathering. (An index, not an optional: GCC
  // warns about an optional copied across the branches below.)
  const std::vector<std::size_t>* gathered = nullptr;
  if (plural) {
    // `두 정상은`: a gathering of one (`양국은 … 서명했다` read as one
    // person's) cannot be theirs; the last one of two or more is.
    auto g = last_gathering(false, 2);
    if (!g) g = last_gathering();
    if (g) gathered = &drafts_[*g].people;
  }
  if (!subject && gathered && !gathered->empty()) subject = gathered->front();
  if (!subject) subject = sentence_subject();
  bool carried = false;
  if (!subject && !sentence_has_subject_entity() && !shift_) {
    subject = caption_ ? caption_subject_ : carried_subject_;
    // `저녁에는 청와대 영빈관에서 국빈 만찬이 열렸다`: a place named in the
    // clause is no one taking part; only a named person or organisation is.
    carried = subject.has_value() &&
              std::none_of(placed_.begin() + static_cast<std::ptrdiff_t>(first),
                           placed_.begin() + static_cast<std::ptrdiff_t>(last),
                           [&](const PlacedEntity& p) { return entities_.entities[p.entity].kind != EntityKind::place; });
  }
  if (!subject) {
    for (std::size_t i = first; i < last; ++i) {
      const auto& p = placed_[i];
      if (is_person(p) && !excluded(p) && takes_part(p.role) &&
          p.role != ParticleRole::none) {
        subject = p.entity;
        break;
      }
    }
  }

  std::vector<std::size_t> people;
  if (subject) people.push_back(*subject);
  const bool moving = transition(draft.type);
  for (std::size_t i = first; i < last; ++i) {
    const auto& p = placed_[i];
    if (!is_person(p) || excluded(p) || !takes_part(p.role)) continue;
    if (moving && p.role != ParticleRole::comitative && p.role != ParticleRole::subject) continue;
    if (moving && p.role == ParticleRole::subject && subject && p.entity != *subject && !head_people.empty()) continue;
    push_unique(people, p.entity);
  }
  if (!moving) {
    // `두 사람은 회동 직후 … 오찬을 함께했다`: the group that is the
    // sentence's subject takes part in its later clauses too.
    for (std::size_t i = 0; i < first && subject; ++i) {
      const auto& p = placed_[i];
      if (p.group && p.role == ParticleRole::subject && is_person(p) &&
          std::any_of(placed_.begin(), placed_.begin() + static_cast<std::ptrdiff_t>(first),
                      [&](const PlacedEntity& q) { return q.group && q.run == p.run && q.entity == *subject; }))
        push_unique(people, p.entity);
    }
    for (auto e : head_people) push_unique(people, e);
    // `저녁에는 영빈관에서 국빈 만찬이 열렸다`: a meal or meeting that names no
    // one goes on with the party of the carried subject's last gathering, told
    // shortly before on the same day (the host and the guest dine together).
    // Not when it names partners of its own, even unnamed ones (`경영인들과
    // 식사를 함께했다`).
    // (`… 인사와 기업인 등 200여 명이 참석했다` lists those who came, not partners.)
    const bool joining = clause.head >= 0 && runs_[static_cast<std::size_t>(clause.head)].entry >= 0 &&
                         lex_.predicates[static_cast<std::size_t>(runs_[static_cast<std::size_t>(clause.head)].entry)]
                             .has(flag_join);
    bool partners = false;
    for (std::size_t k = clause.begin; k < clause.end && !joining; ++k) {
      const auto last_char = last_syllable(run_text(k));
      if (!runs_[k].quoted && runs_[k].tail == ParticleRole::comitative && (last_char == U'과' || last_char == U'와') &&
          (run_marks_[k] & (starts_place | starts_org)) == 0)
        partners = true;
    }
    if (carried && !partners && (draft.type == EventType::meal || draft.type == EventType::meet)) {
      if (const auto g = last_gathering(true, 2)) {
        const auto& d = drafts_[*g];
        const bool near = d.sentence + 3 >= sentence_;
        const bool with_subject = std::find(d.people.begin(), d.people.end(), *subject) != d.people.end();
        if (near && with_subject) {
          for (auto e : d.people) push_unique(people, e);
        }
      }
    }
    for (auto e : outer_subjects) push_unique(people, e);
    if (gathered) {
      for (auto e : *gathered) push_unique(people, e);
    }
  }
  draft.subject = subject;
  draft.people = std::move(people);

  // Organisations take part only when no person is named: `오픈AI와 카카오가 제휴를 발표했다`.
  draft.organizations.clear();
  if (draft.people.empty()) {
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t i = first; i < last; ++i) {
        const auto& p = placed_[i];
        if (excluded(p)) continue;
        if (entities_.entities[p.entity].kind != EntityKind::organization) continue;
        const bool marked = p.role == ParticleRole::subject;
        if ((pass == 0) != marked) continue;
        if (pass == 1 && p.role != ParticleRole::comitative && p.role != ParticleRole::object &&
            p.role != ParticleRole::list)
          continue;
        push_unique(draft.organizations, p.entity);
      }
    }
  }
}

void ArticleReader::fill_place(Draft& draft, const Clause& clause) const {
  struct Candidate {
    std::size_t entity;
    int score;
    ParticleRole role;
  };
  std::vector<Candidate> candidates;
  const bool adnominal_head = clause.form == Form::adnominal && !clause.next_relation && clause.reference_noun < 0;
  const auto range = placed_in(clause.begin, adnominal_head ? std::min(runs_.size(), clause.end + 3) : clause.end);
  for (std::size_t i = range.first; i < range.second; ++i) {
    const auto& p = placed_[i];
    const auto& e = entities_.entities[p.entity];
    if (e.kind != EntityKind::place) continue;
    const bool inside = in_clause(clause, p.run) && (p.run >= clause.purpose_end || p.run < clause.purpose_begin);
    // `행사가 열린 호텔에서`: the place a relative clause modifies is its place too.
    const bool head = adnominal_head && p.run >= clause.end && p.run <= clause.end + 2;
    if (!inside && !head) continue;
    std::size_t place = p.entity;
    bool floor = false;
    for (int hop = 0; hop < 4 && entities_.entities[place].part_of; ++hop) {
      place = *entities_.entities[place].part_of;
      floor = true;
    }
    const auto& name = entities_.entities[place].canonical;
    int specificity = 1;
    if (floor || lex_.facility(name)) specificity = 2;
    else {
      const auto last = last_syllable(name);
      for (char32_t admin : {U'구', U'시', U'군', U'도', U'동', U'읍', U'면'}) {
        if (last == admin) specificity = 0;
      }
    }
    // Where it happens: `호텔에서`, `공항에`, `서울로`, `공장을 찾아`, `공항을 통해`. A place
    // that modifies a word (`미국 소프트웨어 기업`, `한국 기업 관계자들과`) is not.
    if (p.role != ParticleRole::locative && p.role != ParticleRole::goal && p.role != ParticleRole::direction &&
        p.role != ParticleRole::object)
      continue;
    int bonus = 0;
    if (p.role == ParticleRole::locative) bonus = 3;
    else if (p.via) bonus = 2;
    else if (p.role == ParticleRole::goal) bonus = 1;
    candidates.push_back({place, specificity * 10 + bonus, p.role});
  }
  std::optional<std::size_t> place;
  std::optional<std::size_t> destination;
  int best = -1;
  for (const auto& c : candidates) {
    if (c.role == ParticleRole::direction) {
      destination = c.entity;  // the last goal named
      if (draft.type == EventType::depart || draft.type == EventType::move) continue;
    }
    if (c.score >= best) {
      best = c.score;
      place = c.entity;
    }
  }
  if (draft.type == EventType::move && destination) place = destination;
  draft.place = place;
  draft.destination = destination;
}

}  // namespace detail
}  // namespace ktimeline
