#pragma once
// People, organisations and places of Korean news: the gazetteer, recognition
// of name + organisation + title patterns, short references (`이 회장`,
// `올트먼 CEO`, `그는`, `두 사람`), spelling variants of foreign names, and
// the matching of a reader's query (`--entity 올트먼`) against what was found.
//
//   const auto gazetteer = ktimeline::GazetteerBuilder{}.build();   // bundled tables
//   const auto found = ktimeline::recognize_entities(text, sentence_spans, gazetteer);
//   for (const auto& m : found.mentions)
//     fmt::print("{} -> {}\n", text.substr(m.span.begin, m.span.size()),
//                found.entities[m.entity].canonical);
//
// The built Gazetteer is immutable, cheap to copy and safe to share across threads.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ktimeline/text.hpp"

namespace ktimeline {

enum class EntityKind : std::uint8_t { person, organization, place };

/// "person", "organization", "place".
///   to_string(EntityKind::place) == "place"
std::string_view to_string(EntityKind kind) noexcept;

/// "person" / "organization" (or "org") / "place"; nullopt otherwise.
///   parse_entity_kind("org") == EntityKind::organization
std::optional<EntityKind> parse_entity_kind(std::string_view name) noexcept;

/// One row of a gazetteer table (see lib/rules/gazetteer.tsv for the format).
struct GazetteerEntry {
  std::string canonical;             // `샘 올트먼`, `SK그룹`, `더 플라자 호텔`
  EntityKind kind = EntityKind::person;
  std::vector<std::string> aliases;  // other spellings, incl. romanized ones
  std::string romanization;          // `Sam Altman`
  std::string extra;                 // person: organisation/title; place: IANA zone
};

/// A gazetteer hit: which entry, and the bytes of the text it covers.
struct GazetteerMatch {
  std::size_t entry = 0;
  ByteSpan span;
};

/// Name rules beyond the entries (titles, surnames, particles, ...); opaque.
struct NameRules;

/// Immutable table of known entities plus the name rules of Korean news.
class Gazetteer {
 public:
  /// The longest entry whose alias starts exactly at byte `pos` of `text`.
  /// Spaces inside an alias are optional in the text and Latin letters match
  /// any case, so `더 플라자호텔` and `SAM ALTMAN` are found; a hit never starts
  /// or ends inside a word of Latin letters.
  ///   gazetteer.find_at("최태원 회장이", 0)->span == ByteSpan{0, 9}
  std::optional<GazetteerMatch> find_at(std::string_view text, std::size_t pos) const noexcept;

  /// The entry whose canonical name or alias is `name` (spacing and case ignored).
  ///   gazetteer.find("sam altman") -> index of `샘 올트먼`
  std::optional<std::size_t> find(std::string_view name) const noexcept;

  const GazetteerEntry& entry(std::size_t index) const { return entries()[index]; }
  const std::vector<GazetteerEntry>& entries() const noexcept;
  std::size_t size() const noexcept { return entries().size(); }

  /// The name rules the recognizer uses (bundled titles, surnames, particles, ...).
  const NameRules& rules() const noexcept;

  struct Data;
  /// The built tables, opaque outside the library.
  const Data& internals() const noexcept { return *data_; }

 private:
  friend class GazetteerBuilder;
  explicit Gazetteer(std::shared_ptr<const Data> data) : data_(std::move(data)) {}
  std::shared_ptr<const Data> data_;
};

/// Loads and checks gazetteer rows, then builds an immutable Gazetteer.
/// Rows with the canonical name and kind of an earlier row extend it (more
/// aliases); where two entries claim one alias, the later row wins. A malformed
/// row throws ktimeline::TableError naming the source and line.
class GazetteerBuilder {
 public:
  /// Starts with the bundled entries (lib/rules/gazetteer.tsv) unless told not to.
  ///   auto gazetteer = GazetteerBuilder{}.add_tsv(file_text, "people.tsv").build();
  explicit GazetteerBuilder(bool with_bundled_entries = true);

  /// Adds rows in the gazetteer TSV format; `source_name` names the table in errors.
  ///   builder.add_tsv("홍길동\tperson\t길동|Hong Gildong\tHong Gil-dong\t\n", "mine.tsv");
  GazetteerBuilder& add_tsv(std::string_view tsv, std::string_view source_name = "user gazetteer");

  /// Adds one entry; throws TableError (source "api") when its canonical name is empty.
  ///   builder.add({"홍길동", EntityKind::person, {"Hong Gildong"}, "", ""});
  GazetteerBuilder& add(GazetteerEntry entry);

