// Short references, resolved to an entity mentioned before them in the same
// article: `이 회장` (surname + title), `올트먼 CEO`/`울트먼은` (last name or a
// variant of it), `그는` (the last subject person, when unambiguous), `두
// 사람`/`3인방` (the last two or three people), `같은 호텔` (the last hotel),
// and floors (`4층`) as parts of the last place. Short references never make
// a new person: with no antecedent they are left alone.
#include <algorithm>
#include <array>

#include "entity_recognizer.hpp"

namespace ktimeline {
namespace detail {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool starts_with(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(0, p.size()) == p; }

// `두`, `세`, `2`: how many people a group word counts.
int count_word(std::string_view w) {
  if (w == "두" || w == "양" || w == "2") return 2;
  if (w == "세" || w == "3") return 3;
  if (w == "네" || w == "4") return 4;
  return 0;
}

// Titles news uses for one another: `올트먼 최고경영자` is later `올트먼 CEO`.
bool same_title_family(std::string_view a, std::string_view b) {
  constexpr std::array<std::string_view, 4> chief{"ceo", "최고경영자", "대표", "대표이사"};
  const auto in = [&](std::string_view x) { return std::find(chief.begin(), chief.end(), x) != chief.end(); };
  return in(a) && in(b);
}

}  // namespace

// `양국` (both countries) and compounds of countries' short names (`한일`,
// `한미일`, `미중`) before 정상: how many leaders they count, else 0.
int Recognizer::countries_count(std::string_view w) const {
  if (w == "양국") return 2;
  const auto n = hangul_length(w);
  if (n < 2 || n > 3) return 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (!rules_.country_short_names.exact(w.substr(k * 3, 3))) return 0;
  }
  return static_cast<int>(n);
}

bool Recognizer::titles_compatible(const Facts& facts, std::string_view title) const {
  const auto q = normalize_key(title);
  for (const auto& t : facts.titles) {
    const auto k = normalize_key(t);
    if (k == q || same_title_family(k, q)) return true;
    if (starts_with(k, q)) return true;  // `대표이사 사장` is a `대표`
    // `AI인프라 사장`, `부총리 겸 장관` end in the title, but a 부회장 is no 회장.
    if (k.size() > q.size() && k.substr(k.size() - q.size()) == q) {
      const auto before = k.substr(0, k.size() - q.size());
      if (before.size() < 3 || before.substr(before.size() - 3) != "부") return true;
    }
    // The last word of a compound title: `대표이사 사장` -> `사장`, `ceo` in `최고경영자(ceo)`.
    const auto open = k.find('(');
    if (open != std::string::npos && k.find(q, open) != std::string::npos) return true;
  }
  return false;
}

std::optional<std::size_t> Recognizer::last_place(std::string_view kind_word) const {
  const bool any = kind_word == "장소" || kind_word == "곳" || kind_word == "건물";
  if (any) return last_place_;
  // Look back a bounded way: `같은 호텔` points at a hotel named not long before.
  std::size_t looked = 0;
  for (auto it = out_.mentions.rbegin();
       it != out_.mentions.rend() && it->sentence + 30 >= sentence_index_ && ++looked <= 500; ++it) {
    const auto& e = out_.entities[it->entity];
    if (e.kind != EntityKind::place || e.part_of) continue;
    if (e.canonical.find(kind_word) != std::string::npos) return it->entity;
    for (const auto& s : e.surfaces) {
      if (s.find(kind_word) != std::string::npos) return it->entity;
    }
  }
  return std::nullopt;
}

