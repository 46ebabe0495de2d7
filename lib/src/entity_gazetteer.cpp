// The gazetteer: TSV rows in, an immutable alias trie out.
#include <ktimeline/detail/embedded_tables.hpp>
#include <ktimeline/error.hpp>

#include <algorithm>
#include <array>

#include "entity_detail.hpp"

namespace ktimeline {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_latin_or_digit(char32_t cp) noexcept {
  return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= U'0' && cp <= U'9');
}

// `더 플라자 호텔` is also written without its article: `플라자 호텔`.
std::optional<std::string> without_article(std::string_view name) {
  for (std::string_view article : {"더 ", "The ", "the "}) {
    if (name.size() > article.size() && name.substr(0, article.size()) == article) {
      return std::string(trim(name.substr(article.size())));
    }
  }
  return std::nullopt;
}

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const auto start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

}  // namespace

std::string_view to_string(EntityKind kind) noexcept {
  constexpr std::array<std::string_view, 3> names{"person", "organization", "place"};
  return names[static_cast<std::size_t>(kind)];
}

std::optional<EntityKind> parse_entity_kind(std::string_view name) noexcept {
  if (name == "person") return EntityKind::person;
  if (name == "organization" || name == "organisation" || name == "org") return EntityKind::organization;
  if (name == "place") return EntityKind::place;
  return std::nullopt;
}

GazetteerBuilder::GazetteerBuilder(bool with_bundled_entries) {
  if (with_bundled_entries) add_tsv(detail::embedded_table("gazetteer"), "gazetteer.tsv");
}

GazetteerBuilder& GazetteerBuilder::add_tsv(std::string_view tsv, std::string_view source_name) {
  const std::string source(source_name);
  detail::for_each_tsv_row(tsv, [&](const std::vector<std::string_view>& fields, std::size_t line) {
    if (fields.size() < 2) throw TableError(source, line, "expected at least canonical<TAB>kind");
    if (fields.size() > 5) throw TableError(source, line, "too many columns (at most 5)");
    GazetteerEntry e;
    e.canonical = std::string(trim(fields[0]));
    if (e.canonical.empty()) throw TableError(source, line, "empty canonical name");
    if (!utf8::valid(e.canonical)) throw TableError(source, line, "canonical name is not valid UTF-8");
    const auto kind = parse_entity_kind(trim(fields[1]));
    if (!kind) throw TableError(source, line, "unknown kind '" + std::string(fields[1]) + "' (person|organization|place)");
    e.kind = *kind;
    if (fields.size() > 2 && !trim(fields[2]).empty()) {
      std::string_view rest = fields[2];
      for (;;) {
        const auto bar = rest.find('|');
        const auto alias = trim(rest.substr(0, bar));
        if (alias.empty()) throw TableError(source, line, "empty alias between '|'");
        if (!utf8::valid(alias)) throw TableError(source, line, "alias is not valid UTF-8");
        e.aliases.emplace_back(alias);
        if (bar == std::string_view::npos) break;
        rest.remove_prefix(bar + 1);
      }
    }
    if (fields.size() > 3) e.romanization = std::string(trim(fields[3]));
    if (fields.size() > 4) e.extra = std::string(trim(fields[4]));
    entries_.push_back(std::move(e));
  });
  return *this;
}

GazetteerBuilder& GazetteerBuilder::add(GazetteerEntry entry) {
  if (trim(entry.canonical).empty()) throw TableError("api", entries_.size() + 1, "empty canonical name");
  entries_.push_back(std::move(entry));
  return *this;
}

