#pragma once
// The document module's word lists (lib/rules/document_*.tsv), loaded and
// checked once, then shared read-only. Internal to the library.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "phrase_matcher.hpp"

namespace ktimeline {
namespace detail {

/// What a marker phrase says about a line (see document_markers.tsv).
enum class MarkerClass : std::uint8_t {
  furniture,
  list_header,
  comment,
  copyright,
  spam,
  junk_domain,
  caption_credit,
  caption_position,
  reporter,
  date_published,  // from document_date_labels.tsv
  date_modified
};

/// A phrase of the matcher: its class, and the longest line it counts in
/// (0: it must be the whole line; any_length: no limit).
struct MarkerInfo {
  MarkerClass cls;
  std::uint32_t max_chars;
};

inline constexpr std::uint32_t any_length = 0xFFFFFFFFu;

class DocumentLexicon {
 public:
  /// The tables built into the library; built on first use, immutable after.
  ///   const auto& lex = DocumentLexicon::bundled();
  static const DocumentLexicon& bundled();

  /// Builds a lexicon from table texts; a malformed row throws TableError.
  ///   auto lex = DocumentLexicon::from_tables(markers, outlets, labels, abbreviations);
  static DocumentLexicon from_tables(std::string_view markers, std::string_view outlets,
                                     std::string_view date_labels, std::string_view abbreviations);

  const PhraseMatcher& matcher() const noexcept { return matcher_; }
  const MarkerInfo& info(std::uint32_t id) const noexcept { return infos_[id]; }

  /// True for a news outlet's name: listed, or ending like one (`ESG경제신문`).
  ///   is_outlet("뉴스1") && is_outlet("컨슈머타임스")
  bool is_outlet(std::string_view name) const;
  /// True if `word.` does not end a sentence (`Inc`, `Co`; any single capital letter).
  bool is_abbreviation(std::string_view word) const;
  /// True if `word` is, or ends with, a reporter's title (`기자`, `홍길동기자`, `특파원`).
  bool ends_with_reporter_title(std::string_view word) const;

 private:
  PhraseMatcher matcher_;
  std::vector<MarkerInfo> infos_;
  std::vector<std::string> outlet_names_;     // lower-cased, sorted
  std::vector<std::string> outlet_suffixes_;  // lower-cased
  std::vector<std::string> abbreviations_;    // lower-cased, sorted
  std::vector<std::string> reporter_titles_;
};

/// Lower-cases ASCII letters only (Korean has no case).
std::string ascii_lower(std::string_view s);

}  // namespace detail
}  // namespace ktimeline