bool Recognizer::try_place_reference(std::size_t& i) {
  const auto w = word(i);
  const bool digit_start = !w.empty() && w[0] >= '0' && w[0] <= '9';
  if (!digit_start && w != "지하" && !token_has(i, WordClass::place_determiner)) return false;
  // Floors: `4층`, `지하 2층`, parts of the place named last.
  std::size_t floor_token = i;
  if (w == "지하" && is_word(i + 1) && tokens_[i + 1].space_before) floor_token = i + 1;
  const auto fw = word(floor_token);
  const auto fp = particle_start(fw, 1);
  const auto fbase = fp ? fw.substr(0, *fp) : fw;
  if (fbase.size() > 3 && fbase.substr(fbase.size() - 3) == "층" && all_digits(fbase.substr(0, fbase.size() - 3))) {
    const ByteSpan span{tokens_[i].span.begin, tokens_[floor_token].span.begin + fbase.size()};
    const std::string surface(piece(span));
    const std::string key = last_place_ ? surface + "@" + std::to_string(*last_place_) : surface;
    const auto e = entity_for(EntityKind::place, key, std::nullopt);
    out_.entities[e].canonical = surface;
    out_.entities[e].part_of = last_place_;
    mention(e, span, MentionForm::full, false);
    i = floor_token + 1;
    return true;
  }
  // `같은 호텔`, `이 호텔`, `해당 건물`: the place named last of that kind.
  if (!token_has(i, WordClass::place_determiner) || !is_word(i + 1) || !tokens_[i + 1].space_before) return false;
  const auto nw = word(i + 1);
  const auto p = particle_start(nw, 3);
  const auto base = p ? nw.substr(0, *p) : nw;
  const bool place_word = base == "장소" || base == "곳" || base == "건물" ||
                          std::find(rules_.place_suffixes.begin(), rules_.place_suffixes.end(), base) !=
                              rules_.place_suffixes.end();
  if (!place_word) return false;
  const auto target = last_place(base);
  if (!target) return false;
  mention(*target, ByteSpan{tokens_[i].span.begin, tokens_[i + 1].span.begin + base.size()}, MentionForm::partial,
          false);
  i += 2;
  return true;
}

bool Recognizer::try_group(std::size_t& i) {
  const auto w = word(i);
  int count = 0;
  ByteSpan span{};
  std::size_t next = i + 1;
  enum class GroupKind { people, leaders, titled } kind = GroupKind::people;
  std::string_view title;
  // `3인방`, `3인방은`
  std::size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  if (digits > 0 && starts_with(w.substr(digits), "인방") && is_particle(w.substr(digits + 6))) {
    count = count_word(w.substr(0, digits));
    span = ByteSpan{tokens_[i].span.begin, tokens_[i].span.begin + digits + 6};
  } else if (const int n = w == "양사" || w == "양측" ? 2 : count_word(w) > 0 ? count_word(w) : countries_count(w);
             n > 0 && is_word(i + 1) && tokens_[i + 1].space_before) {
    // `두 사람`, `세 사람은`; `두 정상`, `양 정상` (heads of state or
    // government); `두 회장`, `양사 대표` (people of that title).
    const auto nw = word(i + 1);
    std::size_t title_end = 0;
    const bool countries = count_word(w) == 0 && w != "양사" && w != "양측";  // `한일`, `양국`: only with 정상
    if (countries && !starts_with(nw, "정상")) return false;
    if (w != "양사" && w != "양측" && w != "양" && starts_with(nw, "사람") && is_particle(nw.substr(6))) {
      count = n;
      span = ByteSpan{tokens_[i].span.begin, tokens_[i + 1].span.begin + 6};
      next = i + 2;
    } else if (starts_with(nw, "정상") && is_particle(nw.substr(6))) {
      count = n;
      kind = GroupKind::leaders;
      span = ByteSpan{tokens_[i].span.begin, tokens_[i + 1].span.begin + 6};
      next = i + 2;
    } else if (const auto ti = w == "양" ? std::nullopt : title_at(i + 1, title_end);  // `양 회장` is Mr Yang
               ti && title_end <= tokens_[i + 1].span.end && rules_.title_info[*ti].role != TitleRole::reporter &&
               rules_.title_info[*ti].role != TitleRole::honorific) {
      count = n;
      kind = GroupKind::titled;
      title = text_.substr(tokens_[i + 1].span.begin, title_end - tokens_[i + 1].span.begin);
      span = ByteSpan{tokens_[i].span.begin, title_end};
      next = i + 2;
    }
  }
  if (count < 2 || recent_people_.size() < static_cast<std::size_t>(count)) return false;
  // The last `count` people that fit, most recent first, then in text order.
  std::vector<std::size_t> members;
  for (auto it = recent_people_.rbegin(); it != recent_people_.rend() && members.size() < static_cast<std::size_t>(count);
       ++it) {
    const auto& f = facts_[*it];
    bool fits = true;
    if (kind == GroupKind::leaders) fits = has_title_role(f, TitleRole::official);
    if (kind == GroupKind::titled) fits = titles_compatible(f, title);
    if (fits) members.push_back(*it);
  }
  // `양사 대표` may be a 회장 and a 사장: any two business leaders then.
  if (kind == GroupKind::titled && members.size() < static_cast<std::size_t>(count)) {
    members.clear();
    const auto role = rules_.title_info[*rules_.titles.exact(title)].role;
    for (auto it = recent_people_.rbegin();
         it != recent_people_.rend() && members.size() < static_cast<std::size_t>(count); ++it) {
      if (has_title_role(facts_[*it], role)) members.push_back(*it);
    }
  }
  if (members.size() < static_cast<std::size_t>(count)) return false;
  // `두 사람은`, `양사 대표가`: the group is the clause's subject.
  const std::size_t last = next - 1;
  const bool subject = span.end < tokens_[last].span.end &&
                       is_subject_particle(text_.substr(span.end, tokens_[last].span.end - span.end));
  for (auto it = members.rbegin(); it != members.rend(); ++it) mention(*it, span, MentionForm::group, subject);
  i = next;
  return true;
}

