// The byte trie behind gazetteer and name-rule lookups: built once from
// sorted keys into flat arrays, so a lookup is a walk with binary searches
// over each node's edges and never allocates.
#include <algorithm>

#include "entity_detail.hpp"

namespace ktimeline {
namespace detail {
std::size_t KeyTrie::multibyte_space(std::string_view text, std::size_t pos) noexcept {
  const auto d = utf8::decode(text, pos);
  return (d.cp != utf8::replacement && is_space(d.cp)) ? d.length : 0;
}

std::string normalize_key(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto d = utf8::decode(s, i);
    if (is_space(d.cp) && d.cp != utf8::replacement) {
      i += d.length;
      continue;
    }
    for (std::size_t k = 0; k < d.length; ++k) out.push_back(static_cast<char>(KeyTrie::fold(static_cast<unsigned char>(s[i + k]))));
    i += d.length;
  }
  return out;
}

KeyTrie::KeyTrie(const std::map<std::string, std::uint32_t>& keys) {
  std::vector<std::pair<std::string_view, std::uint32_t>> sorted;
  sorted.reserve(keys.size());
  // A key that starts (ends) with a syllable sets its bit. UTF-8 characters
  // never prefix (or end) one another, so keys that start (end) with another
  // character cannot match there; only malformed bytes turn the filter off.
  const auto mark = [](SyllableBits& bits, bool& filter, std::string_view key, std::size_t pos) {
    const auto d = utf8::decode(key, pos);
    if (d.cp == utf8::replacement) {
      if (static_cast<unsigned char>(key[pos]) >= 0x80) filter = false;
      return;
    }
    if (d.length == 3 && hangul::is_syllable(d.cp)) {
      const auto k = static_cast<std::size_t>(d.cp - hangul::first_syllable);
      bits[k / 64] |= std::uint64_t{1} << (k % 64);
    }
  };
  for (const auto& [key, value] : keys) {
    if (key.empty()) continue;
    sorted.emplace_back(key, value);
    mark(first_syllables_, filter_first_, key, 0);
    const auto last = utf8::previous(key, key.size());
    mark(last_syllables_, filter_last_, key, last);
    if (last + utf8::decode(key, last).length != key.size()) filter_last_ = false;
  }
  pairs_.assign(pair_bits / 64, 0);
  filter_pairs_ = true;
  for (const auto& [key, value] : sorted) {
    (void)value;
    // A malformed key could end inside a character of the text: no pair filter then.
    if (!utf8::valid(key)) filter_pairs_ = false;
    if (key.size() < 64) key_lengths_ |= std::uint64_t{1} << key.size();
    else long_keys_ = true;
    const auto first = utf8::decode(key, 0);
    if (first.length != 3 || !hangul::is_syllable(first.cp)) continue;
    const auto k1 = static_cast<std::size_t>(first.cp - hangul::first_syllable);
    if (key.size() == 3) {
      single_syllables_[k1 / 64] |= std::uint64_t{1} << (k1 % 64);
      continue;
    }
    const auto second = utf8::decode(key, 3);
    if (second.length == 3 && hangul::is_syllable(second.cp)) {
      const auto h = pair_hash(first.cp, second.cp);
      pairs_[h / 64] |= std::uint64_t{1} << (h % 64);
    }
  }
  nodes_.emplace_back();
  build(sorted, 0, sorted.size(), 0, 0);
  node_dense_.assign(nodes_.size(), none);
  for (std::uint32_t n = 0; n < nodes_.size(); ++n) {
    if (nodes_[n].edge_end - nodes_[n].edge_begin < 6) continue;
    node_dense_[n] = static_cast<std::uint32_t>(dense_.size() / 256);
    dense_.resize(dense_.size() + 256, none);
    for (auto e = nodes_[n].edge_begin; e < nodes_[n].edge_end; ++e) {
      dense_[node_dense_[n] * 256u + edges_[e].byte] = edges_[e].target;
    }
  }
}

// Keys in [lo, hi) share their first `depth` bytes, which lead to `node`.
// A node's edges are appended together, so they stay contiguous and sorted.
void KeyTrie::build(const std::vector<std::pair<std::string_view, std::uint32_t>>& keys, std::size_t lo,
                    std::size_t hi, std::size_t depth, std::uint32_t node) {
  if (lo < hi && keys[lo].first.size() == depth) {
    nodes_[node].value = keys[lo].second;
    ++lo;
  }
  std::vector<std::pair<std::size_t, std::size_t>> groups;
  for (std::size_t i = lo; i < hi;) {
    std::size_t j = i + 1;
    while (j < hi && keys[j].first[depth] == keys[i].first[depth]) ++j;
    groups.emplace_back(i, j);
    i = j;
  }
  const auto first_edge = static_cast<std::uint32_t>(edges_.size());
  for (const auto& [i, j] : groups) {
    (void)j;
    edges_.push_back({static_cast<unsigned char>(keys[i].first[depth]), static_cast<std::uint32_t>(nodes_.size())});
    nodes_.emplace_back();
  }
  nodes_[node].edge_begin = first_edge;
  nodes_[node].edge_end = static_cast<std::uint32_t>(edges_.size());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    build(keys, groups[g].first, groups[g].second, depth + 1, edges_[first_edge + g].target);
  }
}

std::optional<std::uint32_t> KeyTrie::exact(std::string_view key) const noexcept {
  if (nodes_.empty() || key.empty()) return std::nullopt;
  // Only a key of the same length can match: exact() skips no spaces.
  if (key.size() < 64 ? ((key_lengths_ >> key.size()) & 1u) == 0 : !long_keys_) return std::nullopt;
  // (The pair filter of longest() costs more than it saves here: words that
  // pass the length and syllable tests mostly share a key's first two syllables.)
  if (key.size() >= 3 && (!may_start(key, 0) || !may_end(key, key.size()))) return std::nullopt;
  std::uint32_t node = 0;
  for (const char c : key) {
    node = child(node, fold(static_cast<unsigned char>(c)));
    if (node == none) return std::nullopt;
  }
  if (nodes_[node].value == none) return std::nullopt;
  return nodes_[node].value;
}

}  // namespace detail
}  // namespace ktimeline
