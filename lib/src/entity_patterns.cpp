// Full names: gazetteer hits, and the name + (organisation) + title patterns
// of Korean news for people the gazetteer does not know, Korean
// (`김주선 SK하이닉스 AI인프라 사장`) and foreign (`르네 하스 Arm CEO`); places
// from the gazetteer and from place words (`X호텔`, `X 사옥`, `서울 중구`).
#include <algorithm>
#include <array>

#include "entity_recognizer.hpp"

namespace ktimeline {
namespace detail {
namespace {

bool has_latin_or_digit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
}

// Both compare the last bytes first: most words differ there, and a byte
// test is far cheaper than the memcmp call of a string comparison.
bool ends_with(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && (suffix.empty() || w.back() == suffix.back()) &&
         w.substr(w.size() - suffix.size()) == suffix;
}

bool same_text(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || a.back() == b.back()) && a == b;
}

// Units inside an organisation: part of a title (`DS부문장`), not an organisation.
bool unit_word(std::string_view w) {
  constexpr std::array<std::string_view, 9> units{"부문", "사업부", "사업부문", "본부", "사업본부",
                                                  "센터", "총괄", "실", "팀"};
  return std::any_of(units.begin(), units.end(), [&](std::string_view u) { return ends_with(w, u); });
}

// The bytes of one syllable-or-letter step back, to test `X와`-style endings.
std::string_view last_char(std::string_view w) { return w.substr(utf8::previous(w, w.size())); }

// A verb's connective or adverbial form (`입국하자마자`, `들여`, `마치고`,
// `도착해`): it ends a clause, so it never starts a place's name.
bool verb_form(std::string_view w) {
  if (w.size() < 6 || w.size() % 3 != 0) return false;
  const auto last = last_char(w);
  // (Not 도, 로, 인: `진도`, `세종로`, `마인` end place names too.)
  for (std::string_view end : {"여", "자", "해", "고", "며", "서", "면", "아", "어", "워", "러", "와", "과", "게", "지",
                               "니", "을", "를", "은", "는", "의", "에", "한", "된", "던"}) {
    if (last == end) return true;
  }
  return false;
}

// `3시`, `11일`, `2025년`: a number with a unit of time is the time of the
// clause, never part of a place's name (`오후 3시 신항 물류센터`), while
// `1공장` or `2터미널` may be.
bool counted_time(std::string_view w) {
  std::size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  if (digits == 0) return false;
  const auto unit = w.substr(digits);
  for (const std::string_view u : {"시", "분", "초", "일", "월", "년", "주"}) {
    if (unit.substr(0, u.size()) == u) return true;  // 3시, 3시간, 3시께
  }
  return false;
}

bool district_word(std::string_view w) {
  for (std::string_view end : {"구", "군", "시", "동", "읍", "면"}) {
    if (ends_with(w, end)) return true;
  }
  return false;
}

}  // namespace

bool Recognizer::korean_name(std::string_view w) const {
  if (w.size() < 6 || !rules_.surname_starts.contains(utf8::decode(w, 0).cp)) return false;
  const auto n = hangul_length(w);
  if (n < 2 || n > 4) return false;
  if (has_class(w, WordClass::not_name) || rules_.titles.exact(w)) return false;
  std::size_t surname = 0;
  if (n >= 3 && rules_.surnames.exact(w.substr(0, 6))) surname = 2;
  else if (rules_.surnames.exact(w.substr(0, 3))) surname = 1;
  if (surname == 0 || n - surname < 1 || n - surname > 2) return false;
  // `나와`, `이를`: a one-syllable word and its particle (a verb form, a
  // pronoun), not surname + given name; Korean given names rarely end so.
  if (n == 2) {
    const auto last = last_char(w);
    for (std::string_view p : {"와", "과", "을", "를", "의", "에"}) {
      if (same_text(last, p)) return false;
    }
  }
  for (std::size_t k = surname; k < n; ++k) {
    if (!sino_like_syllable(utf8::decode(w, k * 3).cp)) return false;
  }
  // `기업은`: an ordinary word and its particle, though `김지은` is a name.
  if (n >= 3 && has_class(w.substr(0, w.size() - 3), WordClass::not_name) && is_particle(w.substr(w.size() - 3))) {
    return false;
  }
  // `도착한`, `방문한`, `주최할`: a verbal noun and an adnominal ending of 하다/되다.
  if (n == 3 && has_class(w.substr(0, 6), WordClass::not_name)) {
    const auto last = last_char(w);
    for (std::string_view e : {"한", "된", "할", "될", "던"}) {
      if (last == e) return false;
    }
  }
  // `경제부 장관`, `노동부 장관`: an ordinary word and a one-syllable unit (a
  // ministry, an office) before a title, not surname + given name.
  if (n == 3 && has_class(w.substr(0, 6), WordClass::not_name)) return false;
  return true;
}

