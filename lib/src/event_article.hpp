#pragma once
// The state of reading the events of one article. Split over
// event_clauses.cpp (a sentence into clauses), event_arguments.cpp (who,
// where, when of a clause), event_article.cpp (clauses into events, with
// references to earlier events) and event_finish.cpp (drafts into Events).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "event_lexicon.hpp"
#include "event_words.hpp"
#include "ktimeline/document.hpp"
#include "ktimeline/entity.hpp"
#include "ktimeline/event.hpp"
#include "ktimeline/extract.hpp"
#include "ktimeline/tagger.hpp"

namespace ktimeline {
namespace detail {

/// An entity mention laid on the runs of a sentence, with the role of its
/// phrase: `최태원 SK그룹 회장,` … `사장 등과` are all comitative.
struct PlacedEntity {
  std::size_t entity = 0;      // index into ArticleEntities::entities
  std::size_t run = 0;         // the run it starts in
  std::size_t end_run = 0;     // the run its phrase (title, particle) ends in
  ParticleRole role = ParticleRole::none;
  bool via = false;            // `X를 통해`, `X를 거쳐`
  bool group = false;          // one member of `두 사람`, `3인방`
  std::size_t end_byte = 0;    // where the mention ends
  bool marked = false;         // the entity module saw a subject particle
};

/// A time mention laid on the runs of a sentence.
struct PlacedTime {
  std::size_t mention = 0;     // index into the article's mentions
  std::size_t run = 0;         // the first run it covers
  std::size_t last_run = 0;    // the last
};

/// One clause: the runs up to and including its predicate.
struct Clause {
  std::size_t begin = 0;             // runs [begin, end)
  std::size_t end = 0;
  std::int32_t head = -1;            // run of the predicate that ends it, -1 if none
  Form form = Form::invalid;         // of the head after its auxiliaries (`하고 있다`)
  Tense tense = Tense::none;
  EventStatus status = EventStatus::reported;
  bool progressive = false;          // `-고 있다`: a photo's present, not a plan
  bool drop = false;                 // speculation, condition, goal, question, present quotation
  std::int32_t reference_noun = -1;  // `회동 직후`: the event noun pointed at
  std::optional<RelationKind> next_relation;  // `도착한 뒤`: what it says of the next clause
  std::string next_cue;
  std::size_t purpose_end = 0;       // runs [begin, purpose_end) state a goal (`X를 위해`)
  std::size_t purpose_begin = 0;     // ... of which [purpose_begin, purpose_end) is the goal phrase itself
  bool planned_by_next = false;      // `회담을 하고 … 할 예정이다`: planned because the plan goes on
};

/// An event while the article is read: entities by index, resolved to names at the end.
struct Draft {
  EventType type = EventType::other;
  EventStatus status = EventStatus::reported;
  std::string predicate;
  std::string label;                 // the event's noun phrase for the summary: `미디어 간담회`
  std::optional<std::size_t> subject;
  std::vector<std::size_t> people;   // persons, subject first
  std::vector<std::size_t> organizations;
  std::optional<std::size_t> place;
  std::optional<std::size_t> destination;  // `인도로 출국`, `서초사옥으로 이동`
  std::size_t sentence = 0;          // index into Document::sentences
  bool caption = false;
  std::size_t stream = 0;            // body: 0; a caption line: 1 + its line index
  std::optional<TimePoint> start;
  std::optional<TimePoint> end;
  std::optional<Duration> duration;
  bool approx = false;
  std::vector<std::size_t> time_mentions;
  std::vector<EventRelation> relations;
  bool from_reference = false;       // made from `회동 직후` with nothing before it to point at
  std::int32_t noun_entry = -1;      // the predicates.tsv row of the noun that named it (`간담회`)
  bool site_visit = false;           // `현충원을 찾아`: a visit to a site, what follows says what was done there
};

/// What an evaluated clause says.
struct ClauseReading {
  bool event = false;
  EventType type = EventType::other;
  enum class Kind : std::uint8_t { fresh, reference, join, continuation } kind = Kind::fresh;
  std::int32_t noun_run = -1;        // the event noun that typed it (argument, place, reference)
  bool generic = false;              // the noun may point back to any gathering (`행사`)
  bool cancelled = false;            // `회동이 취소됐다`
};

/// The time a clause states.
struct ClauseTime {
  std::optional<TimePoint> start;
  std::optional<TimePoint> end;
  std::optional<Duration> duration;
  std::optional<Duration> offset;    // `30분 뒤`
  bool offset_before = false;        // `30분 전`
  bool approx = false;
  bool own_point = false;            // a DATE/TIME/INTERVAL stated in the clause itself
  std::vector<std::size_t> mentions;
};

/// Whether a word names a plane or train someone travels in: vehicle_word("전용기로").
bool vehicle_word(std::string_view word) noexcept;

class ArticleReader {
 public:
  ArticleReader(const EventLexicon& lexicon, const Tagger& tagger, const Document& document,
                const std::vector<Mention>& mentions, const ArticleEntities& entities);

  /// Reads every body and caption sentence; fills events and stays.
  void read(std::vector<Event>& events, std::vector<StayStatement>& stays);

