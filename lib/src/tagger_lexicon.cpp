// Loading and indexing the time lexicon.
#include "tagger_lexicon.hpp"

#include <algorithm>
#include <map>

#include "ktimeline/error.hpp"
#include "ktimeline/text.hpp"
#include "tsv_rows.hpp"

namespace ktimeline {
namespace detail {
namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(Cat::count_)> category_names{
    "daypart", "relday", "discourse", "relmonth", "relyear", "relweek", "weekday", "direction",
    "premod",  "postmod", "position", "unit",    "durword", "native",  "sino",    "period",
    "clockword", "set",   "joiner",   "span",    "localtime", "block", "particle", "discyear", "holiday", "now", "ordinal", "nights", "setper", "counter", "season", "discmonth"};

// Categories whose words can begin a mention.
constexpr std::uint32_t starter_mask =
    bit(Cat::daypart) | bit(Cat::relday) | bit(Cat::discourse) | bit(Cat::relmonth) | bit(Cat::relyear) |
    bit(Cat::relweek) | bit(Cat::weekday) | bit(Cat::direction) | bit(Cat::premod) | bit(Cat::durword) |
    bit(Cat::native) | bit(Cat::sino) | bit(Cat::period) | bit(Cat::clockword) | bit(Cat::set) | bit(Cat::discyear) |
    bit(Cat::holiday) | bit(Cat::localtime) | bit(Cat::now) | bit(Cat::nights) | bit(Cat::setper) | bit(Cat::season) |
    bit(Cat::discmonth);

// Categories whose words may directly follow a time word without a space.
constexpr std::uint32_t follower_mask = bit(Cat::particle) | bit(Cat::postmod) | bit(Cat::position) | bit(Cat::span) |
                                        bit(Cat::joiner) | bit(Cat::clockword) | bit(Cat::localtime) | bit(Cat::daypart);

// Categories whose words can follow a numeral inside a mention: 두 시, 이십 분, 열 한 시.
constexpr std::uint32_t after_number_mask =
    bit(Cat::unit) | bit(Cat::native) | bit(Cat::sino) | bit(Cat::postmod) | bit(Cat::nights) | bit(Cat::counter);

// Spaces a ' ' in a surface matches: space, tab, NBSP (C2 A0), ideographic space (E3 80 80).
// Checked byte-wise: this runs at every step of every lookup.
bool is_flexible_space(std::string_view text, std::size_t pos, std::size_t& length) {
  const auto b = static_cast<unsigned char>(text[pos]);
  if (b == ' ' || b == '\t') {
    length = 1;
    return true;
  }
  if (b == 0xC2 && pos + 1 < text.size() && static_cast<unsigned char>(text[pos + 1]) == 0xA0) {
    length = 2;
    return true;
  }
  if (b == 0xE3 && pos + 2 < text.size() && static_cast<unsigned char>(text[pos + 1]) == 0x80 &&
      static_cast<unsigned char>(text[pos + 2]) == 0x80) {
    length = 3;
    return true;
  }
  return false;
}

}  // namespace

std::optional<HolidayValue> parse_holiday_value(std::string_view v) {
  HolidayValue h;
  if (!v.empty() && v.front() == 'L') {
    h.lunar = true;
    v.remove_prefix(1);
  }
  if (v.size() < 5 || v[2] != '-' || !read_whole_number(v.substr(0, 2), h.month) ||
      !read_whole_number(v.substr(3, 2), h.day))
    return std::nullopt;
  if (h.month < 1 || h.month > 12 || h.day < 1 || h.day > 31) return std::nullopt;
  if (v.size() > 5 && (v[5] != '/' || !read_whole_number(v.substr(6), h.days) || h.days < 1 || h.days > 9)) {
    return std::nullopt;
  }
  return h;
}

void Lexicon::add(std::string_view tsv, std::string_view source) {
  for_each_tsv_row(tsv, [&](const std::vector<std::string_view>& fields, std::size_t line_number) {
    if (fields.size() != 4 || fields[0].empty() || fields[3].empty()) {
      throw TableError(std::string(source), line_number, "expected 4 tab-separated columns: surface, category, value, rule");
    }
    LexEntry entry;
    entry.surface = std::string(fields[0]);
    const auto category = fields[1];
    entry.value = std::string(fields[2]);
    entry.rule = std::string(fields[3]);
    if (!utf8::valid(entry.surface)) throw TableError(std::string(source), line_number, "surface is not valid UTF-8");
    const auto found = std::find(category_names.begin(), category_names.end(), category);
    if (found == category_names.end()) {
      throw TableError(std::string(source), line_number, "unknown category '" + std::string(category) + "'");
    }
    entry.cat = static_cast<Cat>(found - category_names.begin());
    entry.has_space = entry.surface.find(' ') != std::string::npos;
    const bool is_number = read_whole_number(std::string_view(entry.value), entry.number);
    const bool numeric_category = entry.cat == Cat::relday || entry.cat == Cat::discourse || entry.cat == Cat::relmonth ||
                                  entry.cat == Cat::relyear || entry.cat == Cat::relweek || entry.cat == Cat::weekday ||
                                  entry.cat == Cat::native || entry.cat == Cat::sino || entry.cat == Cat::discyear ||
                                  entry.cat == Cat::ordinal || entry.cat == Cat::season || entry.cat == Cat::discmonth;
    if (entry.cat == Cat::holiday && !parse_holiday_value(entry.value)) {
      throw TableError(std::string(source), line_number, "value of a holiday row must be MM-DD, LMM-DD (lunar) or either with /DAYS");
    }
    if (numeric_category && !is_number) {
      throw TableError(std::string(source), line_number, "value of a " + std::string(category) + " row must be an integer");
    }
    entries_.push_back(std::move(entry));
  });
}

void Lexicon::finish() {
  starters_.reset();
  followers_.reset();
  after_number_.reset();
  glued_after_word_.reset();
  ascii_starters_.fill(false);
  // Build the trie with maps first, then flatten it into arrays for lookups.
  struct BuildNode {
    std::map<unsigned char, std::uint32_t> children;
    std::vector<std::uint32_t> entries;
    std::uint32_t categories = 0;
  };
  std::vector<BuildNode> build(1);
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    const auto& e = entries_[i];
    std::uint32_t node = 0;
    build[0].categories |= bit(e.cat);
    for (const char c : e.surface) {
      const auto byte = static_cast<unsigned char>(c);
      auto found = build[node].children.find(byte);
      if (found == build[node].children.end()) {
        build.push_back({});
        found = build[node].children.emplace(byte, static_cast<std::uint32_t>(build.size() - 1)).first;
      }
      node = found->second;
      build[node].categories |= bit(e.cat);
    }
    build[node].entries.push_back(i);

    const auto first = utf8::decode(e.surface, 0).cp;
    // 반 and 정각 only continue a clock time (9시 반); 정오 and 자정 start one.
    const bool continuation_only = e.cat == Cat::clockword && (e.value == "half" || e.value == "sharp");
    const bool starter = (bit(e.cat) & starter_mask) != 0 && !continuation_only;
    if (hangul::is_syllable(first)) {
      const auto index = first - hangul::first_syllable;
      if (starter) starters_.set(index);
      if ((bit(e.cat) & follower_mask) != 0) followers_.set(index);
      if ((bit(e.cat) & after_number_mask) != 0) after_number_.set(index);
      if (e.cat == Cat::season) glued_after_word_.set(index);
    } else if (first < 128 && starter) {
      ascii_starters_[first] = true;
    }
  }
  nodes_.assign(build.size(), Node{});
  edges_.clear();
  terminals_.clear();
  for (std::uint32_t n = 0; n < build.size(); ++n) {
    auto& out = nodes_[n];
    out.categories = build[n].categories;
    out.first_child = static_cast<std::uint32_t>(edges_.size());
    out.child_count = static_cast<std::uint32_t>(build[n].children.size());
    for (const auto& [byte, node] : build[n].children) edges_.push_back({byte, node});
    out.terminal_begin = static_cast<std::uint32_t>(terminals_.size());
    for (auto e : build[n].entries) terminals_.push_back(e);
    out.terminal_end = static_cast<std::uint32_t>(terminals_.size());
  }
  // Pairs of leading syllables of starter words, for may_start_word().
  single_starters_.reset();
  std::vector<std::uint64_t> pairs;
  for (const auto& e : entries_) {
    const bool continuation_only = e.cat == Cat::clockword && (e.value == "half" || e.value == "sharp");
    if ((bit(e.cat) & starter_mask) == 0 || continuation_only) continue;
    const auto first = utf8::decode(e.surface, 0);
    if (!hangul::is_syllable(first.cp)) continue;
    if (first.length == e.surface.size()) {
      single_starters_.set(first.cp - hangul::first_syllable);
      continue;
    }
    const auto second = utf8::decode(e.surface, first.length).cp;
    pairs.push_back((std::uint64_t{first.cp} << 32) | second);
  }
  std::size_t capacity = 16;
  while (capacity < pairs.size() * 4) capacity *= 2;
  starter_pairs_.assign(capacity, 0);
  pair_mask_ = capacity - 1;
  for (auto key : pairs) {
    auto slot = (key * 0x9E3779B97F4A7C15ull >> 40) & pair_mask_;
    while (starter_pairs_[slot] != 0 && starter_pairs_[slot] != key) slot = (slot + 1) & pair_mask_;
    starter_pairs_[slot] = key;
  }
  // Nodes with many children (the root, lead bytes shared by many syllables) get a
  // table by byte, so a lookup takes one step instead of a search along the edges.
  constexpr std::uint32_t dense_from = 4;
  dense_.clear();
  for (auto& n : nodes_) {
    if (n.child_count < dense_from) continue;
    const auto offset = static_cast<std::uint32_t>(dense_.size());
    dense_.resize(dense_.size() + 256, 0);
    for (auto k = n.first_child; k < n.first_child + n.child_count; ++k) dense_[offset + edges_[k].byte] = edges_[k].node;
    n.dense = offset + 1;
  }
  // Most lookups at other bytes (digits, spaces, punctuation) find nothing: say so at once.
  // A space, a tab and the leads of NBSP (C2) and ideographic space (E3) may match ' '.
  const bool root_space = child(0, ' ') != 0;
  for (unsigned b = 0; b < 256; ++b) {
    const bool space_lead = b == ' ' || b == '\t' || b == 0xC2 || b == 0xE3;
    root_starts_[b] = child(0, static_cast<unsigned char>(b)) != 0 || (space_lead && root_space);
  }
  // Most lookups start at a Hangul syllable: jump over its three bytes at once.
  syllable_node_.assign(hangul::last_syllable - hangul::first_syllable + 1, 0);
  for (char32_t cp = hangul::first_syllable; cp <= hangul::last_syllable; ++cp) {
    const char bytes[3] = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                           static_cast<char>(0x80 | (cp & 0x3F))};
    std::uint32_t node = 0;
    for (char b : bytes) {
      node = child(node, static_cast<unsigned char>(b));
      if (node == 0) break;
    }
    syllable_node_[cp - hangul::first_syllable] = node;
  }
}