// A last syllable that reads like a one-syllable particle: `오르테가`, `헤일리`.
bool Recognizer::particle_like_end(std::string_view w) const {
  if (hangul_length(w) < 2) return false;
  const auto last = last_char(w);
  for (std::string_view p : {"은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "에"}) {
    if (last == p) return true;
  }
  return false;
}

bool Recognizer::foreign_word(std::string_view w, bool particle_like_end_ok) const {
  const auto n = hangul_length(w);
  if (n < 1 || n > 6) return false;
  if (has_class(w, WordClass::not_name) || has_class(w, WordClass::title_modifier) || rules_.titles.exact(w)) {
    return false;
  }
  if (n >= 3 && !particle_like_end_ok && particle_like_end(w)) return false;
  if (const auto g = gazetteer_.find(w); g && gazetteer_.entry(*g).kind != EntityKind::person) return false;
  // `노바랩스`: a company name after the person's.
  if (NameRules::may_end_with(rules_.org_suffix_ends, w)) {
    for (const auto& suffix : rules_.org_suffixes) {
      if (suffix.size() >= 6 && ends_with(w, suffix) && hangul_length(suffix) >= 2) return false;
    }
  }
  return true;
}

std::optional<std::size_t> Recognizer::gazetteer_person(std::string_view name) const {
  const auto g = gazetteer_.find(name);
  if (g && gazetteer_.entry(*g).kind == EntityKind::person) return g;
  return std::nullopt;
}

// An organisation named right before a person, with at most `의` between:
// `크래프톤의 김창한 대표`, `오픈AI 샘 올트먼`.
std::optional<std::size_t> Recognizer::organization_before(std::size_t i) const {
  if (!last_org_ || !last_org_token_end_ || *last_org_token_end_ > tokens_[i].span.begin) return std::nullopt;
  std::string_view gap = text_.substr(*last_org_token_end_, tokens_[i].span.begin - *last_org_token_end_);
  if (gap.substr(0, 3) == "의") gap.remove_prefix(3);
  if (gap.find_first_not_of(' ') != std::string_view::npos) return std::nullopt;
  return last_org_;
}

// A parenthesis glued to a name: an age or stock code is skipped, another
// name is kept as an alias (`손정의(일본명 손 마사요시)`, `(Sam Altman)`).
std::size_t Recognizer::skip_parenthesis(std::size_t j, std::optional<ByteSpan>& alias) {
  alias.reset();
  if (!is_punct(j, "(") || tokens_[j].space_before) return j;
  std::size_t close = j + 1;
  while (close < tokens_.size() && close < j + 12 && !is_punct(close, ")")) ++close;
  if (close >= tokens_.size() || !is_punct(close, ")") || close == j + 1) return j;
  std::size_t start = j + 1;
  if (token_has(start, WordClass::alias_label)) {
    ++start;
  } else if (start + 1 < close && is_word(start + 1)) {
    const ByteSpan two{tokens_[start].span.begin, tokens_[start + 1].span.end};
    if (has_class(normalize_key(piece(two)), WordClass::alias_label)) start += 2;
  }
  // A name has no digits (an age, a stock code), no title and no organisation in it.
  bool name_like = start < close && close - start <= 4;
  for (std::size_t k = start; name_like && k < close; ++k) {
    const auto w = word(k);
    std::size_t title_end = 0;
    if (!tokens_[k].word || w.find_first_of("0123456789") != std::string_view::npos || title_at(k, title_end)) {
      name_like = false;
    } else if (const auto g = gazetteer_.find(w); g && gazetteer_.entry(*g).kind != EntityKind::person) {
      name_like = false;
    }
  }
  if (name_like) alias = ByteSpan{tokens_[start].span.begin, tokens_[close - 1].span.end};
  return close + 1;
}

// Korean words end in particles and verb endings; names and company names
// rarely do. A last syllable like these marks an ordinary word: `투자를`, `했고`.
bool Recognizer::ends_like_grammar(std::string_view w) const {
  if (hangul_length(w) < 2) return false;
  // Particles of two syllables and more (`에서`, `으로`); single ones below,
  // less 이/가/도, which end foreign names too (`아모데이`, `피차이`).
  if (const auto p = particle_start(w, 3); p && hangul_length(w.substr(*p)) >= 2) return true;
  constexpr std::array<std::string_view, 33> endings{
      "다", "고", "며", "는", "은", "을", "를", "의", "에", "로", "와", "과", "만", "게", "지", "서", "면",
      "데", "한", "된", "할", "될", "던", "인", "적", "들", "요", "니", "까", "해", "했", "됐", "기"};
  const auto last = last_char(w);
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return same_text(e, last); });
}

bool Recognizer::org_like(std::size_t j, std::size_t& next, std::optional<PendingOrg>& org) const {
  org.reset();
  const auto w = word(j);
  if (const auto m = gazetteer_at(j); m && m->span.end <= sentence_end_) {
    std::size_t k = j;
    while (k < tokens_.size() && tokens_[k].span.end < m->span.end) ++k;
    const auto kind = gazetteer_.entry(m->entry).kind;
    if (kind == EntityKind::person) return false;  // `방한인 올트먼 CEO`: a person is no organisation
    if (k < tokens_.size() && tokens_[k].span.end == m->span.end) {
      org = PendingOrg{m->span, kind, m->entry, {}};
      next = k + 1;
      return true;
    }
  }
  if (has_class(w, WordClass::not_name) || hangul_length(w) == 1) return false;
  next = j + 1;
  if (has_latin_or_digit(w)) {
    // `AI인프라`, `DS`: a unit; but `Arm의` ends the chain with its particle.
    std::size_t p = w.size();
    while (p > 0 && static_cast<unsigned char>(w[p - 1]) >= 0x80) --p;
    return !(p < w.size() && is_particle(w.substr(p)));
  }
  const bool suffixed = org_suffixed(w);
  if (!suffixed && !(hangul_length(w) >= 2 && looks_transliterated(w) && !ends_like_grammar(w))) return false;
  if (!unit_word(w)) org = PendingOrg{tokens_[j].span, EntityKind::organization, std::nullopt, std::string(w)};
  return true;
}

// Makes entities of the organisations a tail named, now that it holds; the
// person's organisation is the first, else one named right before the name.
void Recognizer::commit(Tail& tail, std::size_t name_token) {
  for (std::size_t k = 0; k < tail.orgs.size(); ++k) {
    const auto& o = tail.orgs[k];
    const auto e = entity_for(o.kind, o.name, o.gazetteer_entry);
    mention(e, o.span, MentionForm::full, false);
    if (k == 0) tail.organization = e;
  }
  if (!tail.organization) tail.organization = organization_before(name_token);
  // `노바랩스의 케빈 스트라우스 CEO`: an unknown company with 의 right before the name.
  if (tail.organization || name_token == 0 || !tokens_[name_token].space_before) return;
  const auto before = name_token - 1;
  if (!is_word(before)) return;
  const auto w = word(before);
  if (w.size() <= 3 || w.substr(w.size() - 3) != "의") return;
  const auto stem = w.substr(0, w.size() - 3);
  if (gazetteer_.find(stem) || has_class(stem, WordClass::not_name) || hangul_length(stem) < 2) return;
  const bool suffixed = NameRules::may_end_with(rules_.org_suffix_ends, stem) &&
                        std::any_of(rules_.org_suffixes.begin(), rules_.org_suffixes.end(), [&](const std::string& s) {
                          return stem.size() > s.size() && ends_with(stem, s) && hangul_length(s) >= 2;
                        });
  if (!suffixed && !(looks_transliterated(stem) && !ends_like_grammar(stem))) return;
  const auto e = entity_for(EntityKind::organization, std::string(stem), std::nullopt);
  mention(e, ByteSpan{tokens_[before].span.begin, tokens_[before].span.begin + stem.size()}, MentionForm::full, false);
  tail.organization = e;
}

// The part of a word before a glued title that names a place or a posting:
// a place the gazetteer knows (`부산`, `칠레`), a local government word (`경남도`,
// `창원시`, `해운대구`), or `주` + a country for envoys (`주일`, `주미`).
bool Recognizer::place_stem(std::string_view stem) const {
  const auto n = hangul_length(stem);
  if (n < 2) return false;
  // Envoys: `주일대사`, `주베트남대사`: `주` and a country's short name or a
  // place the gazetteer knows (`주요`, `주력`, `주주총회장` are no postings).
  if (stem.substr(0, 3) == "주") {
    const auto country = stem.substr(3);
    if (rules_.country_short_names.exact(country)) return true;
    if (const auto g = gazetteer_.find(country); g && gazetteer_.entry(*g).kind == EntityKind::place) return true;
  }
  if (has_class(stem, WordClass::not_name)) return false;
  if (const auto g = gazetteer_.find(stem); g && gazetteer_.entry(*g).kind == EntityKind::place) return true;
  if (n <= 4) {
    for (std::string_view end : {"시", "도", "군", "구"}) {
      if (ends_with(stem, end)) return true;
    }
  }
  return false;
}

// A family name foreign_family_names.tsv lists in `language` (1 Japanese, 2 Chinese).
bool Recognizer::foreign_family_name(std::string_view word, std::uint32_t language) const {
  const auto v = rules_.foreign_family_names.exact(word);
  return v && *v == language;
}

