// Drafts into Events: entity indices become canonical names, and each event
// gets a short Korean summary (`최태원 회장과 회동`, `서초사옥 도착`).
#include <algorithm>

#include "event_article.hpp"

namespace ktimeline {
namespace detail {

namespace {

bool transition(EventType t) noexcept {
  return t == EventType::arrive || t == EventType::depart || t == EventType::move;
}

// 과 after a final consonant, 와 after a vowel: `최태원과`, `정신아와`.
std::string_view with_particle(std::string_view name) {
  const auto last = last_syllable(name);
  if (last == 0) return "과";
  return hangul::has_final(last) ? "과" : "와";
}

// A title worth showing in a summary: short and plain (`회장`, `대표`).
bool short_title(std::string_view title) {
  if (title.empty() || title.size() > 9) return false;
  for (std::size_t i = 0; i < title.size();) {
    const auto d = utf8::decode(title, i);
    if (!hangul::is_syllable(d.cp)) return false;
    i += d.length;
  }
  return true;
}

// A word that reads as a noun, not a verb form left over: `대해`, `걸쳐`,
// `통해`, `광범위하게`, `열린` are not part of an event's name.
bool plain_word(std::string_view w) {
  const auto last = last_syllable(w);
  if (last == 0) return true;
  for (char32_t c : {U'해', U'쳐', U'서', U'여', U'고', U'며', U'게', U'히', U'던', U'린'}) {
    if (last == c) return false;
  }
  return hangul::final_index(last) != 8;  // ㄹ: 할, 열
}

// Words that finish a time span before an event noun (`2시간 동안`, `약 1시간
// 가량`) and so are no part of its name.
bool duration_word(std::string_view w) {
  for (std::string_view d : {"동안", "가량", "정도", "내내", "남짓", "쯤", "여간"}) {
    if (w == d) return true;
  }
  return false;
}

}  // namespace

std::string ArticleReader::noun_phrase(std::size_t run) const {
  const auto& r = runs_[run];
  std::string core;
  if (r.entry >= 0) {
    const auto& e = lex_.predicates[static_cast<std::size_t>(r.entry)];
    if (e.morph == Morph::verb) return e.label;
    if (e.label != e.stem && r.stem_begin == r.begin) return e.label;  // `향했다` -> 이동
    core = std::string(doc_.text.substr(r.begin, r.stem_end - r.begin));
  } else {
    core = std::string(run_text(run));
  }
  // Up to two plain words before it: `카카오톡 미디어 간담회`, `3자 회동`.
  std::string phrase = core;
  for (std::size_t back = 1; back <= 2 && back <= run; ++back) {
    const std::size_t k = run - back;
    const auto& prev = runs_[k];
    if (prev.quoted || prev.comma_after || !runs_[k + 1].space_before || prev.tail != ParticleRole::none) break;
    if (prev.cues != 0 || (prev.entry >= 0 && prev.use != WordUse::bare)) break;
    if (lex_.particle(run_text(k)) != ParticleRole::none || !plain_word(run_text(k))) break;
    if ((run_marks_[k] & (in_time | starts_person | starts_place)) != 0) break;
    if (duration_word(run_text(k))) break;  // `2시간 동안 회의`: the span, not the event's name
    phrase = std::string(run_text(k)) + " " + phrase;
  }
  return phrase;
}

// The sentence an event cites, cut at a character boundary past
// max_sentence_bytes: a page that lost its periods must not copy one huge line
// into every event (sentence_span keeps the whole extent).
std::string ArticleReader::sentence_text(ByteSpan span) const {
  auto text = doc_.view(span);
  if (text.size() <= max_sentence_bytes) return std::string(text);
  std::size_t cut = max_sentence_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

std::string ArticleReader::person_label(std::size_t entity) const {
  const auto& e = entities_.entities[entity];
  if (e.kind == EntityKind::person && short_title(e.title)) return e.canonical + " " + e.title;
  return e.canonical;
}

std::string ArticleReader::summary(const Draft& d) const {
  if (transition(d.type)) {
    const auto where = d.type == EventType::arrive ? d.place : (d.destination ? d.destination : d.place);
    if (where) return entities_.entities[*where].canonical + " " + d.label;
    return d.label;
  }
  std::vector<std::string> others;
  for (auto p : d.people) {
    if (d.subject && p == *d.subject) continue;
    others.push_back(person_label(p));
  }
  if (d.people.empty()) {
    for (auto o : d.organizations) others.push_back(entities_.entities[o].canonical);
  }
  if (others.empty()) return d.label;
  std::string out;
  for (std::size_t i = 0; i < others.size() && i < 3; ++i) {
    if (i) out += "·";
    out += others[i];
  }
  if (others.size() > 3) out += " 등";
  out += with_particle(out);
  out += " ";
  out += d.label;
  return out;
}

Event ArticleReader::finish(const Draft& d, std::size_t index) const {
  Event e;
  e.doc = doc_.id;
  e.index = index;
  e.type = d.type;
  e.status = d.status;
  e.predicate = d.predicate;
  e.summary = summary(d);
  if (d.subject) e.subject = entities_.entities[*d.subject].canonical;
  for (auto p : d.people) {
    const auto& name = entities_.entities[p].canonical;
    if (std::find(e.participants.begin(), e.participants.end(), name) == e.participants.end())
      e.participants.push_back(name);
  }
  if (e.participants.empty()) {
    for (auto o : d.organizations) e.participants.push_back(entities_.entities[o].canonical);
    if (e.subject.empty() && !e.participants.empty()) e.subject = e.participants.front();
  }
  if (!e.subject.empty()) {
    const auto it = std::find(e.participants.begin(), e.participants.end(), e.subject);
    if (it != e.participants.end()) std::rotate(e.participants.begin(), it, it + 1);
  }
  if (d.place) e.place = entities_.entities[*d.place].canonical;
  const auto& s = doc_.sentences[d.sentence];
  e.sentence = sentence_text(s.span);
  e.sentence_span = s.span;
  e.from_caption = d.caption;
  e.start = d.start;
  e.end = d.end;
  e.duration = d.duration;
  e.approx = d.approx;
  auto mentions = d.time_mentions;
  std::sort(mentions.begin(), mentions.end());
  mentions.erase(std::unique(mentions.begin(), mentions.end()), mentions.end());
  for (auto m : mentions) {
    if (!e.time_text.empty()) e.time_text += " ";
    e.time_text += mentions_[m].text;
  }
  e.relations = d.relations;
  return e;
}

}  // namespace detail
}  // namespace ktimeline