Gazetteer GazetteerBuilder::build() const {
  auto data = std::make_shared<Gazetteer::Data>();
  data->rules = NameRules::bundled();

  // Rows naming the same entity extend it.
  std::map<std::pair<std::string, EntityKind>, std::size_t> by_name;
  for (const auto& e : entries_) {
    const auto key = std::make_pair(detail::normalize_key(e.canonical), e.kind);
    const auto [it, fresh] = by_name.emplace(key, data->entries.size());
    if (fresh) {
      data->entries.push_back(e);
      continue;
    }
    auto& target = data->entries[it->second];
    for (const auto& a : e.aliases) target.aliases.push_back(a);
    if (target.romanization.empty()) target.romanization = e.romanization;
    if (!e.extra.empty()) target.extra = e.extra;
  }

  std::map<std::string, std::uint32_t> keys;
  data->variant_buckets.assign(19, {});
  for (std::size_t i = 0; i < data->entries.size(); ++i) {
    const auto& e = data->entries[i];
    const auto index = static_cast<std::uint32_t>(i);
    std::vector<std::string> names{e.canonical};
    names.insert(names.end(), e.aliases.begin(), e.aliases.end());
    if (!e.romanization.empty()) names.push_back(e.romanization);
    const auto explicit_names = names.size();
    for (std::size_t k = 0; k < explicit_names; ++k) {
      if (auto bare = without_article(names[k]); bare && !bare->empty()) names.push_back(std::move(*bare));
    }
    for (const auto& n : names) keys[detail::normalize_key(n)] = index;  // later rows win

    if (e.kind != EntityKind::person) continue;
    for (const auto& n : names) {
      const auto words = words_of(n);
      if (words.empty()) continue;
      const auto last = words.back();
      if (detail::hangul_length(last) >= 2 && detail::looks_transliterated(last)) {
        auto& bucket = data->variant_buckets[static_cast<std::size_t>(detail::first_initial(last))];
        bucket.push_back(detail::VariantName{std::string(last), index, detail::spell(last)});
      }
    }
  }
  data->aliases = detail::KeyTrie(keys);
  return Gazetteer(std::move(data));
}

const std::vector<GazetteerEntry>& Gazetteer::entries() const noexcept { return data_->entries; }

const NameRules& Gazetteer::rules() const noexcept { return data_->rules; }

std::optional<GazetteerMatch> Gazetteer::find_at(std::string_view text, std::size_t pos) const noexcept {
  if (pos >= text.size()) return std::nullopt;
  const auto first = detail::decode_fast(text, pos);
  if (is_space(first.cp)) return std::nullopt;
  // Latin letters and digits are single ASCII bytes, so the bytes on either
  // side of a boundary tell whether it falls inside such a word.
  const auto latin_byte = [&](std::size_t at) { return is_latin_or_digit(static_cast<unsigned char>(text[at])); };
  // Never start inside a word of Latin letters or digits (`Arm` in `Farm`).
  if (pos > 0 && latin_byte(pos) && latin_byte(pos - 1)) return std::nullopt;
  const auto accept = [&](std::size_t end) {
    // Never end inside a word of Latin letters or digits (`MS` in `MSCI`).
    if (end >= text.size()) return true;
    return !(latin_byte(end - 1) && latin_byte(end));
  };
  const auto hit = data_->aliases.longest(text, pos, text.size(), true, accept);
  if (!hit) return std::nullopt;
  return GazetteerMatch{hit->value, ByteSpan{pos, hit->end}};
}

std::optional<std::size_t> Gazetteer::find(std::string_view name) const noexcept {
  // Most names hold no byte that could begin a space: their key is the name
  // itself up to ASCII case, which the trie folds anyway; no copy is made.
  const bool may_hold_space = std::any_of(name.begin(), name.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b == ' ' || (b >= '\t' && b <= '\r') || b == 0xC2 || b == 0xE2 || b == 0xE3;
  });
  if (!may_hold_space) {
    const auto v = data_->aliases.exact(name);
    if (!v) return std::nullopt;
    return *v;
  }
  std::string key;
  try {
    key = detail::normalize_key(name);
  } catch (...) {
    return std::nullopt;
  }
  const auto v = data_->aliases.exact(key);
  if (!v) return std::nullopt;
  return *v;
}

}  // namespace ktimeline