// A word ending in a title of two syllables or more after a stem of two or
// more (`전략본부장은`, `DS부문장`): the byte where the title starts.
std::optional<std::size_t> Recognizer::glued_title(std::size_t j) const {
  if (!is_word(j) || !maybe_glued_[j]) return std::nullopt;
  const auto w = word(j);
  const auto p = particle_start(w, 3);
  const auto base = p ? w.substr(0, *p) : w;
  for (std::size_t pos = utf8::previous(base, base.size()); pos > 0; pos = utf8::previous(base, pos)) {
    const auto stem = base.substr(0, pos);
    if (hangul_length(stem) < 2 && !has_latin_or_digit(stem)) break;
    const auto suffix = base.substr(pos);
    if (hangul_length(suffix) < 2) continue;
    if (const auto ti = rules_.titles.exact(suffix)) {
      const auto role = rules_.title_info[*ti].role;
      if (role == TitleRole::leader || role == TitleRole::official) return tokens_[j].span.begin + pos;
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> Recognizer::parse_titles(std::size_t pos, Tail& t, std::optional<std::size_t> glued) {
  bool any_strong = false;
  bool first = true;
  for (;;) {
    std::size_t end = 0;
    std::optional<std::size_t> ti;
    if (first && glued) {
      // The title inside the word: read it from its first byte.
      const auto hit = rules_.titles.longest(text_, *glued, tokens_[pos].span.end, false, [&](std::size_t e) {
        return is_particle(text_.substr(e, tokens_[pos].span.end - e));
      });
      if (hit) {
        ti = hit->value;
        end = hit->end;
      }
    } else {
      ti = title_at(pos, end);
    }
    if (!ti) {
      if (first) return std::nullopt;
      break;
    }
    first = false;
    const auto& info = rules_.title_info[*ti];
    any_strong = any_strong || !info.weak;
    if (info.role == TitleRole::reporter) t.reporter = true;
    t.title_end = end;
    std::size_t k = pos;
    while (tokens_[k].span.end < end) ++k;
    const auto rest = text_.substr(end, tokens_[k].span.end - end);
    pos = k + 1;
    if (!rest.empty()) {
      t.subject = is_subject_particle(rest);
      break;
    }
    // `최고경영자(CEO)`: a Latin title in parentheses joins the one before.
    std::size_t inner_end = 0;
    if (is_punct(pos, "(") && !tokens_[pos].space_before && title_at(pos + 1, inner_end) &&
        is_punct(pos + 2, ")") && inner_end == tokens_[pos + 1].span.end) {
      t.title_end = tokens_[pos + 2].span.end;
      pos += 3;
      if (is_word(pos) && !tokens_[pos].space_before) {
        if (!is_particle(word(pos))) return std::nullopt;
        t.subject = is_subject_particle(word(pos));
        ++pos;
        break;
      }
    }
    // Compound titles: `대표이사 사장`, `부회장 겸 DS부문장`.
    if (!is_word(pos) || !tokens_[pos].space_before) break;
    std::size_t unused = 0;
    if (word(pos) == "겸" && title_at(pos + 1, unused)) {
      ++pos;
      continue;
    }
    if (!title_at(pos, unused)) break;
  }
  t.has_title = true;
  t.weak = !any_strong;
  t.end = pos;
  return pos;
}

std::optional<Tail> Recognizer::parse_tail(std::size_t j, bool allow_org) {
  // A title comes within a few words of the name, or there is no tail.
  if (!title_near(j, allow_org ? 6 : 2)) return std::nullopt;
  Tail t;
  std::size_t pos = j;
  std::optional<std::size_t> unit_begin;
  for (int orgs = 0;; ++orgs) {
    if (!is_word(pos) || !tokens_[pos].space_before) return std::nullopt;
    std::size_t end = 0;
    if (title_at(pos, end)) break;
    if (token_has(pos, WordClass::title_modifier) && title_at(pos + 1, end)) {
      if (!unit_begin) unit_begin = tokens_[pos].span.begin;  // `전 대통령` keeps its `전`
      ++pos;
      break;
    }
    if (!allow_org || orgs == 3) return std::nullopt;
    // `산업연구원 선임연구위원`: a word that could hold a title is the
    // organisation when a title follows it.
    const bool title_follows = is_word(pos + 1) && tokens_[pos + 1].space_before &&
                               (title_index_[pos + 1] != 0 || glued_title(pos + 1));
    if (const auto split = title_follows ? std::nullopt : glued_title(pos)) {
      // `전략본부장`, `DS부문장`: a unit and its head's title in one word.
      const auto stem_begin = tokens_[pos].span.begin;
      if (!unit_begin) unit_begin = stem_begin;
      if (!parse_titles(pos, t, *split)) return std::nullopt;
      // `부산시장`, `경남도지사`, `주일대사`: a weak title glued to a place
      // is no common noun any more (`반도체 시장` is spaced, `서울시장` is not).
      if (t.weak && place_stem(text_.substr(stem_begin, *split - stem_begin))) t.weak = false;
      return finish_tail(t, *unit_begin);
    }
    std::size_t next = pos;
    std::optional<PendingOrg> org;
    if (!org_like(pos, next, org)) return std::nullopt;
    if (org && t.orgs.empty()) {
      t.orgs.push_back(std::move(*org));
    } else if (org && org->gazetteer_entry) {
      t.orgs.push_back(std::move(*org));
      if (!unit_begin) unit_begin = t.orgs.back().span.begin;
    } else if (!unit_begin) {
      unit_begin = tokens_[pos].span.begin;
    }
    pos = next;
    // A glued parenthesis after an organisation: stock code or gloss, `SK하이닉스(000660)`.
    if (is_punct(pos, "(") && !tokens_[pos].space_before) {
      std::size_t close = pos + 1;
      while (close < tokens_.size() && close < pos + 8 && !is_punct(close, ")")) ++close;
      if (close < tokens_.size() && is_punct(close, ")")) pos = close + 1;
    }
    // A title glued to the unit: `DS(디바이스솔루션)부문장`, `서울시장`-like words.
    if (is_word(pos) && !tokens_[pos].space_before) {
      if (!title_at(pos, end)) return std::nullopt;
      if (!unit_begin) unit_begin = tokens_[pos - 1].span.begin;
      // Pretend the glued title is spaced so parse_titles reads it.
      break;
    }
  }
  const auto title_begin = unit_begin ? *unit_begin : tokens_[pos].span.begin;
  if (!parse_titles(pos, t)) return std::nullopt;
  return finish_tail(t, title_begin);
}

// The title text from the first unit or modifier word to the last title, one
// space between words.
std::optional<Tail> Recognizer::finish_tail(Tail& t, std::size_t title_begin) const {
  std::string title;
  const auto raw = text_.substr(title_begin, t.title_end - title_begin);
  for (std::size_t k = 0; k < raw.size();) {  // one space between words, none across lines
    const auto d = utf8::decode(raw, k);
    if (is_space(d.cp) && d.cp != utf8::replacement) {
      if (!title.empty() && title.back() != ' ') title.push_back(' ');
    } else {
      title.append(raw.substr(k, d.length));
    }
    k += d.length;
  }
  t.title = std::move(title);
  return t;
}

// `김민수, 이정훈 대표` or `김민수와 이정훈 대표`: earlier names of a list share the title.
void Recognizer::add_list_members(std::size_t first, const Tail& tail) {
  std::size_t k = first;
  for (int members = 0; members < 8 && k >= 1; ++members) {
    const std::size_t p = k - 1;
    std::size_t cand = 0;
    std::string_view name;
    if (!tokens_[p].word && (word(p) == "," || word(p) == "·" || word(p) == "ㆍ" || word(p) == "、") && p >= 1 &&
        is_word(p - 1)) {
      cand = p - 1;
      name = word(cand);
    } else if (is_word(p) && word(p) == "및" && p >= 1 && is_word(p - 1)) {
      cand = p - 1;
      name = word(cand);
    } else if (is_word(p) && tokens_[k].space_before) {
      const auto w = word(p);
      const auto last = last_char(w);
      if (last != "와" && last != "과") break;
      cand = p;
      name = w.substr(0, w.size() - last.size());
    } else {
      break;
    }
    const auto g = gazetteer_person(name);
    if (!g && !korean_name(name)) break;
    const ByteSpan span{tokens_[cand].span.begin, tokens_[cand].span.begin + name.size()};
    auto seen = out_.mentions.rbegin();
    for (int looked = 0; seen != out_.mentions.rend() && seen->sentence == sentence_index_ &&
                         seen->span.begin != span.begin && looked < 64;
         ++looked) {
      ++seen;
    }
    if (seen != out_.mentions.rend() && seen->span.begin != span.begin) seen = out_.mentions.rend();
    if (seen != out_.mentions.rend()) {
      if (out_.entities[seen->entity].kind != EntityKind::person) break;
      if (out_.entities[seen->entity].title.empty()) add_title(seen->entity, tail);
    } else {
      const auto e = entity_for(EntityKind::person, std::string(name), g);
      add_title(e, tail);
      mention(e, span, MentionForm::full, false);
    }
    k = cand;
  }
}

// A gazetteer hit at token j. Spaces inside aliases are optional, so the
// longest alias may run into the next word and end inside it (`조지아주` over
// `조지아 주지사`): then the word alone (less a particle) is tried.
std::optional<GazetteerMatch> Recognizer::gazetteer_at(std::size_t j) const {
  auto m = gazetteer_.find_at(text_, tokens_[j].span.begin);
  if (!m || m->span.end <= tokens_[j].span.end) return m;
  std::size_t k = j;
  while (k < tokens_.size() && tokens_[k].span.end < m->span.end) ++k;
  if (k >= tokens_.size() || !tokens_[k].word || m->span.end < tokens_[k].span.begin ||
      is_particle(text_.substr(m->span.end, tokens_[k].span.end - m->span.end))) {
    return m;  // `롯데호텔 서울에서`: the alias ends the word but for a particle
  }
  const auto w = word(j);
  const auto p = particle_start(w, 3);
  const auto base = p ? w.substr(0, *p) : w;
  if (const auto g = gazetteer_.find(base)) {
    return GazetteerMatch{*g, ByteSpan{tokens_[j].span.begin, tokens_[j].span.begin + base.size()}};
  }
  return m;
}

bool Recognizer::try_gazetteer(std::size_t& i) {
  const auto m = gazetteer_at(i);
  if (!m || m->span.end > sentence_end_) return false;
  std::size_t k = i;
  while (k < tokens_.size() && tokens_[k].span.end < m->span.end) ++k;
  if (k == tokens_.size()) return false;
  const auto& entry = gazetteer_.entry(m->entry);
  const auto rest = tokens_[k].word ? text_.substr(m->span.end, tokens_[k].span.end - m->span.end) : std::string_view{};
  std::optional<Tail> tail;
  bool subject = false;
  if (!rest.empty()) {
    if (is_particle(rest)) {
      subject = is_subject_particle(rest);
    } else if (entry.kind == EntityKind::person) {
      // A title glued to a known name: `이재용회장은`.
      const auto accept = [&](std::size_t end) { return is_particle(text_.substr(end, tokens_[k].span.end - end)); };
      const auto hit = rules_.titles.longest(text_, m->span.end, tokens_[k].span.end, false, accept);
      if (!hit) return false;
      Tail t;
      t.has_title = true;
      t.title = std::string(text_.substr(m->span.end, hit->end - m->span.end));
      t.reporter = rules_.title_info[hit->value].role == TitleRole::reporter;
      t.subject = is_subject_particle(text_.substr(hit->end, tokens_[k].span.end - hit->end));
      t.end = k + 1;
      tail = t;
    } else {
      return false;  // `카카오톡`, `삼성전사`: a longer word, not this name
    }
  }
  std::size_t next = k + 1;

  if (entry.kind == EntityKind::person) {
    std::optional<ByteSpan> alias;
    if (rest.empty()) {
      next = skip_parenthesis(next, alias);
      tail = parse_tail(next, true);
      if (!tail && alias) next = k + 1, alias.reset();
    }
    if (tail) commit(*tail, i);
    const auto e = entity_for(EntityKind::person, "", m->entry);
    if (tail) add_title(e, *tail);
    // `올트먼` alone is the last part of `샘 올트먼`: a partial form.
    const auto matched = normalize_key(piece(m->span));
    const auto& f = facts_[e];
    const bool partial = !f.last_word.empty() && f.last_word != entry.canonical && matched == normalize_key(f.last_word);
    if (alias) mention(e, *alias, MentionForm::partial, false);
    mention(e, m->span, partial ? MentionForm::partial : MentionForm::full, tail ? tail->subject : subject);
    if (tail) {
      add_list_members(i, *tail);
      next = std::max(next, tail->end);
    }
    i = next;
    return true;
  }

  ByteSpan span = m->span;
  std::string canonical = entry.canonical;
  std::optional<std::size_t> gaz = m->entry;
  auto kind = entry.kind;
  if (rest.empty() && is_word(next) && tokens_[next].space_before) {
    const auto nw = word(next);
    const auto p = particle_start(nw, 3);
    const auto base = p ? nw.substr(0, *p) : nw;
    const bool place_word = std::find(rules_.place_suffixes.begin(), rules_.place_suffixes.end(), base) !=
                            rules_.place_suffixes.end();
    const auto m2 = gazetteer_.find_at(text_, tokens_[next].span.begin);
    if (place_word) {
      // `삼성전자 사옥`, `평택 공장`: an organisation or place and a place word.
      canonical = entry.canonical + " " + std::string(base);
      span = ByteSpan{m->span.begin, tokens_[next].span.begin + base.size()};
      gaz = gazetteer_.find(canonical);
      if (gaz) canonical = gazetteer_.entry(*gaz).canonical;
      kind = EntityKind::place;
      if (entry.kind == EntityKind::organization) {
        mention(entity_for(EntityKind::organization, "", m->entry), m->span, MentionForm::full, false);
      }
      next = next + 1;
    } else if (entry.kind == EntityKind::place && m2 && gazetteer_.entry(m2->entry).kind == EntityKind::place &&
               district_word(piece(m2->span))) {
      // `서울 중구`, `서울시 서초구`: a city and its district make one place.
      std::size_t k2 = next;
      while (k2 < tokens_.size() && tokens_[k2].span.end < m2->span.end) ++k2;
      const auto rest2 = k2 < tokens_.size() ? text_.substr(m2->span.end, tokens_[k2].span.end - m2->span.end)
                                             : std::string_view{};
      if (k2 < tokens_.size() && is_particle(rest2)) {
        canonical = entry.canonical + " " + gazetteer_.entry(m2->entry).canonical;
        span = ByteSpan{m->span.begin, m2->span.end};
        gaz.reset();
        next = k2 + 1;
      }
    }
  }
  // `부산항 신항 물류센터`, `김해국제공항 국제선 터미널`: a part of a place
  // (a word or two, the last ending in a place word) joins it.
  if (kind == EntityKind::place && span.end == tokens_[next - 1].span.end) {
    const auto part = place_part(next);
    if (part.first != next) {
      canonical += " " + std::string(piece(ByteSpan{tokens_[next].span.begin, part.second}));
      span.end = part.second;
      gaz = gazetteer_.find(canonical);
      if (gaz) canonical = gazetteer_.entry(*gaz).canonical;
      next = part.first;
    }
  }
  const auto e = entity_for(kind, canonical, gaz);
  mention(e, span, MentionForm::full, subject);
  i = next;
  return true;
}

// After a place: one or two words, spaced, the last ending in a place word
// (`신항`, `물류센터`, `국제선 터미널`), none a verb form, a title or an
// ordinary word. Returns the token after them and the byte end of the part
// (a particle excluded); {j, 0} when there is none.
std::pair<std::size_t, std::size_t> Recognizer::place_part(std::size_t j) const {
  for (std::size_t len = 1; len <= 2; ++len) {
    const auto last = j + len - 1;
    if (!is_word(last) || !tokens_[last].space_before) break;
    const auto w = word(last);
    const auto p = particle_start(w, 3);
    const auto base = p ? w.substr(0, *p) : w;
    std::size_t unused = 0;
    if (verb_form(base) || title_at(last, unused) || hangul_length(base) < 2) break;
    // A bare place word (`신항`, `터미널`) or a generic compound (`물류센터`),
    // which make no place alone; a named one (`한빛호텔`) is a place of its own.
    const bool bare = rules_.place_endings.contains(base);
    const bool generic = has_class(base, WordClass::not_name);
    if (bare || (generic && rules_.place_endings.first_ending(base))) {
      return {last + 1, tokens_[last].span.begin + base.size()};
    }
    // The word between is an ordinary modifier (`국제선`), no name of its own.
    if (generic || transliterated_[last] || has_latin_or_digit(base) || gazetteer_.find_at(text_, tokens_[last].span.begin)) {
      break;
    }
    if (p) break;  // the middle word carries no particle
  }
  return {j, 0};
}

bool Recognizer::try_place_pattern(std::size_t& i) {
  const auto w = word(i);
  // Most words end in no place word and carry none after them.
  const auto quick = [&](std::size_t t) { return t < maybe_place_.size() && maybe_place_[t]; };
  if (!quick(i) && !quick(i + 1) && !quick(i + 2)) return false;
  const auto p = particle_start(w, 3);
  const auto base = p ? w.substr(0, *p) : w;
  // One word: `한빛호텔에서`, `판교사옥`.
  if (const auto suf = rules_.place_endings.first_ending(base); suf && base.size() > suf->size()) {
    const auto stem = base.substr(0, base.size() - suf->size());
    if (has_class(base, WordClass::not_name) || has_class(stem, WordClass::not_name) ||
        has_class(stem, WordClass::place_determiner)) {
      return false;
    }
    if (hangul_length(stem) < 2 && !has_latin_or_digit(stem)) return false;
    const auto g = gazetteer_.find(base);
    const auto e = entity_for(EntityKind::place, g ? gazetteer_.entry(*g).canonical : std::string(base), g);
    mention(e, ByteSpan{tokens_[i].span.begin, tokens_[i].span.begin + base.size()}, MentionForm::full, false);
    ++i;
    return true;
  }
  // Name words then a place word: `그랜드 하얏트 호텔`, `하얏트 호텔`.
  if (p) return false;  // the name part carries no particle
  for (std::size_t len = 2; len <= 3; ++len) {
    const auto last = i + len - 1;
    if (!is_word(last) || !tokens_[last].space_before) return false;
    const auto lw = word(last);
    const auto lp = particle_start(lw, 3);
    const auto lbase = lp ? lw.substr(0, *lp) : lw;
    const bool place_word = rules_.place_endings.contains(lbase);
    if (!place_word) {
      if (lp) return false;
      continue;
    }
    // Graves and memorials are named by ordinary words (`독립유공자 묘역`,
    // `애국지사 묘소`): no proper name needed before them, and a word may end
    // in 자 (者) there, not only a verb (`하자`).
    const bool memorial = lbase == "묘역" || lbase == "묘소" || lbase == "묘지" || lbase == "추모비";
    bool proper = false;
    for (std::size_t k = i; k < last; ++k) {
      const auto nw = word(k);
      std::size_t unused = 0;
      const bool person_noun = memorial && ends_with(nw, "자") && !ends_with(nw, "하자") && hangul_length(nw) >= 3;
      if (has_class(nw, WordClass::not_name) || has_class(nw, WordClass::place_determiner) || title_at(k, unused) ||
          (verb_form(nw) && !person_noun) || counted_time(nw)) {
        return false;
      }
      if (has_latin_or_digit(nw) || looks_transliterated(nw) || gazetteer_.find(nw)) proper = true;
    }
    if (!proper && !memorial) return false;
    const ByteSpan span{tokens_[i].span.begin, tokens_[last].span.begin + lbase.size()};
    std::string canonical;
    for (std::size_t k = i; k <= last; ++k) {
      if (!canonical.empty()) canonical.push_back(' ');
      canonical.append(k == last ? lbase : word(k));
    }
    const auto g = gazetteer_.find(canonical);
    const auto e = entity_for(EntityKind::place, g ? gazetteer_.entry(*g).canonical : canonical, g);
    mention(e, span, MentionForm::full, false);
    i = last + 1;
    return true;
  }
  return false;
}

bool Recognizer::try_korean_name(std::size_t& i) {
  const auto w = word(i);
  if (!title_near(i + 1, 10) || !korean_name(w) || given_name_first(i)) return false;
  // `조지아 주지사`: a place or organisation the gazetteer knows is no Korean name.
  if (const auto g = gazetteer_.find(w); g && gazetteer_.entry(*g).kind != EntityKind::person) return false;
  // `사토 겐이치`, `이토 마사히로`: a Japanese family name first, then the given name.
  if (is_word(i + 1) && tokens_[i + 1].space_before && foreign_family_name(w, 1) &&
      (transliterated_[i + 1] || japanese_given_name(i, word(i + 1)))) {
    return false;
  }
  // `회의를 마친 베커 회장은`: after an object, a two-syllable word ending in
  // ㄴ is a verb's adnominal form (마친, 맞은), not surname + given name.
  if (i > 0 && is_word(i - 1) && tokens_[i].space_before && hangul_length(w) == 2 &&
      hangul::final_index(utf8::decode(w, 3).cp) == 4) {
    const auto before = word(i - 1);
    if (hangul_length(before) >= 2 && (ends_with(before, "을") || ends_with(before, "를"))) return false;
  }
  std::optional<ByteSpan> alias;
  const auto after = skip_parenthesis(i + 1, alias);
  auto tail = parse_tail(after, true);
  if (!tail && after != i + 1) {
    alias.reset();
    tail = parse_tail(i + 1, true);
  }
  if (!tail || !tail->has_title) return false;
  const bool known = index_.count("person:" + normalize_key(w)) > 0;
  if (tail->weak && !known && tail->orgs.empty()) {
    // `박지영 시장과` is a mayor when the article says so elsewhere (see
    // weak_title_confirmed); `반도체 시장과` stays a market.
    std::string_view title = tail->title;
    if (const auto space = title.rfind(' '); space != std::string_view::npos) title = title.substr(space + 1);
    if (!tail_closed(*tail) || !weak_title_confirmed(i, title)) return false;
  }
  commit(*tail, i);
  const auto e = entity_for(EntityKind::person, std::string(w), std::nullopt);
  add_title(e, *tail);
  if (alias) mention(e, *alias, MentionForm::partial, false);
  mention(e, tokens_[i].span, MentionForm::full, tail->subject);
  add_list_members(i, *tail);
  i = tail->end;
  return true;
}

// `리창`, `왕후닝`: a Chinese family name the table lists and one or two
// syllables more, none of it an ordinary word or a Korean name.
bool Recognizer::chinese_one_word(std::string_view w) const {
  const auto n = hangul_length(w);
  if (n < 2 || n > 3 || has_class(w, WordClass::not_name) || korean_name(w)) return false;
  return foreign_family_name(w.substr(0, 3), 2) || (n == 3 && foreign_family_name(w.substr(0, 6), 2));
}

// A foreign surname alone before a title, no full name given (`베커 회장은`,
// `뮐러 총리는`): a person when the word is short like a surname (two
// to four syllables; company names run longer: `퍼플렉시티`), is no
// organisation the article or the gazetteer knows, and takes no organisation
// ending. A Chinese one-word name (`리창 총리`) needs an official's title.
bool Recognizer::lone_surname(std::size_t i, const Tail& tail, bool chinese_name) const {
  if (tail.has_title && !(is_word(i + 1) && tokens_[i + 1].space_before && title_index_[i + 1] != 0)) return false;
  const auto w = word(i);
  const auto n = hangul_length(w);
  // Companies have no prime minister: before an official's title a surname
  // may run longer (`크로그홀름 총리`, `슈타인마이어 대통령`).
  std::size_t title_end = 0;
  const auto next_title = title_at(i + 1, title_end);
  const bool official = next_title && rules_.title_info[*next_title].role == TitleRole::official;
  if (n < 2 || n > (official ? 6u : 4u)) return false;
  if (gazetteer_.find(w)) return false;
  // `독일 헬릭스 CEO`: after a country, the word is the company.
  if (i > 0 && is_word(i - 1) && tokens_[i].space_before) {
    if (const auto g = gazetteer_.find(word(i - 1)); g && gazetteer_.entry(*g).kind == EntityKind::place) return false;
  }
  // An organisation of the article named by it or starting with it (`헬릭스머티리얼즈`).
  for (const auto& e : out_.entities) {
    if (e.kind == EntityKind::organization && e.canonical.compare(0, w.size(), w) == 0) return false;
  }
  if (org_suffixed(w)) return false;
  std::size_t end = 0;
  const auto ti = title_at(i + 1, end);
  if (!ti) return false;
  const auto& info = rules_.title_info[*ti];
  if (info.weak || info.role == TitleRole::reporter || info.role == TitleRole::honorific) return false;
  if (chinese_name) return info.role == TitleRole::official;
  return transliterated_[i];
}

// Japanese given names may read like Sino-Korean too (`히로시`, `마사토`):
// after a listed Japanese family name, a word that
// is no ordinary word and takes no organisation ending is the given name
// (two to four syllables: `마사히로`).
bool Recognizer::japanese_given_name(std::size_t family, std::string_view w) const {
  if (!foreign_family_name(word(family), 1)) return false;
  const auto n = hangul_length(w);
  if (n < 2 || n > 4 || has_class(w, WordClass::not_name) || gazetteer_.find(w)) return false;
  return !org_suffixed(w);
}

// A word that ends in an organisation ending and is longer than it (`누리전자`).
// The last character is checked first: most words end in no ending's last one.
bool Recognizer::org_suffixed(std::string_view w) const {
  return NameRules::may_end_with(rules_.org_suffix_ends, w) &&
         std::any_of(rules_.org_suffixes.begin(), rules_.org_suffixes.end(),
                     [&](const std::string& s) { return w.size() > s.size() && ends_with(w, s); });
}

// A word after a name's first that reads as a company: an organisation
// ending, or four syllables and more ending in two Sino-Korean ones
// (`가나메정공`, `하쿠요물산`); transliterated given names end otherwise.
bool Recognizer::company_like(std::string_view w) const {
  const auto n = hangul_length(w);
  if (n < 2) return false;
  if (org_suffixed(w)) return true;
  // (A last syllable with no final consonant ends names as often: `가르시아`.)
  const auto last = utf8::decode(w, w.size() - 3).cp;
  return n >= 4 && sino_like_syllable(last) && hangul::final_index(last) != 0 &&
         sino_like_syllable(utf8::decode(w, w.size() - 6).cp);
}

// A name's last word may end in a syllable that reads like a particle
// (`오르테가`, `헤일리`, `마르가`) when its title follows it directly, or a
// place or organisation the gazetteer knows and then a title (`마르가 과테말라
// 재무장관`): a particle would have closed the phrase before them.
bool Recognizer::title_confirms_name(std::size_t j) const {
  if (!is_word(j) || !tokens_[j].space_before) return false;
  if (title_index_[j] != 0 || glued_title(j)) return true;
  const auto m = gazetteer_.find_at(text_, tokens_[j].span.begin);
  if (!m || m->span.end != tokens_[j].span.end || gazetteer_.entry(m->entry).kind == EntityKind::person) return false;
  return is_word(j + 1) && tokens_[j + 1].space_before && (title_index_[j + 1] != 0 || glued_title(j + 1));
}

// The title ends its phrase: a particle is glued to it, or punctuation or the
// sentence's end follows (`모스 시장은`, `오르테가 대통령,`), unlike a title
// word that is a noun's modifier (`…가 대표 제품을`, `바이오 시장 규모`).
bool Recognizer::tail_closed(const Tail& tail) const {
  if (tail.end == 0 || tail.end > tokens_.size()) return false;
  return tail.title_end < tokens_[tail.end - 1].span.end || !is_word(tail.end);
}

// `사라 베넷 주지사`, `존 리드 하원의원`, `파블로 가르시아 상원의원`: a given
// name that reads like a Korean name (사라, 마리아), like Sino-Korean (존) or
// ends like a particle (파블로), then a transliterated family name and a
// title right after it. A given name that is no transliteration needs an
// official's title: `이산 스트라바 대표` may be a Korean at a company.
bool Recognizer::given_name_first(std::size_t i) const {
  // The cheap test first: most words have no title two words on.
  if (i + 2 >= tokens_.size() || (title_index_[i + 2] == 0 && !maybe_glued_[i + 2])) return false;
  const auto w = word(i);
  const auto n = hangul_length(w);
  if (n < 1 || n > 5 || !is_word(i + 1) || !tokens_[i + 1].space_before || !transliterated_[i + 1]) return false;
  if (has_class(w, WordClass::not_name) || gazetteer_.find(w) || rules_.titles.exact(w)) return false;
  // `따르면`, `따로`: a verb's or adverb's ending; only a longer word may end in
  // 로 as names do (`파블로`, `마르셀로`, `알레한드로`).
  if (ends_like_grammar(w) && !(n >= 3 && last_char(w) == "로")) return false;
  // A Sino-like word is a given name when it reads like a Korean name (`사라`)
  // or is short with no final consonant (`호세`); `회의로`, `주말` are words.
  if (!transliterated_[i] && n >= 2 && !korean_name(w)) {
    // `파울로`: three syllables ending in 로 after a stem that is no word (`회의로` is).
    const auto stem = w.substr(0, w.size() - 3);
    if (n == 3 && last_char(w) == "로" && !has_class(stem, WordClass::not_name) && !gazetteer_.find(stem) &&
        !rules_.titles.exact(stem)) {
      return title_confirms_name(i + 2) && !ends_like_grammar(word(i + 1)) && !org_suffixed(word(i + 1)) &&
             !gazetteer_.find(word(i + 1));
    }
    if (n > 2 || ends_like_grammar(w)) return false;
    for (std::size_t k = 0; k < w.size(); k += 3) {
      if (hangul::final_index(utf8::decode(w, k).cp) != 0) return false;
    }
  }
  const auto next = word(i + 1);
  if (hangul_length(next) < 2 || ends_like_grammar(next) || org_suffixed(next) || gazetteer_.find(next) ||
      has_class(next, WordClass::not_name)) {
    return false;
  }
  const auto t = i + 2;
  if (!is_word(t) || !tokens_[t].space_before) return false;
  std::optional<std::uint32_t> ti;
  if (title_index_[t] != 0) {
    ti = title_index_[t] - 1;
  } else if (const auto glued = glued_title(t)) {
    const auto w2 = word(t);
    const auto p = particle_start(w2, 3);
    ti = rules_.titles.exact(text_.substr(*glued, tokens_[t].span.begin + (p ? *p : w2.size()) - *glued));
  }
  if (!ti) return false;
  const auto& info = rules_.title_info[*ti];
  if (info.weak || info.role == TitleRole::reporter || info.role == TitleRole::honorific) return false;
  return transliterated_[i] || info.role == TitleRole::official;
}

// `짐을 푼 크로그홀름 총리`, `회의를 마친 베커 회장`: after an object, a word of
// one or two syllables ending in ㄴ or ㄹ is a verb's adnominal form, which
// starts no name.
bool Recognizer::adnominal_after_object(std::size_t i) const {
  if (i == 0 || !is_word(i - 1) || !tokens_[i].space_before) return false;
  const auto w = word(i);
  const auto n = hangul_length(w);
  if (n < 1 || n > 2) return false;
  const auto final = hangul::final_index(utf8::decode(w, w.size() - 3).cp);
  if (final != 4 && final != 8) return false;  // ㄴ, ㄹ
  const auto before = word(i - 1);
  return hangul_length(before) >= 2 && (ends_with(before, "을") || ends_with(before, "를"));
}

// `마르쿠스 헤이노넨 볼트릭스 최고경영자(CEO)`: Korean news puts the company
// between a name and a title, so the last of three transliterated words
// before a company title (CEO, 회장, 대표) is the company; officials' names
// run to three words more often (`후안 카를로스 메디나 대통령`), so before an
// official's title, and for two words, the article must say so elsewhere:
// the word before it alone with a title (`헤이노넨 CEO는`), the two words
// the other way round (`볼트릭스 헤이노넨 CEO`), or the word already named
// as an organisation.
bool Recognizer::last_word_is_company(std::size_t i, std::size_t k) {
  const auto j = i + k - 1;
  const auto last = word(j);
  if (!transliterated_[j] || hangul_length(last) < 2 || ends_like_grammar(last) ||
      has_class(last, WordClass::not_name)) {
    return false;
  }
  std::size_t title_end = 0;
  const auto title = title_at(j + 1, title_end);
  if (!title) return false;
  const auto& info = rules_.title_info[*title];
  if (info.role == TitleRole::reporter || info.role == TitleRole::honorific) return false;
  if (k == 3 && info.role != TitleRole::official) return true;
  if (index_.count("organization:" + normalize_key(last))) return true;
  // The word before is the person's when it stands alone with a title and
  // the last word does not (outside this phrase).
  const auto before = word(j - 1);
  const ByteSpan here{tokens_[i].span.begin, tokens_[j].span.end};
  return word_then_title_elsewhere(before, here, last) && !word_then_title_elsewhere(last, here, before);
}

// `볼트릭스 헤이노넨 CEO` in a headline, `헤이노넨 볼트릭스 CEO` in the body:
// two words the article also gives the other way round, the second alone
// with a title (`헤이노넨 CEO는`) or the reversed pair after a given name and
// before a title (`마르쿠스 헤이노넨 볼트릭스 최고경영자`): the first is the
// company, no given name.
bool Recognizer::first_word_is_company(std::size_t i) {
  if (!is_word(i + 1) || !tokens_[i + 1].space_before || !transliterated_[i] || !transliterated_[i + 1]) {
    return false;
  }
  std::size_t title_end = 0;
  if (!title_at(i + 2, title_end)) return false;
  const auto first = word(i);
  const auto second = word(i + 1);
  const ByteSpan here{tokens_[i].span.begin, tokens_[i + 1].span.end};
  return words_elsewhere(second, first, false) &&
         (word_then_title_elsewhere(second, here, first) || words_elsewhere(second, first, true));
}

bool Recognizer::try_foreign_name(std::size_t& i) {
  // Every word of an unknown foreign name reads as a transliteration
  // (`아라빈드 스리니바스`); native words (`곧바로`, `회동`) do not.
  // A title follows an unknown name within a few words (name words,
  // parenthesis, organisation), or this is no name: the cheap test first.
  // Japanese and Chinese family names often read like Sino-Korean
  // (`야마구치 다쓰야`, `다나카 히로시`): a first word of three or more
  // syllables may, when the given name after it is a transliteration.
  // So may a family name foreign_family_names.tsv lists (`사토 겐이치`).
  // Every test below is a pure reading of the sentence: the title test
  // first, as most words have no title near them.
  if (!title_near(i + 1, 10)) return false;
  const bool listed_family_name = foreign_family_name(word(i), 1);
  const bool given_first = given_name_first(i);
  const bool sino_family_name =
      (!transliterated_[i] && is_word(i + 1) && tokens_[i + 1].space_before &&
       ((transliterated_[i + 1] && (hangul_length(word(i)) >= 3 || listed_family_name)) ||
        (listed_family_name && japanese_given_name(i, word(i + 1))))) ||
      given_first;
  // Chinese names are one word, often all Sino-like (`리창`): a listed family
  // name and one or two syllables more, before an official's title.
  const bool chinese_name = !transliterated_[i] && chinese_one_word(word(i));
  // Vietnamese names: a listed family name and one to three short words
  // (`응우옌 반 탄`, `보 반 트엉`), which may all read like Sino-Korean.
  const bool vietnamese = foreign_family_name(word(i), 3) && is_word(i + 1) && tokens_[i + 1].space_before &&
                          hangul_length(word(i + 1)) >= 1 && hangul_length(word(i + 1)) <= 2;
  if (!(transliterated_[i] || sino_family_name || chinese_name || vietnamese)) return false;
  if (adnominal_after_object(i)) return false;
  if (first_word_is_company(i)) return false;
  std::array<bool, 4> name_word{};
  std::array<bool, 4> known_person{};
  std::array<bool, 4> particle_end{};
  std::size_t words = 0;
  for (; words < (vietnamese ? 4u : 3u) && i + words < tokens_.size(); ++words) {
    const auto t = i + words;
    if (!is_word(t) || (words > 0 && !tokens_[t].space_before)) break;
    const auto w = word(t);
    // `이치로` of `스즈키 이치로` ends like 으로 and reads like a Korean name.
    const bool given = words == 1 && !transliterated_[t] && japanese_given_name(i, w);
    const auto n = hangul_length(w);
    const bool vietnamese_part = vietnamese && words > 0 && n >= 1 && n <= 2 && title_index_[t] == 0 &&
                                 !has_class(w, WordClass::not_name) && !gazetteer_.find(w);
    // See title_confirms_name: `오르테가 대통령`, not `…가 대통령` of a known word.
    const bool confirmed_end = transliterated_[t] && particle_like_end(w) && title_confirms_name(t + 1) &&
                               !gazetteer_.find(w.substr(0, w.size() - 3)) &&
                               !index_.count("organization:" + normalize_key(w.substr(0, w.size() - 3)));
    if (!(transliterated_[t] || (words == 0 && (sino_family_name || chinese_name || vietnamese)) || given ||
          vietnamese_part) ||
        (ends_like_grammar(w) && !given && !confirmed_end && !(words == 0 && given_first)) ||
        !foreign_word(w, confirmed_end) ||
        (korean_name(w) && !(words == 0 && sino_family_name) && !given && !vietnamese_part &&
         !(words > 0 && confirmed_end)) ||
        (words > 0 && !given && !vietnamese_part && company_like(w))) {
      break;
    }
    name_word[words] = true;
    known_person[words] = gazetteer_person(w).has_value();
    particle_end[words] = confirmed_end && n >= 3;
    if (confirmed_end) {
      ++words;
      break;  // the title comes next: the name ends here
    }
  }
  // A transliterated first word may stand alone (`코발스키 텔로릭스 CEO`).
  for (std::size_t k = words; k >= (sino_family_name && !transliterated_[i] ? 2 : 1); --k) {
    bool ok = true;
    for (std::size_t t = 0; t < k && ok; ++t) ok = name_word[t] && !(k > 1 && known_person[t]);
    if (!ok) continue;
    std::optional<ByteSpan> alias;
    const auto after = skip_parenthesis(i + k, alias);
    auto tail = parse_tail(after, true);
    if (!tail || !tail->has_title) continue;
    // `마르쿠스 헤이노넨 볼트릭스 최고경영자`: the last word is the company,
    // and the name one word shorter takes it as its organisation.
    if (k >= 2 && after == i + k && tail->orgs.empty() && last_word_is_company(i, k)) continue;
    // `캐서린 모스 시장은`: two name words or more right before an official's
    // weak title (시장, 대사), the phrase closed after it, make a person; one
    // word (`스마트폰 시장`) or an open phrase (`바이오 헬스 시장 규모`) does not.
    // So does a place the gazetteer knows between (`캐서린 모스 애틀랜타 시장과`).
    if (tail->weak) {
      const auto ti = rules_.titles.exact(tail->title);
      const bool place_only = tail->orgs.empty() || (tail->orgs.size() == 1 && tail->orgs[0].gazetteer_entry &&
                                                     tail->orgs[0].kind == EntityKind::place);
      if (k < 2 || !place_only || after != i + k || !ti ||
          rules_.title_info[*ti].role != TitleRole::official || !tail_closed(*tail)) {
        continue;
      }
    }
    if (particle_end[k - 1] && tail->orgs.empty() && !tail_closed(*tail)) continue;
    // One word before a title names a company as often as a person
    // (`퍼플렉시티 CEO`): it takes an organisation in between to be a name,
    // or a word shaped like a surname (see lone_surname).
    if (k == 1 && tail->orgs.empty()) {
      if (!lone_surname(i, *tail, chinese_name)) continue;
      // A short form of someone named before (`나델러 CEO`) is a reference, not a new person.
      if (try_last_name(i)) return true;
    }
    std::string canonical;
    for (std::size_t t = i; t < i + k; ++t) {
      if (!canonical.empty()) canonical.push_back(' ');
      canonical.append(word(t));
    }
    std::optional<std::size_t> g = gazetteer_person(canonical);
    if (!g) {
      // A variant spelling of a known name: `나델러 마이크로소프트 CEO`.
      const auto last = word(i + k - 1);
      const int initial = first_initial(last);
      if (initial >= 0) {
        const auto spelled = spell(last);
        for (const auto& known : data_.variant_buckets[static_cast<std::size_t>(initial)]) {
          // `안드레스 오르테가` is no `다니엘 오르테가`: a full name must be similar as a whole.
          if (similar_spellings(known.spelling, known.text, spelled, last) &&
              (k == 1 || similar_names(canonical, gazetteer_.entry(known.entry).canonical))) {
            g = known.entry;
            break;
          }
        }
      }
    }
    commit(*tail, i);
    const auto e = entity_for(EntityKind::person, canonical, g);
    add_title(e, *tail);
    if (alias) mention(e, *alias, MentionForm::partial, false);
    const ByteSpan span{tokens_[i].span.begin, tokens_[i + k - 1].span.end};
    mention(e, span, g && normalize_key(canonical) != normalize_key(out_.entities[e].canonical) ? MentionForm::partial
                                                                                                 : MentionForm::full,
            tail->subject);
    i = tail->end;
    return true;
  }
  return false;
}

}  // namespace detail
}  // namespace ktimeline
