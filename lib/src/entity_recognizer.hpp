#pragma once
// The state of recognizing one article, shared by entity_patterns.cpp (full
// names: gazetteer, name + organisation + title, places) and
// entity_references.cpp (short references resolved to earlier mentions).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entity_detail.hpp"

namespace ktimeline {
namespace detail {

/// A run of word characters, or one punctuation code point.
struct Token {
  ByteSpan span;
  bool word = false;
  bool space_before = true;  // white space or the sentence start before it
};

/// Splits text[range) into tokens; invalid bytes and NULs become punctuation.
void tokenize(std::string_view text, ByteSpan range, std::vector<Token>& out);

/// An organisation read inside a tail, made an entity only if the tail holds.
struct PendingOrg {
  ByteSpan span;
  EntityKind kind = EntityKind::organization;
  std::optional<std::size_t> gazetteer_entry;
  std::string name;
};

/// What followed a name: organisation, title and the particle after it.
struct Tail {
  std::vector<PendingOrg> orgs;      // organisations named in it, first is the person's
  std::size_t end = 0;               // first token after the tail
  std::string title;                 // `대표이사 사장`, `AI인프라 사장`
  std::optional<std::size_t> organization;  // article entity of the organisation, once committed
  std::size_t title_end = 0;         // byte just after the title, particle excluded
  bool has_title = false;
  bool weak = false;                 // every title in it is weak
  bool reporter = false;
  bool subject = false;
};

class Recognizer {
 public:
  Recognizer(std::string_view text, const Gazetteer& gazetteer);
  void sentence(ByteSpan span, std::size_t index);
  ArticleEntities finish();

 private:
  // --- per-entity facts the article gave, beyond ArticleEntity
  struct Facts {
    std::vector<std::string> titles;  // every title seen, for `이 회장`-style matching
    std::string surname;              // Korean names: `최` of `최태원`
    std::string last_word;            // multi-word names: `올트먼` of `샘 올트먼`
    // last_word read once for the variant-spelling test (resolve_last_name).
    int last_initial = -1;
    std::size_t last_syllables = 0;
    Spelling last_spelling;
    // Words already compared with last_word as variant spellings, and the answer.
    std::map<std::string, bool, std::less<>> variants_seen;
    std::string first_word;           // family-name-first names: `야마구치` of `야마구치 다쓰야` (with a title only)
  };

  // entity_patterns.cpp
  bool try_gazetteer(std::size_t& i);
  bool try_place_pattern(std::size_t& i);
  bool try_korean_name(std::size_t& i);
  bool try_foreign_name(std::size_t& i);
  std::optional<Tail> parse_tail(std::size_t j, bool allow_org);
  std::optional<std::size_t> parse_titles(std::size_t j, Tail& tail, std::optional<std::size_t> glued = std::nullopt);
  std::optional<std::size_t> glued_title(std::size_t j) const;
  bool place_stem(std::string_view stem) const;
  std::pair<std::size_t, std::size_t> place_part(std::size_t j) const;
  bool chinese_one_word(std::string_view word) const;
  bool company_like(std::string_view word) const;
  bool org_suffixed(std::string_view word) const;
  bool japanese_given_name(std::size_t family, std::string_view word) const;
  bool lone_surname(std::size_t i, const Tail& tail, bool chinese_name) const;
  bool foreign_family_name(std::string_view word, std::uint32_t language) const;
  std::optional<Tail> finish_tail(Tail& tail, std::size_t title_begin) const;
  std::size_t skip_parenthesis(std::size_t j, std::optional<ByteSpan>& alias);
  std::optional<std::size_t> organization_before(std::size_t i) const;
  std::optional<std::size_t> gazetteer_person(std::string_view name) const;
  void add_list_members(std::size_t first_name_token, const Tail& tail);
  bool org_like(std::size_t j, std::size_t& next, std::optional<PendingOrg>& org) const;
  void commit(Tail& tail, std::size_t name_token);
  bool ends_like_grammar(std::string_view w) const;
  bool korean_name(std::string_view word) const;
  bool foreign_word(std::string_view word, bool particle_like_end_ok = false) const;
  bool particle_like_end(std::string_view word) const;
  bool title_confirms_name(std::size_t j) const;
  bool tail_closed(const Tail& tail) const;
  bool given_name_first(std::size_t i) const;
  bool adnominal_after_object(std::size_t i) const;
  std::optional<GazetteerMatch> gazetteer_at(std::size_t j) const;
  bool last_word_is_company(std::size_t i, std::size_t k);
  bool first_word_is_company(std::size_t i);