 private:
  // event_article.cpp
  void read_sentence(std::size_t index);
  void read_clause(std::size_t c);
  void plan_chains();
  ClauseReading evaluate(const Clause& clause) const;
  std::optional<std::size_t> antecedent(EventType type, bool generic, std::int32_t noun_entry) const;
  std::optional<std::size_t> last_gathering(bool told = false, std::size_t min_people = 0) const;
  std::optional<std::size_t> last_in_stream() const;
  std::optional<EventRelation> adverb_relation(const Clause& clause) const;
  void add_clause_people(std::size_t target, const Clause& clause);
  bool passes_checks(const Draft& draft, const Clause& clause) const;
  bool site_object(const Clause& clause) const;
  bool memorial_visit(const Draft& draft, const Clause& clause) const;
  bool caption_presence(const Clause& clause) const;
  std::size_t emit(Draft draft);
  void add_people(Draft& target, const Draft& source) const;

  // event_clauses.cpp
  void segment();
  std::size_t verbal_boundary(std::size_t i, Clause& clause, bool& boundary);
  bool has_argument_before(std::size_t begin, std::size_t head) const;
  bool generic_connective(std::size_t i) const;
  std::size_t goal_begin(std::size_t begin, std::size_t cue) const;

  // event_arguments.cpp
  void place_entities(ByteSpan sentence, std::size_t sentence_index);
  void place_times(ByteSpan sentence);
  ParticleRole phrase_role(std::size_t entity, std::size_t mention_end, std::size_t run, std::size_t& end_run,
                           bool& via) const;
  std::int32_t event_argument(const Clause& clause, std::size_t head) const;
  std::int32_t locative_noun(const Clause& clause) const;
  std::int32_t agenda_copula(const Clause& clause) const;
  std::optional<EventType> noun_type(std::size_t run) const;
  ParticleRole noun_role(std::size_t run) const;
  ClauseTime clause_time(const Clause& clause) const;
  void fill_people(Draft& draft, const Clause& clause, std::size_t clause_index) const;
  void fill_place(Draft& draft, const Clause& clause) const;
  std::optional<std::size_t> sentence_subject() const;
  bool sentence_has_subject_entity() const;
  bool in_clause(const Clause& clause, std::size_t run) const;
  /// Indices [first, last) of the placed entities that start in runs [begin, end).
  std::pair<std::size_t, std::size_t> placed_in(std::size_t begin, std::size_t end) const;
  std::pair<std::size_t, std::size_t> times_in(std::size_t begin, std::size_t end) const;
  std::string noun_phrase(std::size_t run) const;
  std::string_view run_text(std::size_t run) const;
  bool continues(const Draft& a, const Clause& clause) const;
  bool clause_has_cue(const Clause& clause, CueKind kind) const;

  // event_finish.cpp
  Event finish(const Draft& draft, std::size_t index) const;
  std::string summary(const Draft& draft) const;
  std::string person_label(std::size_t entity) const;
  std::string sentence_text(ByteSpan span) const;
  static constexpr std::size_t max_sentence_bytes = 2048;

  const EventLexicon& lex_;
  const Tagger& tagger_;
  const Document& doc_;
  const std::vector<Mention>& mentions_;
  const ArticleEntities& entities_;

  // Per article.
  std::vector<Draft> drafts_;
  std::vector<StayStatement> stays_;
  std::optional<std::size_t> carried_subject_;   // the body's running subject
  std::optional<std::size_t> caption_subject_;   // within one caption line
  std::size_t caption_line_ = static_cast<std::size_t>(-1);
  std::size_t next_entity_mention_ = 0;
  std::size_t next_time_mention_ = 0;
  std::unordered_set<std::string_view> seen_captions_;  // a page repeats a caption as alt text

  // Per sentence.
  std::size_t sentence_ = 0;
  bool caption_ = false;
  std::size_t stream_ = 0;
  std::vector<Run> runs_;
  RunScratch run_scratch_;
  std::vector<PlacedEntity> placed_;
  std::vector<PlacedTime> times_;
  std::vector<Clause> clauses_;
  // What starts in each run, so that no clause looks through the whole sentence.
  enum RunMark : std::uint8_t { starts_person = 1, starts_org = 2, starts_place = 4, in_time = 8, clock = 16 };
  std::vector<std::uint8_t> run_marks_;
  std::size_t first_clock_run_ = 0;              // the first run with a clock time, or the run count
  std::optional<std::size_t> sentence_subject_;
  bool sentence_has_subject_ = false;
  bool occasion_ = false;                        // `이 자리에서`
  bool shift_ = false;                           // `한편`: no subject carried into it
  // Per clause, carried from one clause to the next within the sentence.
  std::optional<std::size_t> previous_clause_event_;
  Form previous_form_ = Form::invalid;
  bool previous_head_person_ = false;             // the last clause was a relative clause on a person
  std::optional<TimePoint> flowing_start_;       // the last clause's time, for clauses that state none
  std::optional<TimePoint> flowing_end_;
  bool flowing_exact_ = false;                   // from a reference phrase: use as it is
  std::optional<EventRelation> pending_relation_;
  bool pending_from_reference_ = false;          // pending_relation_ was set by `기자회견이 끝난 뒤`
};

}  // namespace detail
}  // namespace ktimeline
