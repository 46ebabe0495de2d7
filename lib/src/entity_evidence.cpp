// Article-wide evidence for names whose reading one sentence leaves open:
// `마르쿠스 헤이노넨 볼트릭스 최고경영자` (is 볼트릭스 the third name word or the
// company?) and `박지영 시장과` (a mayor, or a market?). Korean news names a
// person in full once and refers back by a short form (`헤이노넨 CEO`, `박
// 시장은`), or titles the person fully elsewhere (`박지영 부산시장`); those
// other mentions decide. Each test is a plain substring search of the
// article, run only on the rare ambiguous phrase, and an article gets a
// fixed number of them, so no input makes the pass quadratic.
#include <algorithm>

#include "entity_recognizer.hpp"

namespace ktimeline {
namespace detail {
namespace {

// The article may have this many evidence searches: a news article has a
// handful of ambiguous phrases; a crafted one must not make each a scan.
constexpr std::size_t evidence_budget = 48;

bool ends_with_bytes(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

}  // namespace

bool Recognizer::spend_evidence_search() {
  if (evidence_searches_ >= evidence_budget) return false;
  ++evidence_searches_;
  return true;
}

bool Recognizer::word_starts_at(std::size_t pos) const {
  if (pos == 0) return true;
  const auto before = utf8::decode(text_, utf8::previous(text_, pos)).cp;
  return !is_word_char(before);
}

std::size_t Recognizer::word_end_from(std::size_t pos) const {
  while (pos < text_.size()) {
    const auto d = utf8::decode(text_, pos);
    if (!is_word_char(d.cp)) break;
    pos += d.length == 0 ? 1 : d.length;
  }
  return pos;
}

// `헤이노넨 CEO`, `헤이노넨 최고경영자는`: the word, a space, a title, outside
// `here` and not right after `not_after` (`헤이노넨 볼트릭스 최고경영자` says
// nothing about 볼트릭스 alone).
bool Recognizer::word_then_title_elsewhere(std::string_view w, ByteSpan here, std::string_view not_after) {
  if (w.empty() || !spend_evidence_search()) return false;
  for (auto p = text_.find(w); p != std::string_view::npos; p = text_.find(w, p + 1)) {
    const auto after = p + w.size();
    if ((p >= here.begin && p < here.end) || !word_starts_at(p) || after + 1 >= text_.size() || text_[after] != ' ') {
      continue;
    }
    if (!not_after.empty() && p >= not_after.size() + 1 && text_[p - 1] == ' ' &&
        text_.substr(p - 1 - not_after.size(), not_after.size()) == not_after) {
      continue;
    }
    const auto limit = std::min(text_.size(), after + 1 + 48);
    const auto hit = rules_.titles.longest(text_, after + 1, limit, false);
    if (!hit) continue;
    // The title ends its word or leaves a particle (`CEO는`, `시장과`).
    const auto end = word_end_from(hit->end);
    if (end == hit->end || is_particle(text_.substr(hit->end, end - hit->end))) return true;
  }
  return false;
}

// `볼트릭스 헤이노넨`: two words in this order, spaced, starting a word; with
// `full_name`, only after another word and before a title, as in `마르쿠스
// 헤이노넨 볼트릭스 최고경영자` (a given name, the family name, the company).
bool Recognizer::words_elsewhere(std::string_view first, std::string_view second, bool full_name) {
  if (first.empty() || second.empty() || !spend_evidence_search()) return false;
  std::string pair;
  pair.reserve(first.size() + 1 + second.size());
  pair.append(first).push_back(' ');
  pair.append(second);
  for (auto p = text_.find(pair); p != std::string_view::npos; p = text_.find(pair, p + 1)) {
    if (!word_starts_at(p)) continue;
    if (!full_name) return true;
    const auto after = p + pair.size();
    if (p < 2 || text_[p - 1] != ' ' || !is_word_char(utf8::decode(text_, utf8::previous(text_, p - 1)).cp) ||
        after + 1 >= text_.size() || text_[after] != ' ') {
      continue;
    }
    if (rules_.titles.longest(text_, after + 1, std::min(text_.size(), after + 1 + 48), false)) return true;
  }
  return false;
}

// `박지영 창원시장`, `박지영 부산시장은`: the name, then the same weak title
// glued to a place, which no common noun is.
bool Recognizer::name_with_place_title_elsewhere(std::string_view name, std::string_view title) {
  if (name.empty() || title.empty() || !spend_evidence_search()) return false;
  for (auto p = text_.find(name); p != std::string_view::npos; p = text_.find(name, p + 1)) {
    const auto start = p + name.size() + 1;
    if (!word_starts_at(p) || start >= text_.size() || text_[start - 1] != ' ') continue;
    const auto end = word_end_from(start);
    auto w = text_.substr(start, end - start);
    if (const auto particle = particle_start(w, 2)) w = w.substr(0, *particle);
    if (w.size() > title.size() && w.substr(w.size() - title.size()) == title &&
        place_stem(w.substr(0, w.size() - title.size()))) {
      return true;
    }
  }
  return false;
}

// A weak title after a Korean name (`박지영 시장과`) is the person's when the
// article says so elsewhere: a short reference by surname and the same title
// (`박 시장은`), or the name with the title glued to a place (`박지영
// 부산시장`); or a local government stands right before it (`부산시 박지영
// 시장`). `반도체 시장`, `김치 시장` have none of these.
bool Recognizer::weak_title_confirmed(std::size_t i, std::string_view title) {
  if (i > 0 && is_word(i - 1) && tokens_[i].space_before) {
    const auto before = word(i - 1);
    // Only a local government's word on a place the gazetteer knows:
    // `부산시`, `창원시` (a bare `부산` may place a market: `부산 수산물
    // 시장`; `당시` ends in 시 and is no city).
    for (std::string_view unit : {"시", "군", "구", "도"}) {
      if (before.size() <= unit.size() || !ends_with_bytes(before, unit)) continue;
      const auto g = gazetteer_.find(before.substr(0, before.size() - unit.size()));
      if (g && gazetteer_.entry(*g).kind == EntityKind::place) return true;
    }
  }
  const auto name = word(i);
  const auto surname_end = utf8::decode(name, 0).length;
  if (surname_end == 0 || surname_end >= name.size()) return false;
  std::string short_form(name.substr(0, surname_end));
  short_form.push_back(' ');
  short_form.append(title);
  if (spend_evidence_search()) {
    for (auto p = text_.find(short_form); p != std::string_view::npos; p = text_.find(short_form, p + 1)) {
      const auto end = word_end_from(p + short_form.size());
      if (word_starts_at(p) && (end == p + short_form.size() ||
                                is_particle(text_.substr(p + short_form.size(), end - p - short_form.size())))) {
        return true;
      }
    }
  }
  return name_with_place_title_elsewhere(name, title);
}

}  // namespace detail
}  // namespace ktimeline
