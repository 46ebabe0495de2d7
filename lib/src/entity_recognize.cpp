// recognize_entities(): tokenizes each sentence once and walks it left to
// right, trying short references first (they need what came before), then
// full names. The helpers every rule shares live here too.
#include <algorithm>
#include <array>
#include <cstdint>

#include "entity_recognizer.hpp"

namespace ktimeline {
namespace detail {

void tokenize(std::string_view text, ByteSpan range, std::vector<Token>& out) {
  out.clear();
  bool space = true;
  std::size_t i = range.begin;
  while (i < range.end) {
    const auto d = decode_fast(text, i);
    const auto len = std::min(d.length, range.end - i);
    const bool bad = d.cp == utf8::replacement;
    if (!bad && is_space(d.cp)) {
      space = true;
      i += len;
      continue;
    }
    // ㆍ (U+318D) sits among the jamo but separates names like `·`.
    const bool word = !bad && is_word_char(d.cp) && d.cp != 0x318D;
    if (word && !out.empty() && out.back().word && !space) {
      out.back().span.end = i + len;
    } else {
      out.push_back(Token{ByteSpan{i, i + len}, word, space});
    }
    space = false;
    i += len;
  }
}

Recognizer::Recognizer(std::string_view text, const Gazetteer& gazetteer)
    : text_(text), gazetteer_(gazetteer), data_(gazetteer.internals()), rules_(gazetteer.rules()) {}

bool Recognizer::is_particle(std::string_view rest) const {
  return rest.empty() || rules_.particles.exact(rest).has_value();
}

bool Recognizer::is_subject_particle(std::string_view rest) const {
  const auto v = rules_.particles.exact(rest);
  return v && *v == 1;
}

std::optional<std::size_t> Recognizer::particle_start(std::string_view w, std::size_t min_stem) const {
  // One walk back from the end finds every particle ending the word; keep the
  // longest that leaves a stem of at least `min_stem` bytes.
  std::optional<std::size_t> found;
  rules_.particles_reversed.each_suffix(w, [&](std::size_t start, std::uint32_t) {
    if (start >= min_stem && start > 0) found = start;
  });
  return found;
}

bool Recognizer::has_class(std::string_view w, WordClass c) const {
  // A whole word token of the sentence: index_sentence() read its classes once.
  const auto at = reinterpret_cast<std::uintptr_t>(w.data());
  const auto base = reinterpret_cast<std::uintptr_t>(text_.data());
  if (!w.empty() && at >= base && at - base < text_.size()) {
    const std::size_t begin = at - base;
    const auto it = std::lower_bound(tokens_.begin(), tokens_.end(), begin,
                                     [](const Token& t, std::size_t b) { return t.span.begin < b; });
    if (it != tokens_.end() && it->word && it->span.begin == begin && it->span.end == begin + w.size()) {
      return token_has(static_cast<std::size_t>(it - tokens_.begin()), c);
    }
  }
  const auto v = rules_.words.exact(w);
  return v && ((*v >> static_cast<unsigned>(c)) & 1u);
}

// A title starting at token j: its index in title_info, and the byte where
// the title ends (a particle may follow inside the same token).
std::optional<std::size_t> Recognizer::title_at(std::size_t j, std::size_t& title_end_byte) const {
  if (j >= title_index_.size() || title_index_[j] == 0) return std::nullopt;
  title_end_byte = title_end_[j];
  return title_index_[j] - 1;
}

bool Recognizer::title_near(std::size_t j, std::size_t count) const {
  for (std::size_t k = j; k < j + count && k < tokens_.size(); ++k) {
    if (title_index_[k] != 0 || maybe_glued_[k]) return true;
  }
  return false;
}

void Recognizer::index_sentence() {
  const auto n = tokens_.size();
  title_index_.assign(n, 0);
  title_end_.assign(n, 0);
  classes_.assign(n, 0);
  maybe_glued_.assign(n, 0);
  maybe_place_.assign(n, 0);
  transliterated_.assign(n, 0);
  for (std::size_t j = 0; j < n; ++j) {
    if (!tokens_[j].word) continue;
    std::size_t end = 0;
    if (const auto t = title_uncached(j, end)) {
      title_index_[j] = static_cast<std::uint32_t>(*t + 1);
      title_end_[j] = end;
    }
    const auto w = word(j);
    if (const auto c = rules_.words.exact(w)) classes_[j] = *c;
    // One forward read of the word: is it a transliteration, and could a
    // title or place word end in its last four characters?
    std::array<char32_t, 4> last{};
    std::size_t count = 0;
    bool transliterated = false;
    bool clean = true;
    for (std::size_t p = 0; p < w.size();) {
      const auto d = decode_fast(w, p);
      if (hangul::is_syllable(d.cp) && !sino_like_syllable(d.cp)) transliterated = true;
      clean = clean && d.cp != utf8::replacement;
      last[count++ & 3u] = d.cp;
      p += d.length;
    }
    transliterated_[j] = transliterated ? 1 : 0;
    if (!clean) {
      // A word cut inside a character (a sentence span out of step with the
      // text): read its end backwards as characters are found there.
      std::size_t pos = w.size();
      for (int k = 0; k < 4 && pos > 0; ++k) {
        const auto start = utf8::previous(w, pos);
        const auto cp = utf8::decode(w, start).cp;
        if (rules_.title_ends.contains(cp)) maybe_glued_[j] = 1;
        if (k < 3 && rules_.place_suffix_ends.contains(cp)) maybe_place_[j] = 1;
        pos = start;
      }
      continue;
    }
    for (std::size_t k = 0; k < 4 && k < count; ++k) {
      const auto cp = last[(count - 1 - k) & 3u];  // k-th character from the end
      if (rules_.title_ends.contains(cp)) maybe_glued_[j] = 1;
      if (k < 3 && rules_.place_suffix_ends.contains(cp)) maybe_place_[j] = 1;
    }
  }
}

std::optional<std::size_t> Recognizer::title_uncached(std::size_t j, std::size_t& title_end_byte) const {
  if (!is_word(j)) return std::nullopt;
  const auto accept = [&](std::size_t end) {
    // The title must end a token, or leave only a particle in it.
    for (std::size_t k = j; k < tokens_.size(); ++k) {
      const auto& t = tokens_[k].span;
      if (end > t.end) continue;
      if (end < t.begin) return false;
      if (end == t.end) return true;
      if (!tokens_[k].word) return false;
      return is_particle(text_.substr(end, t.end - end));
    }
    return false;
  };
  const auto hit = rules_.titles.longest(text_, tokens_[j].span.begin, sentence_end_, true, accept);
  if (!hit) return std::nullopt;
  title_end_byte = hit->end;
  return hit->value;
}

std::size_t Recognizer::entity_for(EntityKind kind, std::string canonical, std::optional<std::size_t> entry) {
  // Gazetteer entries are found by number, with no key string to build.
  if (entry) {
    const auto [it, fresh] = by_entry_.try_emplace(*entry, out_.entities.size());
    if (!fresh) return it->second;
  } else {
    const auto [it, fresh] = index_.try_emplace(std::string(to_string(kind)) + ":" + normalize_key(canonical),
                                                out_.entities.size());
    if (!fresh) return it->second;
    // `헤이노넨 CEO` in a headline, `마르쿠스 헤이노넨` in the body: a person
    // named by a foreign family name alone, then in full, is one person, who
    // takes the full name.
    if (const auto sp = canonical.rfind(' '); kind == EntityKind::person && sp != std::string::npos) {
      const auto lone = index_.find("person:" + normalize_key(std::string_view(canonical).substr(sp + 1)));
      if (lone != index_.end()) {
        auto& earlier = out_.entities[lone->second];
        if (!earlier.gazetteer_entry && earlier.canonical.find(' ') == std::string::npos &&
            looks_transliterated(earlier.canonical)) {
          it->second = lone->second;
          earlier.canonical = std::move(canonical);
          facts_[lone->second].first_word = earlier.canonical.substr(0, earlier.canonical.find(' '));
          return lone->second;
        }
      }
    }
  }
  ArticleEntity e;
  e.kind = kind;
  e.canonical = std::move(canonical);
  e.gazetteer_entry = entry;
  Facts f;
  if (entry) {
    const auto& g = gazetteer_.entry(*entry);
    e.canonical = g.canonical;
    e.aliases = g.aliases;
    if (!g.romanization.empty()) e.aliases.push_back(g.romanization);
    // `오픈AI/CEO`: the title the gazetteer knows helps `올트먼 CEO`, `이 회장`.
    if (kind == EntityKind::person) {
      const auto slash = g.extra.find('/');
      if (slash != std::string::npos) f.titles.push_back(g.extra.substr(slash + 1));
    }
  }
  if (kind == EntityKind::person) {
    any_last_word_ = true;  // cheap over-approximation: try_last_name looks closer
    const auto sp = e.canonical.rfind(' ');
    if (sp != std::string::npos) {
      f.last_word = e.canonical.substr(sp + 1);
      // Japanese and Chinese names put the family name first, and articles
      // shorten them to it before a title (`야마구치 회장`).
      if (const auto first = e.canonical.find(' '); first != std::string::npos) f.first_word = e.canonical.substr(0, first);
    } else if (const auto n = hangul_length(e.canonical); n >= 2 && n <= 4) {
      // Two-syllable surnames first (`남궁`), when a given name remains.
      const auto two = n >= 3 ? rules_.surnames.exact(e.canonical.substr(0, 6)) : std::nullopt;
      f.surname = e.canonical.substr(0, two ? 6 : 3);
      if (looks_transliterated(e.canonical)) f.last_word = e.canonical;  // `마윈`-like single words
    }
  }
  if (!f.last_word.empty()) {
    f.last_initial = first_initial(f.last_word);
    f.last_syllables = hangul_length(f.last_word);
    f.last_spelling = spell(f.last_word);
  }
  out_.entities.push_back(std::move(e));
  facts_.push_back(std::move(f));
  return out_.entities.size() - 1;
}

void Recognizer::mention(std::size_t entity, ByteSpan span, MentionForm form, bool subject) {
  out_.mentions.push_back(EntityRef{span, entity, form, sentence_index_, subject});
  auto& e = out_.entities[entity];
  if (form == MentionForm::full || form == MentionForm::partial) {
    std::string surface(piece(span));
    if (std::find(e.surfaces.begin(), e.surfaces.end(), surface) == e.surfaces.end()) {
      e.surfaces.push_back(std::move(surface));
    }
  }
  if (e.kind == EntityKind::person && !e.reporter) {
    if (form != MentionForm::group) {
      recent_people_.erase(std::remove(recent_people_.begin(), recent_people_.end(), entity), recent_people_.end());
      recent_people_.push_back(entity);
      if (subject) subjects_.push_back({entity, sentence_index_});
    }
  } else if (e.kind == EntityKind::place && !e.part_of) {
    last_place_ = entity;
  } else if (e.kind == EntityKind::organization) {
    last_org_ = entity;
    last_org_token_end_ = span.end;
  }
}

void Recognizer::add_title(std::size_t entity, const Tail& tail) {
  if (!tail.has_title) return;
  auto& e = out_.entities[entity];
  if (e.title.empty()) {
    e.title = tail.title;
    if (tail.organization) e.organization = out_.entities[*tail.organization].canonical;
  }
  if (tail.reporter) e.reporter = true;
  auto& titles = facts_[entity].titles;
  if (std::find(titles.begin(), titles.end(), tail.title) == titles.end()) titles.push_back(tail.title);
}

void Recognizer::sentence(ByteSpan span, std::size_t index) {
  sentence_index_ = index;
  sentence_end_ = span.end;
  tokenize(text_, span, tokens_);
  index_sentence();
  std::size_t i = 0;
  while (i < tokens_.size()) {
    if (!tokens_[i].word) {
      ++i;
      continue;
    }
    // References first: `이 회장` must not read as a name, nor `그는` as a word.
    if (try_place_reference(i) || try_group(i) || try_pronoun(i) || try_surname_title(i)) continue;
    if (try_gazetteer(i) || try_place_pattern(i) || try_korean_name(i) || try_foreign_name(i)) continue;
    if (try_last_name(i)) continue;
    ++i;
  }
}

ArticleEntities Recognizer::finish() {
  std::stable_sort(out_.mentions.begin(), out_.mentions.end(),
                   [](const EntityRef& a, const EntityRef& b) { return a.span.begin < b.span.begin; });
  return std::move(out_);
}

}  // namespace detail

std::vector<std::size_t> ArticleEntities::entities_in(ByteSpan span) const {
  std::vector<std::size_t> found;
  for (const auto& m : mentions) {
    if (m.span.begin >= span.begin && m.span.end <= span.end &&
        std::find(found.begin(), found.end(), m.entity) == found.end()) {
      found.push_back(m.entity);
    }
  }
  return found;
}

std::optional<std::size_t> ArticleEntities::find(std::string_view canonical) const noexcept {
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (entities[i].canonical == canonical) return i;
  }
  return std::nullopt;
}

ArticleEntities recognize_entities(std::string_view text, const std::vector<ByteSpan>& sentences,
                                   const Gazetteer& gazetteer) {
  detail::Recognizer r(text, gazetteer);
  if (sentences.empty()) {
    if (!text.empty()) r.sentence({0, text.size()}, 0);
    return r.finish();
  }
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    ByteSpan s = sentences[k];
    s.end = std::min(s.end, text.size());
    if (s.begin < s.end) r.sentence(s, k);  // spans out of the text are skipped, not trusted
  }
  return r.finish();
}

}  // namespace ktimeline