std::uint32_t Lexicon::child(std::uint32_t node, unsigned char byte) const noexcept {
  const auto& n = nodes_[node];
  if (n.dense != 0) return dense_[n.dense - 1 + byte];
  for (auto k = n.first_child; k < n.first_child + n.child_count; ++k) {
    if (edges_[k].byte == byte) return edges_[k].node;
    if (edges_[k].byte > byte) break;  // edges are sorted
  }
  return 0;
}

std::optional<LexMatch> Lexicon::longest(std::string_view text, std::size_t pos, std::uint32_t mask) const {
  if (nodes_.empty() || (nodes_[0].categories & mask) == 0) return std::nullopt;
  // Walk the trie along the text, remembering every node where a surface ends.
  constexpr std::size_t max_depth = 24;
  struct End {
    std::uint32_t node;
    std::size_t text_end;
  };
  End ends[max_depth];  // filled up to ends_count; left uninitialised on purpose (hot path)
  std::size_t ends_count = 0;
  std::uint32_t node = 0;
  std::size_t t = pos;
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead >= 0xEA && lead <= 0xED) {
    const auto d = utf8::decode(text, pos);
    if (!hangul::is_syllable(d.cp)) return std::nullopt;
    node = syllable_node_[d.cp - hangul::first_syllable];
    if (node == 0 || (nodes_[node].categories & (mask | bit(Cat::block))) == 0) return std::nullopt;
    t += 3;
    if (nodes_[node].terminal_end > nodes_[node].terminal_begin) ends[ends_count++] = End{node, t};
  }
  while (t < text.size()) {
    std::size_t space_length = 0;
    std::uint32_t next = 0;
    if (is_flexible_space(text, t, space_length)) {
      next = child(node, ' ');
      if (next == 0) break;
      while (t < text.size() && is_flexible_space(text, t, space_length)) t += space_length;
    } else {
      next = child(node, static_cast<unsigned char>(text[t]));
      if (next == 0) break;
      ++t;
    }
    node = next;
    if ((nodes_[node].categories & (mask | bit(Cat::block))) == 0) break;  // nothing wanted below
    if (nodes_[node].terminal_end > nodes_[node].terminal_begin && ends_count < max_depth) ends[ends_count++] = End{node, t};
  }
  // Longest first: a block word hides the shorter words inside it (주년 hides 주).
  for (std::size_t k = ends_count; k-- > 0;) {
    const auto& n = nodes_[ends[k].node];
    const LexEntry* wanted = nullptr;
    for (auto i = n.terminal_begin; i < n.terminal_end; ++i) {
      const auto& e = entries_[terminals_[i]];
      if (e.cat == Cat::block) return std::nullopt;
      if (!wanted && (bit(e.cat) & mask) != 0) wanted = &e;
    }
    if (wanted) return LexMatch{wanted, ends[k].text_end};
  }
  return std::nullopt;
}

