// Clauses into events. Each clause that says something happened becomes a
// draft; a clause that only points back at an event (`회동 직후`, `회동을
// 마친 후`, `이 자리에는 … 참석했다`) adds to that event instead and relates
// the next clause to it; a clause that goes on with the same gathering
// (`만나 … 논의했다`) is merged into the one before it.
#include <algorithm>

#include "event_article.hpp"

namespace ktimeline {
namespace detail {

namespace {

bool transition(EventType t) noexcept {
  return t == EventType::arrive || t == EventType::depart || t == EventType::move;
}

bool gathering(EventType t) noexcept { return !transition(t) && t != EventType::other; }

int relation_strength(RelationKind k) noexcept {
  switch (k) {
    case RelationKind::right_after: return 3;
    case RelationKind::offset_after: return 4;
    case RelationKind::after: return 2;
    case RelationKind::before: return 1;
  }
  return 0;
}

// Words that relate only what comes after them to an event: `회동 후`, `도착한 뒤`.
bool post_only(std::string_view cue) noexcept {
  return cue == "후" || cue == "뒤" || cue == "전" || cue == "다음" || cue == "직전";
}

void push_unique(std::vector<std::size_t>& v, std::size_t x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

// A clock time said for an earlier clause dates a later one only to its day.
std::optional<TimePoint> coarsen(const std::optional<TimePoint>& t) {
  if (!t || !t->date_known) return std::nullopt;
  if (t->grain <= Grain::part_of_day) return t;
  return TimePoint::at_day(t->day());
}

// After `뒤`/`후`, not even the part of day said before holds: only the day.
std::optional<TimePoint> coarsen_to_day(const std::optional<TimePoint>& t) {
  if (!t || !t->date_known || t->grain < Grain::day) return coarsen(t);
  return TimePoint::at_day(t->day());
}

}  // namespace

ArticleReader::ArticleReader(const EventLexicon& lexicon, const Tagger& tagger, const Document& document,
                             const std::vector<Mention>& mentions, const ArticleEntities& entities)
    : lex_(lexicon), tagger_(tagger), doc_(document), mentions_(mentions), entities_(entities) {}

void ArticleReader::read(std::vector<Event>& events, std::vector<StayStatement>& stays) {
  for (std::size_t s = 0; s < doc_.sentences.size(); ++s) read_sentence(s);
  events.clear();
  events.reserve(drafts_.size());
  for (std::size_t i = 0; i < drafts_.size(); ++i) events.push_back(finish(drafts_[i], i));
  stays = std::move(stays_);
}

// Earlier events are searched only this far back: what a sentence points at
// was told shortly before, and a huge article stays linear.
constexpr std::size_t look_back = 64;

std::optional<std::size_t> ArticleReader::last_in_stream() const {
  for (std::size_t i = drafts_.size(); i > 0 && i + look_back > drafts_.size(); --i) {
    if (drafts_[i - 1].stream == stream_) return i - 1;
  }
  return std::nullopt;
}

std::optional<std::size_t> ArticleReader::last_gathering(bool told, std::size_t min_people) const {
  for (std::size_t i = drafts_.size(); i > 0 && i + look_back > drafts_.size(); --i) {
    if (told && drafts_[i - 1].from_reference) continue;
    if (drafts_[i - 1].people.size() < min_people) continue;
    if (drafts_[i - 1].stream == stream_ && gathering(drafts_[i - 1].type)) return i - 1;
  }
  return std::nullopt;
}

std::optional<std::size_t> ArticleReader::antecedent(EventType type, bool generic, std::int32_t noun_entry) const {
  for (std::size_t i = drafts_.size(); i > 0 && i + look_back > drafts_.size(); --i) {
    const auto& d = drafts_[i - 1];
    if (d.stream != stream_) continue;
    // `간담회에 참석했다 … 간담회를 마친 그는`: the same noun names the same
    // event, whatever type taking part in it gave.
    // (`미디어 간담회` … `오찬 간담회에 참석해` are two: a compound that types
    // it otherwise is another event.)
    if (noun_entry >= 0 && d.noun_entry == noun_entry && (d.type == type || d.type == EventType::attend)) return i - 1;
    // `행사 직후`: a function may be any gathering but a private meeting.
    if (d.type == type || (generic && gathering(d.type) && d.type != EventType::meet)) return i - 1;
  }
  return std::nullopt;
}

std::size_t ArticleReader::emit(Draft draft) {
  drafts_.push_back(std::move(draft));
  return drafts_.size() - 1;
}

void ArticleReader::add_people(Draft& target, const Draft& source) const {
  for (auto e : source.people) push_unique(target.people, e);
  if (!target.place && source.place) target.place = source.place;
  if (!target.start && source.start) {
    target.start = source.start;
    target.end = source.end;
    target.approx = target.approx || source.approx;
    for (auto m : source.time_mentions) target.time_mentions.push_back(m);
  }
}

// Whether `회담은 약 70분간 이어졌다` goes on telling event `a`: it was told
// in this sentence or the one before, and the clause names nobody else.
bool ArticleReader::continues(const Draft& a, const Clause& clause) const {
  if (a.sentence + 1 < sentence_) return false;
  const auto [first, last] = placed_in(clause.begin, clause.end);
  for (std::size_t i = first; i < last; ++i) {
    const auto entity = placed_[i].entity;
    if (entities_.entities[entity].kind != EntityKind::person) continue;
    if (std::find(a.people.begin(), a.people.end(), entity) == a.people.end()) return false;
  }
  return true;
}

// The people a clause names go to an earlier event: `이 자리에는 손 회장도 참석했다`.
void ArticleReader::add_clause_people(std::size_t target, const Clause& clause) {
  const auto [first, last] = placed_in(clause.begin, clause.end);
  for (std::size_t i = first; i < last; ++i) {
    const auto& p = placed_[i];
    if (entities_.entities[p.entity].kind != EntityKind::person) continue;
    push_unique(drafts_[target].people, p.entity);
  }
}

std::optional<EventRelation> ArticleReader::adverb_relation(const Clause& clause) const {
  std::size_t limit = clause.end;
  if (clause.head >= 0) limit = static_cast<std::size_t>(clause.head);
  else if (clause.reference_noun >= 0) limit = static_cast<std::size_t>(clause.reference_noun);
  for (std::size_t k = clause.begin; k < limit; ++k) {
    const auto& r = runs_[k];
    if (r.quoted || r.relation_cue < 0) continue;
    const auto& cue = lex_.cues[static_cast<std::size_t>(r.relation_cue)];
    if (post_only(cue.text)) continue;
    if (cue.text == "이어" && k > clause.begin + 2) continue;  // `이어` far into a clause is a verb
    const auto previous = last_in_stream();
    if (!previous) return std::nullopt;
    EventRelation rel;
    rel.kind = cue.relation;
    rel.other = *previous;
    rel.cue = std::string(run_text(k));
    return rel;
  }
  return std::nullopt;
}

// `오후 5시 국립서울현충원을 찾아`: a site the entity module does not know,
// as the object right before the verb: a word ending like a site (`…센터`,
// `…공장`), or any noun when the clause states a clock time (a search,
// `해법을 찾았다`, has none).
bool ArticleReader::site_object(const Clause& clause) const {
  if (clause.head < 0) return false;
  const auto head = static_cast<std::size_t>(clause.head);
  if (head == clause.begin) return false;
  const std::size_t k = head - 1;
  const auto& r = runs_[k];
  if (r.quoted || r.tail != ParticleRole::object || r.entry >= 0) return false;
  if ((run_marks_[k] & (starts_person | starts_org | in_time)) != 0) return false;
  const auto word = run_text(k);
  if (lex_.facility(word.substr(0, word.size() - r.tail_bytes))) return true;
  for (std::size_t i = clause.begin; i < head; ++i) {
    if ((run_marks_[i] & clock) != 0) return true;
  }
  return false;
}

// `현충원을 찾아`, `참전용사 묘역을 찾은`: a visit verb (`찾다`, `방문하다`)
// whose place, or site object, is a place of remembrance (event_cues.tsv,
// kind `memorial`).
bool ArticleReader::memorial_visit(const Draft& draft, const Clause& clause) const {
  if (clause.head < 0) return false;
  const auto& head = runs_[static_cast<std::size_t>(clause.head)];
  if (head.entry < 0 || lex_.predicates[static_cast<std::size_t>(head.entry)].role != PredicateRole::predicate)
    return false;
  if (draft.place && lex_.memorial(entities_.entities[*draft.place].canonical)) return true;
  if (draft.destination && lex_.memorial(entities_.entities[*draft.destination].canonical)) return true;
  const auto head_run = static_cast<std::size_t>(clause.head);
  if (head_run == clause.begin) return false;
  const auto& r = runs_[head_run - 1];
  if (r.quoted || r.tail != ParticleRole::object) return false;
  const auto word = run_text(head_run - 1);
  return lex_.memorial(word.substr(0, word.size() - r.tail_bytes));
}

// `▲ 5일 오전 9시 30분 … 공단의 한 공장에서 설명을 듣고 있다`: a photo
// caption showing a named person at a place at a clock time, doing what no
// table names, still tells that they were there then.
bool ArticleReader::caption_presence(const Clause& clause) const {
  if (!caption_ || clause.end < clause.begin + 2) return false;
  const auto last = run_text(clause.end - 1);
  const auto before = run_text(clause.end - 2);
  if (runs_[clause.end - 1].quoted || last.substr(0, 3) != "있" || last_syllable(before) != U'고') return false;
  bool clock_time = false, place = false, person = false;
  for (std::size_t k = clause.begin; k < clause.end; ++k) {
    if ((run_marks_[k] & clock) != 0) clock_time = true;
  }
  const auto [first, end] = placed_in(clause.begin, clause.end);
  for (std::size_t i = first; i < end; ++i) {
    const auto kind = entities_.entities[placed_[i].entity].kind;
    if (kind == EntityKind::place && placed_[i].role == ParticleRole::locative) place = true;
    if (kind == EntityKind::person && placed_[i].role == ParticleRole::subject) person = true;
  }
  return clock_time && place && person;
}

bool ArticleReader::passes_checks(const Draft& d, const Clause& clause) const {
  if (clause.head < 0) return true;
  const auto& head = runs_[static_cast<std::size_t>(clause.head)];
  if (head.entry < 0) return true;
  const auto& entry = lex_.predicates[static_cast<std::size_t>(head.entry)];
  if (entry.role != PredicateRole::predicate) {
    // Talking to reporters is no meeting.
    if (d.type == EventType::meet && d.people.size() <= 1 && d.organizations.empty() &&
        clause_has_cue(clause, CueKind::press))
      return false;
    return true;
  }
  if (!entry.after_word.empty()) {
    // `마주 앉았다` is a meeting; `자리에 앉았다` is not.
    const auto head_run = static_cast<std::size_t>(clause.head);
    if (head_run == 0 || run_text(head_run - 1) != entry.after_word) return false;
  }
  if (entry.has(flag_place)) {
    // `한국을 찾은`: a visit needs a place; `기업을 찾고 있다` is a search.
    const auto [first, last] = placed_in(clause.begin, clause.end);
    const bool found = std::any_of(placed_.begin() + static_cast<std::ptrdiff_t>(first),
                                   placed_.begin() + static_cast<std::ptrdiff_t>(last), [&](const PlacedEntity& p) {
                                     return entities_.entities[p.entity].kind == EntityKind::place &&
                                            (p.role == ParticleRole::object || p.role == ParticleRole::goal);
                                   });
    if (!found && !site_object(clause)) return false;
  }
  if (entry.has(flag_destination) && !d.destination) {
    bool goal = false;
    for (std::size_t k = clause.begin; k < static_cast<std::size_t>(clause.head); ++k) {
      if (!runs_[k].quoted && runs_[k].tail == ParticleRole::direction) goal = true;
      if (run_text(k) == "자리를") goal = true;
    }
    if (!goal) return false;
  }
  if (entry.has(flag_partner) && d.people.size() < 2 && d.organizations.size() < 2) {
    const auto [first, last] = placed_in(clause.begin, clause.end);
    const bool with_org = std::any_of(placed_.begin() + static_cast<std::ptrdiff_t>(first),
                                      placed_.begin() + static_cast<std::ptrdiff_t>(last),
                                      [&](const PlacedEntity& p) { return p.role == ParticleRole::comitative; });
    if (!with_org) return false;
  }
  if (d.type == EventType::meet && d.people.size() <= 1 && d.organizations.empty() &&
      clause_has_cue(clause, CueKind::press))
    return false;
  return true;
}

ClauseReading ArticleReader::evaluate(const Clause& clause) const {
  ClauseReading r;
  if (clause.drop) return r;
  auto typed_by_noun = [&](std::int32_t run) {
    const auto type = noun_type(static_cast<std::size_t>(run));
    if (!type) return false;
    r.type = *type;
    r.noun_run = run;
    r.generic = lex_.predicates[static_cast<std::size_t>(runs_[static_cast<std::size_t>(run)].entry)].has(flag_generic);
    r.event = true;
    return true;
  };
  if (clause.reference_noun >= 0) {
    r.kind = ClauseReading::Kind::reference;
    typed_by_noun(clause.reference_noun);
    return r;
  }
  if (clause.head < 0) {
    if (const auto loc = locative_noun(clause); loc >= 0) typed_by_noun(loc);
    else if (const auto noun = agenda_copula(clause); noun >= 0) typed_by_noun(noun);
    else if (caption_presence(clause)) {
      r.event = true;
      r.type = EventType::other;
    }
    return r;
  }
  const auto head = static_cast<std::size_t>(clause.head);
  const auto& h = runs_[head];
  const auto& entry = lex_.predicates[static_cast<std::size_t>(h.entry)];
  switch (entry.role) {
    case PredicateRole::predicate:
      r.event = true;
      r.type = h.use == WordUse::verbal ? *entry.type : noun_type(head).value_or(*entry.type);
      if (h.compound_type && h.use == WordUse::verbal) r.type = *h.compound_type;
      return r;
    case PredicateRole::support: {
      const auto arg = event_argument(clause, head);
      if (entry.has(flag_complete)) {
        if (arg < 0) return r;
        r.kind = ClauseReading::Kind::reference;
        typed_by_noun(arg);
        return r;
      }
      if (entry.has(flag_cancel)) {
        if (arg < 0) return r;
        r.cancelled = true;
        typed_by_noun(arg);
        return r;
      }
      if (arg >= 0) {
        if (entry.has(flag_join)) r.kind = ClauseReading::Kind::join;
        // `오찬은 낮 12시에 시작됐다`: a topic noun with a support verb of
        // course tells the time of the event already named, not a new one.
        if (entry.has(flag_continue)) {
          const auto word = run_text(static_cast<std::size_t>(arg));
          const auto last = last_syllable(word);
          if (last == U'은' || last == U'는') r.kind = ClauseReading::Kind::continuation;
        }
        typed_by_noun(arg);
        // `간담회에 참석했다`: taking part in a press event is attending it;
        // only its host announces.
        if (entry.type == EventType::attend && r.type == EventType::announce) r.type = EventType::attend;
        return r;
      }
      if (!entry.type && head > clause.begin && runs_[head - 1].tail == ParticleRole::goal &&
          vehicle_word(run_text(head - 1)) && !runs_[head - 1].quoted) {
        // `전용기에 올랐다`: boarding the plane is leaving.
        r.event = true;
        r.type = EventType::depart;
      } else if (entry.type) {
        r.event = true;
        r.type = *entry.type;
      } else if (const auto loc = locative_noun(clause); loc >= 0) {
        typed_by_noun(loc);  // `개막식에서 축사를 하고 있다`
      }
      return r;
    }
    case PredicateRole::saying:
    case PredicateRole::event:
      if (const auto loc = locative_noun(clause); loc >= 0) typed_by_noun(loc);
      return r;
    case PredicateRole::nonevent: return r;
  }
  return r;
}

void ArticleReader::read_sentence(std::size_t index) {
  const auto& sentence = doc_.sentences[index];
  if (sentence.kind != LineKind::body && sentence.kind != LineKind::caption) return;
  ByteSpan span = sentence.span;
  if (span.end > doc_.text.size()) span.end = doc_.text.size();
  if (span.begin >= span.end) return;
  // A caption repeated on the page (alt text, then caption) is read once.
  if (sentence.kind == LineKind::caption && !seen_captions_.insert(doc_.view(span)).second) return;

  sentence_ = index;
  caption_ = sentence.kind == LineKind::caption;
  if (caption_) {
    stream_ = 1 + sentence.line;
    if (sentence.line != caption_line_) {
      caption_line_ = sentence.line;
      caption_subject_.reset();
    }
  } else {
    stream_ = 0;
  }
  read_runs(doc_.text, span, lex_, runs_, run_scratch_);
  if (runs_.empty()) return;
  place_entities(span, index);
  place_times(span);
  segment();
  plan_chains();

  shift_ = std::any_of(runs_.begin(), runs_.end(), [](const Run& r) { return (r.cues & cue_bit(CueKind::shift)) != 0; });
  occasion_ = false;
  for (std::size_t k = 1; k < runs_.size(); ++k) {
    if (runs_[k].quoted || (runs_[k].cues & cue_bit(CueKind::occasion)) == 0) continue;
    const auto det = run_text(k - 1);
    if (det == "이" || det == "그" || det == "같은") occasion_ = true;
  }
  previous_clause_event_.reset();
  previous_form_ = Form::invalid;
  flowing_start_.reset();
  flowing_end_.reset();
  flowing_exact_ = false;
  pending_relation_.reset();
  pending_from_reference_ = false;
  const auto events_before = drafts_.size();

  for (std::size_t c = 0; c < clauses_.size(); ++c) read_clause(c);

  // A stated stay: `약 18시간 한국에 머무른 셈이다`.
  std::vector<std::size_t> stay_runs;
  for (std::size_t k = 0; k < runs_.size(); ++k) {
    if (!runs_[k].quoted && (runs_[k].cues & cue_bit(CueKind::stay)) != 0) stay_runs.push_back(k);
  }
  if (!stay_runs.empty()) {
    // The duration nearest the stay verb is the stay (무박2일 일정으로 약 18시간 머무른: 18 h).
    for (auto it = times_.rbegin(); it != times_.rend(); ++it) {
      const auto& t = *it;
      const auto& m = mentions_[t.mention];
      const bool fits = std::any_of(stay_runs.begin(), stay_runs.end(), [&](std::size_t k) {
        return !runs_[k].stay_adjacent || t.last_run + 1 == k;
      });
      if (!fits) continue;
      if (m.value.type != TimexType::duration || m.value.duration.empty()) continue;
      if (m.rule == "duration.since" || m.rule == "duration.ahead" || m.rule == "duration.direction") continue;
      auto who = sentence_subject();
      if (!who && !sentence_has_subject_entity() && !shift_) who = caption_ ? caption_subject_ : carried_subject_;
      if (!who) continue;
      StayStatement s;
      s.doc = doc_.id;
      s.duration = m.value.duration;
      s.approx = m.value.mod != Mod::none;
      s.subject = entities_.entities[*who].canonical;
      s.sentence = sentence_text(span);
      s.sentence_span = span;
      s.mention = m.text;
      stays_.push_back(std::move(s));
      break;
    }
  }

  // The running subject for sentences that drop theirs.
  auto subject = sentence_subject();
  if (!subject) {
    for (std::size_t i = drafts_.size(); i > events_before; --i) {
      if (drafts_[i - 1].subject &&
          entities_.entities[*drafts_[i - 1].subject].kind == EntityKind::person) {
        subject = drafts_[i - 1].subject;
        break;
      }
    }
  }
  if (caption_) {
    if (subject) caption_subject_ = subject;
  } else {
    if (subject) carried_subject_ = subject;
  }
}

// `정상회담을 하고 공동 기자회견을 할 예정이다`, `도착한 뒤 곧바로 이동할
// 계획이다`: a plan covers the clauses joined to it by a connective that
// states no past (`하고`, `해`, `하며`) or by a relation word (`한 뒤`, `하기
// 전`). A past connective (`했고`), a final form or a relative clause on a
// person (`방한한 그는 … 만날 예정이다`) ends the chain.
void ArticleReader::plan_chains() {
  // `간담회는 당초 오후 4시에 열릴 예정이었으나 … 늦춰졌다`: a plan said to
  // be the first one was changed; it is no event (the changed one is told).
  for (auto& clause : clauses_) {
    if (clause.status != EventStatus::planned || clause.head < 0) continue;
    for (std::size_t k = clause.begin; k < static_cast<std::size_t>(clause.head); ++k) {
      if (runs_[k].quoted) continue;
      const auto w = run_text(k);
      for (std::string_view first : {"당초", "애초", "애당초", "원래", "본래"}) {
        if (w.substr(0, first.size()) == first && w.size() <= first.size() + 6) clause.drop = true;
      }
    }
  }
  bool planned = false;
  for (std::size_t c = clauses_.size(); c > 0; --c) {
    auto& clause = clauses_[c - 1];
    if (clause.status == EventStatus::planned) {
      planned = true;
      continue;
    }
    const bool joined = clause.head >= 0 && clause.status == EventStatus::reported && !clause.progressive &&
                        ((clause.form == Form::connective && clause.tense != Tense::past) ||
                         clause.next_relation.has_value());
    if (planned && joined) {
      clause.status = EventStatus::planned;
      clause.planned_by_next = true;
    } else {
      planned = false;
    }
  }
}

void ArticleReader::read_clause(std::size_t c) {
  const Clause& clause = clauses_[c];
  // Whichever way this clause ends, the next one must know whether it was a
  // relative clause on a person (`만난 최 회장과 올트먼 CEO는`).
  struct RememberHead {
    ArticleReader& reader;
    bool value;
    ~RememberHead() { reader.previous_head_person_ = value; }
  } remember_head{*this, clause.end < run_marks_.size() && (run_marks_[clause.end] & starts_person) != 0};
  ClauseTime time = clause_time(clause);
  const auto reading = evaluate(clause);
  const auto adverb = adverb_relation(clause);

  if (!time.own_point && flowing_start_) {
    // `오전 출근해 업무를 살핀 뒤 … 맞이했다`: after `뒤`/`후` the part of day
    // said before no longer holds, only its day.
    const bool later = c > 0 && clauses_[c - 1].next_relation &&
                       *clauses_[c - 1].next_relation != RelationKind::right_after;
    time.start = flowing_exact_ ? flowing_start_ : later ? coarsen_to_day(flowing_start_) : coarsen(flowing_start_);
    time.end = flowing_exact_ ? flowing_end_ : std::nullopt;
  }
  auto remember_time = [&](bool exact) {
    if (!time.own_point) return;
    flowing_start_ = time.start;
    flowing_end_ = time.end;
    flowing_exact_ = exact;
  };

  if (!reading.event) {
    // `이 자리에는 르네 하스 CEO도 함께했다`: the people join the gathering just named.
    if (occasion_) {
      if (const auto g = last_gathering(true)) add_clause_people(*g, clause);
    }
    remember_time(false);
    previous_clause_event_.reset();
    previous_form_ = clause.form;
    return;
  }

  Draft draft;
  draft.type = reading.type;
  draft.status = reading.cancelled ? EventStatus::denied : clause.status;
  // `어제 도착해 오늘 회담할 예정이다`: what the clause dates before the
  // article's day already happened.
  if (clause.planned_by_next && time.own_point && time.start && time.start->date_known && doc_.reference &&
      time.start->day() < doc_.reference->day())
    draft.status = EventStatus::reported;
  draft.sentence = sentence_;
  draft.from_reference = reading.kind == ClauseReading::Kind::reference;
  draft.caption = caption_;
  draft.stream = stream_;
  fill_people(draft, clause, c);
  fill_place(draft, clause);
  // `국립서울현충원을 찾은 총리`: visiting a memorial is paying respects there,
  // whether or not the clause says 헌화 or 참배.
  if (draft.type == EventType::arrive && memorial_visit(draft, clause)) draft.type = EventType::attend;

  if (reading.kind != ClauseReading::Kind::fresh) {
    auto ante = antecedent(reading.type, reading.generic,
                           reading.noun_run >= 0 ? runs_[static_cast<std::size_t>(reading.noun_run)].entry : -1);
    if (ante && reading.kind == ClauseReading::Kind::continuation && !continues(drafts_[*ante], clause))
      ante.reset();  // `3자 회동은 … 진행됐다` after another meeting: a meeting of its own
    if (ante) {
      auto& a = drafts_[*ante];
      if (reading.kind == ClauseReading::Kind::continuation) {
        // `면담은 약 40분간 이어졌다`, `만찬은 오후 7시에 시작됐다`: the time
        // and length of the event told before, when finer than its own.
        if (time.own_point && time.start && (!a.start || a.start->grain < time.start->grain)) {
          a.start = time.start;
          a.end = time.end;
          a.approx = a.approx || time.approx;
          for (auto m : time.mentions) a.time_mentions.push_back(m);
        }
        if (!a.duration && time.duration) {
          a.duration = time.duration;
          a.approx = a.approx || time.approx;
          for (auto m : time.mentions) a.time_mentions.push_back(m);
        }
        remember_time(true);
        previous_clause_event_ = ante;
        previous_form_ = clause.form;
        return;
      }
      if (reading.kind == ClauseReading::Kind::join) {
        // `회동에 합류했다`: joins the meeting already told.
        draft.start = time.start;
        draft.end = time.end;
        draft.time_mentions = time.mentions;
        add_people(a, draft);
        // `저녁에는 만찬이 열렸다. 오후 7시에 시작된 만찬에는 … 참석했다`: a finer
        // time of the same day said while joining it is the event's.
        if (time.own_point && time.start && a.start && a.start->grain < time.start->grain &&
            (!a.start->date_known || !time.start->date_known || a.start->day() == time.start->day())) {
          a.start = time.start;
          a.end = time.end;
          a.approx = a.approx || time.approx;
          for (auto m : time.mentions) a.time_mentions.push_back(m);
        }
        remember_time(false);
      } else {
        // `약 40분간 이어진 회동 후`: the meeting told before lasted 40 minutes.
        if (!a.duration && time.duration) {
          a.duration = time.duration;
          a.approx = a.approx || time.approx;
          for (auto m : time.mentions) a.time_mentions.push_back(m);
        }
        remember_time(true);
        if (!time.own_point && !flowing_start_ && a.start && clause.next_relation == RelationKind::right_after) {
          // `회동 직후 … 오찬을 함께했다`: what follows right after is on the day
          // of the event pointed at (after `마친`, relations alone place it).
          flowing_start_ = a.start;
          flowing_end_.reset();
          flowing_exact_ = false;
        }
        EventRelation rel;
        rel.kind = clause.next_relation.value_or(RelationKind::after);
        rel.other = *ante;
        rel.cue = clause.next_cue.empty() ? std::string(run_text(clause.end - 1)) : clause.next_cue;
        pending_relation_ = rel;
        pending_from_reference_ = true;
      }
      previous_clause_event_.reset();
      previous_form_ = clause.form;
      return;
    }
  }

  // `만찬이 열렸다. 두 총리는 만찬에서 … 논의했다`: what was done at an event
  // told in this or the sentence before is that event; its people join it.
  if (reading.kind == ClauseReading::Kind::fresh && reading.noun_run < 0 && gathering(draft.type) && !time.own_point) {
    if (const auto loc = locative_noun(clause); loc >= 0) {
      const auto entry = runs_[static_cast<std::size_t>(loc)].entry;
      for (std::size_t i = drafts_.size(); i > 0 && i + 8 > drafts_.size(); --i) {
        auto& d = drafts_[i - 1];
        if (d.stream != stream_ || d.noun_entry != entry || d.sentence + 1 < sentence_) continue;
        for (auto e : draft.people) push_unique(d.people, e);
        remember_time(false);
        previous_clause_event_ = i - 1;
        previous_form_ = clause.form;
        return;
      }
    }
  }

  if (occasion_ && gathering(draft.type)) {
    const auto g = last_gathering(true);
    if (g && (draft.type == EventType::attend || drafts_[*g].type == draft.type)) {
      add_clause_people(*g, clause);
      if (!drafts_[*g].place && draft.place) drafts_[*g].place = draft.place;
      remember_time(false);
      previous_clause_event_ = g;
      previous_form_ = clause.form;
      return;
    }
  }

  // The words that name it.
  if (reading.noun_run >= 0) draft.noun_entry = runs_[static_cast<std::size_t>(reading.noun_run)].entry;
  if (reading.noun_run >= 0) {
    draft.label = noun_phrase(static_cast<std::size_t>(reading.noun_run));
    draft.predicate = std::string(run_text(static_cast<std::size_t>(reading.noun_run)));
    if (clause.head >= 0 && clause.head != reading.noun_run)
      draft.predicate += " " + std::string(run_text(static_cast<std::size_t>(clause.head)));
  } else if (clause.head >= 0) {
    draft.label = noun_phrase(static_cast<std::size_t>(clause.head));
    draft.predicate = std::string(run_text(static_cast<std::size_t>(clause.head)));
  }

  draft.start = time.start;
  draft.end = time.end;
  draft.duration = time.duration;
  draft.approx = time.approx;
  draft.time_mentions = time.mentions;

  // Its relation to what came before.
  std::optional<EventRelation> rel = pending_relation_;
  if (adverb) {
    if (rel) {
      if (relation_strength(adverb->kind) > relation_strength(rel->kind)) rel->kind = adverb->kind;
      rel->cue += " " + adverb->cue;
    } else {
      rel = adverb;
    }
  }
  if (time.offset) {
    if (!rel) {
      if (const auto previous = last_in_stream()) {
        rel = EventRelation{};
        rel->other = *previous;
      }
    }
    if (rel) {
      rel->kind = time.offset_before ? RelationKind::before : RelationKind::offset_after;
      if (!time.offset_before) rel->offset = time.offset;
      const auto& m = mentions_[time.mentions.front()];
      rel->cue = rel->cue.empty() ? m.text : rel->cue + " " + m.text;
    }
  }
  pending_relation_.reset();
  // `기자회견이 끝난 뒤 영빈관에서 국빈 오찬이 이어졌다`: a gathering that
  // follows the one pointed at, naming no one of its own, has its people.
  if (pending_from_reference_ && rel && rel->other < drafts_.size() && gathering(draft.type) &&
      !sentence_has_subject_entity() && gathering(drafts_[rel->other].type)) {
    for (auto e : drafts_[rel->other].people) push_unique(draft.people, e);
  }
  pending_from_reference_ = false;

  // `만나 … 논의했다`: one gathering told in two clauses.
  if (previous_clause_event_ && !rel && !time.own_point &&
      (previous_form_ == Form::connective || (previous_form_ == Form::adnominal && previous_head_person_))) {
    auto& p = drafts_[*previous_clause_event_];
    bool own_subject_elsewhere = false;
    const auto [first, last] = placed_in(clause.begin, clause.end);
    for (std::size_t i = first; i < last; ++i) {
      const auto& pe = placed_[i];
      if (pe.role == ParticleRole::subject &&
          entities_.entities[pe.entity].kind == EntityKind::person &&
          std::find(p.people.begin(), p.people.end(), pe.entity) == p.people.end())
        own_subject_elsewhere = true;
    }
    // `회담을 하고 공동 기자회견을 했다`: two event nouns are two events.
    bool two_nouns = false;
    if (reading.noun_run >= 0 && c > 0) {
      const auto before = evaluate(clauses_[c - 1]);
      two_nouns = before.noun_run >= 0 && runs_[static_cast<std::size_t>(before.noun_run)].entry !=
                                              runs_[static_cast<std::size_t>(reading.noun_run)].entry;
    }
    // `국립서울현충원을 찾아 헌화했다`: a site visited to do something is that act.
    if (p.site_visit && gathering(draft.type) && !own_subject_elsewhere) {
      p.type = draft.type;
      p.label = draft.label;
      p.predicate = draft.predicate;
      p.site_visit = false;
    }
    if (gathering(p.type) && gathering(draft.type) && !own_subject_elsewhere && !two_nouns) {
      if (type_strength(draft.type) > type_strength(p.type)) {
        p.type = draft.type;
        p.label = draft.label;
      }
      for (auto e : draft.people) push_unique(p.people, e);
      if (p.people.empty())
        for (auto e : draft.organizations) push_unique(p.organizations, e);
      if (!p.place) p.place = draft.place;
      if (!p.duration && draft.duration) p.duration = draft.duration;
      p.approx = p.approx || draft.approx;
      for (auto m : time.mentions) push_unique(p.time_mentions, m);
      if (draft.status == EventStatus::denied) p.status = draft.status;
      if (clause.next_relation) {
        pending_relation_ = EventRelation{*clause.next_relation, *previous_clause_event_, std::nullopt, clause.next_cue};
      }
      previous_form_ = clause.form;
      return;
    }
  }

  if (!passes_checks(draft, clause)) {
    remember_time(false);
    previous_clause_event_.reset();
    previous_form_ = clause.form;
    return;
  }

  // A gathering without a stated place goes on where the last gathering of
  // the same person was, a sentence or two before: `곧바로 김 대표와 만나`.
  const bool continuing = !rel || rel->kind == RelationKind::right_after;
  if (!draft.place && gathering(draft.type) && continuing) {
    if (const auto previous = last_in_stream()) {
      const auto& p = drafts_[*previous];
      const bool near = p.sentence + 3 >= sentence_;
      const bool same_day = !draft.start || !p.start || draft.start->day() == p.start->day();
      if (near && same_day && gathering(p.type) && p.place && p.subject == draft.subject) draft.place = p.place;
      // `본사로 자리를 옮겨 … 최 대표와 회동했다`: a gathering joined to the
      // move that opens it meets where that move went.
      const bool joined = previous_clause_event_ == previous && previous_form_ == Form::connective &&
                          p.sentence == sentence_ && p.stream == stream_;
      if (!draft.place && joined && p.type == EventType::move && p.destination && p.subject == draft.subject)
        draft.place = p.destination;
    }
  }

  if (draft.type == EventType::arrive && clause.form == Form::connective && clause.head >= 0 &&
      lex_.predicates[static_cast<std::size_t>(runs_[static_cast<std::size_t>(clause.head)].entry)].has(flag_place)) {
    // Only a site: `한국을 찾아 …` is the arrival itself.
    draft.site_visit = draft.place ? lex_.facility(entities_.entities[*draft.place].canonical) : site_object(clause);
  }

  std::size_t index = 0;
  if (draft.type == EventType::meet && draft.people.size() > 2 && clause_has_cue(clause, CueKind::sequence)) {
    // `A와 B를 차례대로 만났다`: one meeting each, in that order.
    const std::vector<std::size_t> people = draft.people;
    for (std::size_t k = 1; k < people.size(); ++k) {
      Draft one = draft;
      one.people = {people.front(), people[k]};
      if (k > 1) {
        one.relations = {EventRelation{RelationKind::after, index, std::nullopt, "차례대로"}};
      } else if (rel && rel->other < drafts_.size()) {
        one.relations = {*rel};
      }
      index = emit(std::move(one));
    }
  } else {
    if (rel && rel->other < drafts_.size()) draft.relations.push_back(*rel);
    index = emit(std::move(draft));
  }

  if (clause.next_relation || reading.kind == ClauseReading::Kind::reference) {
    EventRelation next;
    next.kind = clause.next_relation.value_or(RelationKind::after);
    next.other = index;
    next.cue = clause.next_cue;
    pending_relation_ = next;
  }
  remember_time(false);
  previous_clause_event_ = index;
  previous_form_ = clause.form;
}

}  // namespace detail
}  // namespace ktimeline
