// Loads the bundled name rules: titles, surnames, particles, special words and
// the organisation and place word endings (lib/rules/*.tsv).
#include <ktimeline/detail/embedded_tables.hpp>
#include <ktimeline/error.hpp>

#include <algorithm>

#include "entity_detail.hpp"

namespace ktimeline {
namespace {

using detail::for_each_tsv_row;

std::string_view table(std::string_view name) {
  const auto tsv = detail::embedded_table(name);
  if (tsv.empty()) throw TableError(std::string(name) + ".tsv", 0, "bundled table missing");
  return tsv;
}

void require_fields(const std::vector<std::string_view>& fields, std::size_t n, const char* source,
                    std::size_t line) {
  if (fields.size() < n) throw TableError(source, line, "expected " + std::to_string(n) + " columns");
  for (std::size_t i = 0; i < n; ++i) {
    if (fields[i].empty()) throw TableError(source, line, "empty column " + std::to_string(i + 1));
  }
}

void load_titles(NameRules& rules) {
  std::map<std::string, std::uint32_t> keys;
  for_each_tsv_row(table("titles"), [&](const std::vector<std::string_view>& f, std::size_t line) {
    require_fields(f, 3, "titles.tsv", line);
    detail::TitleInfo info;
    info.text = std::string(f[0]);
    if (f[1] == "leader") info.role = detail::TitleRole::leader;
    else if (f[1] == "official") info.role = detail::TitleRole::official;
    else if (f[1] == "reporter") info.role = detail::TitleRole::reporter;
    else if (f[1] == "honorific") info.role = detail::TitleRole::honorific;
    else throw TableError("titles.tsv", line, "unknown role: " + std::string(f[1]));
    if (f[2] != "strong" && f[2] != "weak") throw TableError("titles.tsv", line, "strength must be strong or weak");
    info.weak = f[2] == "weak";
    keys[detail::normalize_key(info.text)] = static_cast<std::uint32_t>(rules.title_info.size());
    rules.title_info.push_back(std::move(info));
  });
  rules.titles = detail::KeyTrie(keys);
}

void load_surnames(NameRules& rules) {
  std::map<std::string, std::uint32_t> keys;
  for_each_tsv_row(table("surnames"), [&](const std::vector<std::string_view>& f, std::size_t line) {
    require_fields(f, 1, "surnames.tsv", line);
    const auto syllables = detail::hangul_length(f[0]);
    if (syllables == 0 || syllables > 2) throw TableError("surnames.tsv", line, "a surname is 1-2 Hangul syllables");
    keys[std::string(f[0])] = static_cast<std::uint32_t>(syllables);
  });
  rules.surnames = detail::KeyTrie(keys);
}

void load_foreign_family_names(NameRules& rules) {
  std::map<std::string, std::uint32_t> keys;
  for_each_tsv_row(table("foreign_family_names"), [&](const std::vector<std::string_view>& f, std::size_t line) {
    require_fields(f, 2, "foreign_family_names.tsv", line);
    if (f[1] != "ja" && f[1] != "zh" && f[1] != "vi") {
      throw TableError("foreign_family_names.tsv", line, "language must be ja, zh or vi");
    }
    if (detail::hangul_length(f[0]) == 0) throw TableError("foreign_family_names.tsv", line, "a name is Hangul");
    keys[std::string(f[0])] = f[1] == "ja" ? 1u : f[1] == "zh" ? 2u : 3u;
  });
  rules.foreign_family_names = detail::KeyTrie(keys);
}

void load_country_short_names(NameRules& rules) {
  std::map<std::string, std::uint32_t> keys;
  for_each_tsv_row(table("country_short_names"), [&](const std::vector<std::string_view>& f, std::size_t line) {
    require_fields(f, 2, "country_short_names.tsv", line);
    if (detail::hangul_length(f[0]) == 0) throw TableError("country_short_names.tsv", line, "a short name is Hangul");
    keys[std::string(f[0])] = 1;
  });
  rules.country_short_names = detail::KeyTrie(keys);
}

void load_particles(NameRules& rules) {
  std::map<std::string, std::uint32_t> keys;
  for_each_tsv_row(table("particles"), [&](const std::vector<std::string_view>& f, std::size_t line) {
    require_fields(f, 2, "particles.tsv", line);
    if (f[1] != "yes" && f[1] != "no") throw TableError("particles.tsv", line, "subject column must be yes or no");
    keys[std::string(f[0])] = f[1] == "yes" ? 1u : 0u;
  });
  rules.particles = detail::KeyTrie(keys);
  std::map<std::string, std::uint32_t> reversed;
  for (const auto& [k, v] : keys) reversed[std::string(k.rbegin(), k.rend())] = v;
  rules.particles_reversed = detail::KeyTrie(reversed);
}

void load_words(NameRules& rules) {
  std::map<std::string, std::uint32_t> keys;
  for_each_tsv_row(table("name_words"), [&](const std::vector<std::string_view>& f, std::size_t line) {
    require_fields(f, 2, "name_words.tsv", line);
    detail::WordClass c{};
    if (f[1] == "not_name") c = detail::WordClass::not_name;
    else if (f[1] == "title_modifier") c = detail::WordClass::title_modifier;
    else if (f[1] == "alias_label") c = detail::WordClass::alias_label;
    else if (f[1] == "place_determiner") c = detail::WordClass::place_determiner;
    else throw TableError("name_words.tsv", line, "unknown class: " + std::string(f[1]));
    keys[detail::normalize_key(f[0])] |= 1u << static_cast<unsigned>(c);
  });
  rules.words = detail::KeyTrie(keys);
}

std::vector<std::string> load_list(std::string_view name) {
  std::vector<std::string> out;
  const std::string source = std::string(name) + ".tsv";
  for_each_tsv_row(table(name), [&](const std::vector<std::string_view>& f, std::size_t line) {
    require_fields(f, 1, source.c_str(), line);
    out.emplace_back(f[0]);
  });
  // Longest first, so `국제공항` is tried before `공항`.
  std::stable_sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

}  // namespace

NameRules NameRules::bundled() {
  NameRules rules;
  load_titles(rules);
  load_surnames(rules);
  load_foreign_family_names(rules);
  load_country_short_names(rules);
  load_particles(rules);
  load_words(rules);
  rules.org_suffixes = load_list("org_suffixes");
  rules.place_suffixes = load_list("place_suffixes");
  rules.place_endings = detail::EndingIndex(rules.place_suffixes);
  const auto ends_of = [](const std::vector<std::string>& list) {
    NameRules::CharSet ends;
    for (const auto& s : list) {
      if (!s.empty()) ends.insert(utf8::decode(s, utf8::previous(s, s.size())).cp);
    }
    return ends;
  };
  rules.org_suffix_ends = ends_of(rules.org_suffixes);
  rules.place_suffix_ends = ends_of(rules.place_suffixes);
  std::vector<std::string> titles;
  for (const auto& t : rules.title_info) titles.push_back(t.text);
  rules.title_ends = ends_of(titles);
  for_each_tsv_row(table("surnames"), [&](const std::vector<std::string_view>& f, std::size_t) {
    rules.surname_starts.insert(utf8::decode(f[0], 0).cp);
  });
  return rules;
}

void NameRules::CharSet::insert(char32_t cp) {
  if (hangul::is_syllable(cp)) {
    syllables[cp - hangul::first_syllable] = true;
  } else {
    others.insert(std::lower_bound(others.begin(), others.end(), cp), cp);
  }
}

bool NameRules::may_end_with(const CharSet& ends, std::string_view word) noexcept {
  if (word.empty()) return false;
  return ends.contains(utf8::decode(word, utf8::previous(word, word.size())).cp);
}

}  // namespace ktimeline