  /// The immutable gazetteer; the builder may be reused afterwards.
  ///   const Gazetteer g = GazetteerBuilder{}.build();
  Gazetteer build() const;

 private:
  std::vector<GazetteerEntry> entries_;
};

/// How a mention names its entity.
enum class MentionForm : std::uint8_t {
  full,     // the full name: `최태원`, `샘 올트먼`, `더 플라자 호텔`
  partial,  // part of the name: `이 회장`, `올트먼 CEO`, `울트먼은`, `같은 호텔`
  pronoun,  // `그는`, `그가`
  group     // `두 사람`, `3인방`: one mention per member
};

/// "full", "partial", "pronoun", "group".
///   to_string(MentionForm::pronoun) == "pronoun"
std::string_view to_string(MentionForm form) noexcept;

/// One mention of an entity in the article.
struct EntityRef {
  ByteSpan span;                  // the name (and title) in the caller's text
  std::size_t entity = 0;         // index into ArticleEntities::entities
  MentionForm form = MentionForm::full;
  std::size_t sentence = 0;       // index into the sentence spans given
  bool subject = false;           // followed by 은/는/이/가/께서: the clause's subject or topic
  bool short_form() const noexcept { return form != MentionForm::full; }
};

/// One entity of one article, with what the article said about it.
struct ArticleEntity {
  std::string canonical;                 // full name without title: `최태원`, `샘 올트먼`
  EntityKind kind = EntityKind::person;
  std::string title;                     // the first title given: `대표이사 사장`, `최고경영자(CEO)`
  std::string organization;              // canonical organisation of that title: `SK하이닉스`
  std::vector<std::string> aliases;      // gazetteer aliases and romanization, if known there
  std::vector<std::string> surfaces;     // distinct surface forms in this article: `올트먼`, `그`
  std::optional<std::size_t> gazetteer_entry;  // the gazetteer row, if known there
  std::optional<std::size_t> part_of;    // a floor or room: the place entity it is in
  bool reporter = false;                 // a byline or photo credit (기자, 특파원): never a participant
};

/// Everything recognized in one article.
struct ArticleEntities {
  std::vector<ArticleEntity> entities;   // in order of first mention
  std::vector<EntityRef> mentions;       // in text order; a group mention appears once per member

  /// Indices of the entities mentioned inside `span` (e.g. a sentence), each once, in order.
  ///   found.entities_in(sentence_span)
  std::vector<std::size_t> entities_in(ByteSpan span) const;

  /// The entity whose canonical name is `canonical`, if any.
  ///   found.find("최태원")
  std::optional<std::size_t> find(std::string_view canonical) const noexcept;
};

/// Recognizes and resolves every entity mention of an article, sentence by
/// sentence: gazetteer names, name + organisation + title patterns (for
/// people the gazetteer does not know too), places, then short references
/// resolved to the entity they point to. With no sentences, the whole text is
/// one sentence. Invalid UTF-8 and NUL bytes are skipped, never trusted.
///   recognize_entities("최태원 SK그룹 회장은 … 최 회장은 …", {{0, 40}}, gazetteer)
ArticleEntities recognize_entities(std::string_view text, const std::vector<ByteSpan>& sentences,
                                   const Gazetteer& gazetteer);

/// Similarity of two names in [0, 1]: 1 for the same name (spacing and Latin
/// case ignored), lower the more their Hangul jamo differ; similar vowels
/// (ㅗ/ㅜ/ㅓ/ㅏ, ㅐ/ㅔ) and paired consonants (ㄷ/ㅌ, ㅅ/ㅆ) cost little.
///   name_similarity("올트먼", "울트먼") > 0.9
double name_similarity(std::string_view a, std::string_view b) noexcept;

/// True when two spellings are variants of one name (`올트먼`/`알트먼`, `나델라`/`나델러`).
///   similar_names("나델라", "나델러") == true; similar_names("김철수", "김영수") == false
bool similar_names(std::string_view a, std::string_view b) noexcept;

/// True when a reader's `query` names the entity: an alias, canonical or seen
/// surface form (spacing and case ignored), the last word of a multi-word name
/// (`올트먼`, `Altman`), or a spelling variant by similar_names.
///   entity_matches(altman, "Sam Altman") && entity_matches(altman, "알트먼")
bool entity_matches(const ArticleEntity& entity, std::string_view query);

}  // namespace ktimeline