// True when one of the person's titles ends in a title of that role
// (`부산시장` -> 시장, official; `최고경영자(CEO)` -> 최고경영자, leader).
bool Recognizer::has_title_role(const Facts& facts, TitleRole role) const {
  for (const auto& t : facts.titles) {
    auto base = std::string_view(t);
    if (const auto open = base.find('('); open != std::string_view::npos) base = base.substr(0, open);
    for (std::size_t pos = 0; pos < base.size(); pos += utf8::decode(base, pos).length) {
      if (const auto ti = rules_.titles.exact(base.substr(pos))) {
        if (rules_.title_info[*ti].role == role) return true;
        break;
      }
    }
  }
  return false;
}

bool Recognizer::try_pronoun(std::size_t& i) {
  const auto w = word(i);
  if (!starts_with(w, "그") || w.size() == 3) return false;  // bare `그` is mostly "that"
  // `그녀는` (she) reads like `그는`; bare `그녀` has no particle to tell its role.
  const std::size_t stem = starts_with(w, "그녀") && w.size() > 6 ? 6 : 3;
  const auto rest = w.substr(stem);
  constexpr std::array<std::string_view, 14> endings{"는", "가", "의", "도", "와", "를", "에게", "에게는",
                                                     "에게서", "와의", "와는", "만", "로서", "야말로"};
  if (std::find(endings.begin(), endings.end(), rest) == endings.end()) return false;
  if (subjects_.empty()) return false;
  const auto candidate = subjects_.back();
  if (sentence_index_ > candidate.sentence + 6) return false;  // too far back to be meant
  // Two different subjects in the candidate's sentence: `그` could be either.
  std::size_t looked = 0;
  for (auto it = subjects_.rbegin(); it != subjects_.rend() && it->sentence == candidate.sentence && ++looked <= 64;
       ++it) {
    if (it->entity != candidate.entity) return false;
  }
  mention(candidate.entity, ByteSpan{tokens_[i].span.begin, tokens_[i].span.begin + stem}, MentionForm::pronoun,
          is_subject_particle(rest));
  ++i;
  return true;
}

// `이 회장`, `손 회장`, and one-syllable last names of foreign people with a
// title: `황 CEO`, `쿡 CEO`.
bool Recognizer::try_surname_title(std::size_t& i) {
  const auto w = word(i);
  const auto n = hangul_length(w);
  if (n < 1 || n > 2) return false;
  if (!is_word(i + 1) || !tokens_[i + 1].space_before) return false;
  std::size_t end = 0;
  if (!title_at(i + 1, end)) return false;
  const bool surname = rules_.surnames.exact(w).has_value();
  const auto title = text_.substr(tokens_[i + 1].span.begin, end - tokens_[i + 1].span.begin);
  for (auto it = recent_people_.rbegin(); it != recent_people_.rend(); ++it) {
    const auto& f = facts_[*it];
    const bool by_surname = surname && f.surname == w;
    const bool by_last_name = f.last_word == w;
    const bool by_family_name = f.first_word == w;  // `사토 사장` of `사토 겐이치`
    if (!(by_surname || by_last_name || by_family_name) || !titles_compatible(f, title)) continue;
    std::size_t k = i + 1;
    while (tokens_[k].span.end < end) ++k;
    const auto rest = text_.substr(end, tokens_[k].span.end - end);
    mention(*it, ByteSpan{tokens_[i].span.begin, end}, MentionForm::partial, is_subject_particle(rest));
    i = k + 1;
    return true;
  }
  return false;
}