  // entity_evidence.cpp: other mentions of the article decide an open reading
  bool spend_evidence_search();
  bool word_starts_at(std::size_t pos) const;
  std::size_t word_end_from(std::size_t pos) const;
  bool word_then_title_elsewhere(std::string_view w, ByteSpan here, std::string_view not_after);
  bool words_elsewhere(std::string_view first, std::string_view second, bool full_name);
  bool name_with_place_title_elsewhere(std::string_view name, std::string_view title);
  bool weak_title_confirmed(std::size_t i, std::string_view title);

  // entity_references.cpp
  bool try_place_reference(std::size_t& i);
  bool try_group(std::size_t& i);
  bool try_pronoun(std::size_t& i);
  bool try_surname_title(std::size_t& i);
  bool try_last_name(std::size_t& i);
  bool resolve_last_name(std::size_t& i, std::string_view base, bool titled, std::string_view particle);
  bool titles_compatible(const Facts& facts, std::string_view title) const;
  int countries_count(std::string_view w) const;
  bool has_title_role(const Facts& facts, TitleRole role) const;

  // shared helpers (entity_recognize.cpp)
 public:
  std::string_view piece(ByteSpan s) const { return text_.substr(s.begin, s.end - s.begin); }
  std::string_view word(std::size_t j) const { return piece(tokens_[j].span); }
  bool is_word(std::size_t j) const { return j < tokens_.size() && tokens_[j].word; }
  bool is_punct(std::size_t j, std::string_view p) const {
    return j < tokens_.size() && !tokens_[j].word && word(j) == p;
  }
  /// Splits a word into stem + particle when its end is a particle (longest first).
  std::optional<std::size_t> particle_start(std::string_view w, std::size_t min_stem) const;
  bool is_particle(std::string_view rest) const;
  bool is_subject_particle(std::string_view rest) const;
  bool has_class(std::string_view w, WordClass c) const;
  bool token_has(std::size_t j, WordClass c) const {
    return j < classes_.size() && ((classes_[j] >> static_cast<unsigned>(c)) & 1u);
  }
  /// True if a title starts within `count` tokens from j, or may be glued to one of them.
  bool title_near(std::size_t j, std::size_t count) const;
  std::optional<std::size_t> title_at(std::size_t j, std::size_t& title_end_byte) const;

  std::size_t entity_for(EntityKind kind, std::string canonical, std::optional<std::size_t> gazetteer_entry);
  void mention(std::size_t entity, ByteSpan span, MentionForm form, bool subject);
  void add_title(std::size_t entity, const Tail& tail);
  std::optional<std::size_t> last_place(std::string_view kind_word) const;

 private:
  std::string_view text_;
  const Gazetteer& gazetteer_;
  const Gazetteer::Data& data_;
  const NameRules& rules_;
  ArticleEntities out_;
  std::vector<Facts> facts_;
  std::map<std::string, std::size_t> index_;  // `kind:normalized name` -> entity index
  std::map<std::size_t, std::size_t> by_entry_;  // gazetteer entry -> entity index
  std::vector<Token> tokens_;                 // the current sentence
  // Per token of the sentence, computed once: the title starting there
  // (index + 1, 0 for none) and its end byte, the word's classes, and whether
  // a title may be glued to its end.
  std::vector<std::uint32_t> title_index_;
  std::vector<std::size_t> title_end_;
  std::vector<std::uint32_t> classes_;
  // Bytes, not vector<bool>: read for most tokens, and a bit proxy costs a
  // shift and mask on every read and write.
  std::vector<std::uint8_t> maybe_glued_;
  std::vector<std::uint8_t> maybe_place_;     // a place word may end it (before a particle too)
  std::vector<std::uint8_t> transliterated_;  // holds a syllable no Sino-Korean reading has
  bool any_last_word_ = false;        // some person of the article has a last name to refer by
  void index_sentence();
  std::optional<std::size_t> title_uncached(std::size_t j, std::size_t& title_end_byte) const;
  std::size_t sentence_index_ = 0;
  std::size_t sentence_end_ = 0;
  std::vector<std::size_t> recent_people_;    // distinct people, least recent first
  std::optional<std::size_t> last_place_;     // most recent place (not a floor)
  struct SubjectMention {
    std::size_t entity;
    std::size_t sentence;
  };
  std::vector<SubjectMention> subjects_;      // people mentioned as subject or topic, in order
  std::optional<std::size_t> last_org_token_end_;  // byte end of the last organisation mention
  std::optional<std::size_t> last_org_;
  std::size_t evidence_searches_ = 0;         // entity_evidence.cpp's searches so far
};

}  // namespace detail
}  // namespace ktimeline