std::size_t Lexicon::all_at(std::string_view text, std::size_t pos, LexMatch* out, std::size_t capacity) const {
  std::size_t count = 0;
  if (nodes_.empty() || pos >= text.size() || !root_starts_[static_cast<unsigned char>(text[pos])]) return 0;
  constexpr std::size_t max_depth = 24;
  struct End {
    std::uint32_t node;
    std::size_t text_end;
  };
  End ends[max_depth];  // filled up to ends_count; left uninitialised on purpose (hot path)
  std::size_t ends_count = 0;
  std::uint32_t node = 0;
  std::size_t t = pos;
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead >= 0xEA && lead <= 0xED) {
    const auto d = utf8::decode(text, pos);
    if (!hangul::is_syllable(d.cp)) return 0;
    node = syllable_node_[d.cp - hangul::first_syllable];
    if (node == 0) return 0;
    t += 3;
    if (nodes_[node].terminal_end > nodes_[node].terminal_begin) ends[ends_count++] = End{node, t};
  }
  while (t < text.size()) {
    std::size_t space_length = 0;
    std::uint32_t next = 0;
    if (is_flexible_space(text, t, space_length)) {
      next = child(node, ' ');
      if (next == 0) break;
      while (t < text.size() && is_flexible_space(text, t, space_length)) t += space_length;
    } else {
      next = child(node, static_cast<unsigned char>(text[t]));
      if (next == 0) break;
      ++t;
    }
    node = next;
    if (nodes_[node].terminal_end > nodes_[node].terminal_begin && ends_count < max_depth) ends[ends_count++] = End{node, t};
  }
  for (std::size_t k = ends_count; k-- > 0 && count < capacity;) {
    const auto& n = nodes_[ends[k].node];
    for (auto i = n.terminal_begin; i < n.terminal_end && count < capacity; ++i) {
      out[count++] = LexMatch{&entries_[terminals_[i]], ends[k].text_end};
    }
  }
  return count;
}

bool Lexicon::may_start_word(char32_t first, char32_t second) const noexcept {
  if (!hangul::is_syllable(second)) return true;  // 이 회장, 두 시, 4일(화): the grammar decides
  const std::uint64_t key = (std::uint64_t{first} << 32) | second;
  auto slot = (key * 0x9E3779B97F4A7C15ull >> 40) & pair_mask_;
  while (starter_pairs_[slot] != 0) {
    if (starter_pairs_[slot] == key) return true;
    slot = (slot + 1) & pair_mask_;
  }
  // A one-syllable word (밤, 두, 삼) needs a particle, a unit or another numeral after it,
  // or a season (올여름, 올겨울).
  return hangul::is_syllable(first) && single_starters_.test(first - hangul::first_syllable) &&
         (may_follow(second) || may_follow_number(second) || glued_after_word_.test(second - hangul::first_syllable));
}

}  // namespace detail
}  // namespace ktimeline