bool Recognizer::try_last_name(std::size_t& i) {
  // Last names to refer by are transliterations (`올트먼`); a name that reads
  // like Sino-Korean (`야마구치`, `마사요시`) only with a title after it.
  const bool titled_next = is_word(i + 1) && tokens_[i + 1].space_before && title_index_[i + 1] != 0;
  if (!transliterated_[i] && !titled_next) return false;
  if (!any_last_word_ && !titled_next) return false;
  const auto w = word(i);
  // The whole word first (`알트만` ends in what could be the particle 만), then
  // the word less a particle (`울트먼은`).
  const auto p = particle_start(w, 6);
  for (const bool whole : {true, false}) {
    if (!whole && !p) break;
    const auto base = whole ? w : w.substr(0, *p);
    if (resolve_last_name(i, base, whole && titled_next, whole ? std::string_view{} : w.substr(*p))) return true;
  }
  return false;
}

bool Recognizer::resolve_last_name(std::size_t& i, std::string_view base, bool titled, std::string_view particle) {
  const auto syllables = hangul_length(base);
  if (syllables < 2 || syllables > 6 || has_class(base, WordClass::not_name)) return false;
  const bool foreign_looking = looks_transliterated(base);
  const int initial = first_initial(base);

  // `base` is spelled at most once, and only when a cheap test leaves a candidate.
  std::optional<Spelling> spelled;
  const auto spelled_base = [&]() -> const Spelling& {
    if (!spelled) spelled = spell(base);
    return *spelled;
  };
  std::optional<std::size_t> found;
  // Articles repeat their words: each (person, word) pair is compared once.
  const auto similar = [&](Facts& f) {
    auto seen = f.variants_seen.find(base);
    if (seen == f.variants_seen.end()) {
      seen = f.variants_seen.emplace(std::string(base), similar_spellings(f.last_spelling, f.last_word, spelled_base(), base)).first;
    }
    return seen->second;
  };
  for (auto it = recent_people_.rbegin(); it != recent_people_.rend() && !found; ++it) {
    auto& f = facts_[*it];
    const auto& last = f.last_word;
    if (titled && !f.first_word.empty() && f.first_word == base) {
      found = *it;  // family name first: `야마구치 회장` of `야마구치 다쓰야`
      break;
    }
    // Equal words share their first consonant: most people fail this cheap test.
    if (last.empty() || f.last_initial != initial) continue;
    if (last == base) {
      found = *it;
    } else if (foreign_looking && f.last_syllables + 1 >= syllables &&
               syllables + 1 >= f.last_syllables && similar(f)) {
      found = *it;
    }
  }
  if (!found && titled && foreign_looking && initial >= 0) {
    // A variant of a name the gazetteer knows, vouched for by its title: `나델러 CEO`.
    for (const auto& known : data_.variant_buckets[static_cast<std::size_t>(initial)]) {
      if (similar_spellings(known.spelling, known.text, spelled_base(), base)) {
        found = entity_for(EntityKind::person, "", known.entry);
        break;
      }
    }
  }
  if (!found) return false;
  // `올트먼 CEO는`: the title after a bare last name joins the mention.
  std::size_t end = tokens_[i].span.begin + base.size();
  std::size_t next = i + 1;
  std::size_t title_end = 0;
  if (titled && title_at(i + 1, title_end)) {
    std::size_t k = i + 1;
    while (tokens_[k].span.end < title_end) ++k;
    particle = text_.substr(title_end, tokens_[k].span.end - title_end);
    end = title_end;
    next = k + 1;
  }
  mention(*found, ByteSpan{tokens_[i].span.begin, end}, MentionForm::partial, is_subject_particle(particle));
  i = next;
  return true;
}

}  // namespace detail
}  // namespace ktimeline
