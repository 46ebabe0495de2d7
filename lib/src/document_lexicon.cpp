// Parsing the document tables. Each table opens with `#` comment lines that
// name its columns; rows are tab-separated; blank lines are skipped.
#include "document_lexicon.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "ktimeline/detail/embedded_tables.hpp"
#include "ktimeline/error.hpp"
#include "tsv_rows.hpp"

namespace ktimeline {
namespace detail {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

namespace {

std::optional<MarkerClass> parse_class(std::string_view s) {
  static constexpr std::pair<std::string_view, MarkerClass> names[] = {
      {"furniture", MarkerClass::furniture},           {"list_header", MarkerClass::list_header},
      {"comment", MarkerClass::comment},               {"copyright", MarkerClass::copyright},
      {"spam", MarkerClass::spam},                     {"junk_domain", MarkerClass::junk_domain},
      {"caption_credit", MarkerClass::caption_credit}, {"caption_position", MarkerClass::caption_position},
      {"reporter", MarkerClass::reporter}};
  for (const auto& [name, cls] : names) {
    if (name == s) return cls;
  }
  return std::nullopt;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

DocumentLexicon DocumentLexicon::from_tables(std::string_view markers, std::string_view outlets,
                                             std::string_view date_labels, std::string_view abbreviations) {
  DocumentLexicon lex;
  PhraseMatcher::Builder builder;
  auto add_phrase = [&](std::string_view phrase, MarkerInfo info) {
    builder.add(phrase, static_cast<std::uint32_t>(lex.infos_.size()));
    lex.infos_.push_back(info);
  };

  for_each_tsv_row(markers, [&](const std::vector<std::string_view>& f, std::size_t line) {
    const std::string source = "document_markers.tsv";
    if (f.size() != 3 || f[0].empty()) throw TableError(source, line, "expected: phrase <TAB> class <TAB> scope");
    const auto cls = parse_class(f[1]);
    if (!cls) throw TableError(source, line, "unknown class '" + std::string(f[1]) + "'");
    std::uint32_t scope = any_length;
    if (f[2] != "*") {
      if (!read_whole_number(f[2], scope))
        throw TableError(source, line, "scope must be *, 0 or a number of characters");
    }
    if (*cls == MarkerClass::reporter) lex.reporter_titles_.emplace_back(f[0]);
    add_phrase(f[0], MarkerInfo{*cls, scope});
  });

  for_each_tsv_row(outlets, [&](const std::vector<std::string_view>& f, std::size_t line) {
    const std::string source = "document_outlets.tsv";
    if (f.size() != 2 || f[0].empty()) throw TableError(source, line, "expected: name <TAB> exact|suffix");
    if (f[1] == "exact") lex.outlet_names_.push_back(ascii_lower(f[0]));
    else if (f[1] == "suffix") lex.outlet_suffixes_.push_back(ascii_lower(f[0]));
    else throw TableError(source, line, "how must be exact or suffix");
  });

  for_each_tsv_row(date_labels, [&](const std::vector<std::string_view>& f, std::size_t line) {
    const std::string source = "document_date_labels.tsv";
    if (f.size() != 2 || f[0].empty()) throw TableError(source, line, "expected: label <TAB> published|modified");
    if (f[1] == "published") add_phrase(f[0], MarkerInfo{MarkerClass::date_published, any_length});
    else if (f[1] == "modified") add_phrase(f[0], MarkerInfo{MarkerClass::date_modified, any_length});
    else throw TableError(source, line, "role must be published or modified");
  });

  for_each_tsv_row(abbreviations, [&](const std::vector<std::string_view>& f, std::size_t line) {
    if (f.size() != 1 || f[0].empty()) throw TableError("document_abbreviations.tsv", line, "expected one word");
    lex.abbreviations_.push_back(ascii_lower(f[0]));
  });

  std::sort(lex.outlet_names_.begin(), lex.outlet_names_.end());
  std::sort(lex.abbreviations_.begin(), lex.abbreviations_.end());
  lex.matcher_ = builder.build();
  return lex;
}

const DocumentLexicon& DocumentLexicon::bundled() {
  // Built once, thread-safely (a function-local static), and never changed.
  static const DocumentLexicon lexicon =
      from_tables(embedded_table("document_markers"), embedded_table("document_outlets"),
                  embedded_table("document_date_labels"), embedded_table("document_abbreviations"));
  return lexicon;
}

bool DocumentLexicon::is_outlet(std::string_view name) const {
  // Called at many places of a line: lower-cases into a stack buffer, no allocation.
  std::array<char, 64> buffer{};
  if (name.empty() || name.size() > buffer.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view lower(buffer.data(), name.size());
  if (std::binary_search(outlet_names_.begin(), outlet_names_.end(), lower,
                         [](std::string_view a, std::string_view b) { return a < b; }))
    return true;
  for (const auto& suffix : outlet_suffixes_) {
    if (lower.size() > suffix.size() && ends_with(lower, suffix)) return true;
  }
  return false;
}

bool DocumentLexicon::is_abbreviation(std::string_view word) const {
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;
  std::array<char, 16> buffer{};
  if (word.empty() || word.size() > buffer.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return std::binary_search(abbreviations_.begin(), abbreviations_.end(), std::string_view(buffer.data(), word.size()),
                            [](std::string_view a, std::string_view b) { return a < b; });
}

bool DocumentLexicon::ends_with_reporter_title(std::string_view word) const {
  for (const auto& title : reporter_titles_) {
    if (ends_with(word, title)) return true;
  }
  return false;
}

}  // namespace detail
}  // namespace ktimeline
