// Loading and indexing the time lexicon.
#include "tagger_lexicon.hpp"

#include <algorithm>
#include <charconv>

#include "ktimeline/error.hpp"
#include "ktimeline/text.hpp"

namespace ktimeline {
namespace detail {
namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(Cat::count_)> category_names{
    "daypart", "relday", "discourse", "relmonth", "relyear", "relweek", "weekday", "direction",
    "premod",  "postmod", "position", "unit",    "durword", "native",  "sino",    "period",
    "clockword", "set",   "joiner",   "span",    "localtime", "block", "particle", "discyear", "holiday"};

// Categories whose words can begin a mention.
constexpr std::uint32_t starter_mask =
    bit(Cat::daypart) | bit(Cat::relday) | bit(Cat::discourse) | bit(Cat::relmonth) | bit(Cat::relyear) |
    bit(Cat::relweek) | bit(Cat::weekday) | bit(Cat::direction) | bit(Cat::premod) | bit(Cat::durword) |
    bit(Cat::native) | bit(Cat::sino) | bit(Cat::period) | bit(Cat::clockword) | bit(Cat::set) | bit(Cat::discyear) |
    bit(Cat::holiday) | bit(Cat::localtime);

// Categories whose words may directly follow a time word without a space.
constexpr std::uint32_t follower_mask = bit(Cat::particle) | bit(Cat::postmod) | bit(Cat::position) | bit(Cat::span) |
                                        bit(Cat::joiner) | bit(Cat::clockword) | bit(Cat::localtime) | bit(Cat::daypart);

std::string_view next_field(std::string_view& line) {
  const auto tab = line.find('\t');
  auto field = line.substr(0, tab);
  line = tab == std::string_view::npos ? std::string_view{} : line.substr(tab + 1);
  return field;
}

bool is_flexible_space(std::string_view text, std::size_t pos, std::size_t& length) {
  if (pos >= text.size()) return false;
  const auto d = utf8::decode(text, pos);
  if (d.cp == U' ' || d.cp == U'\t' || d.cp == 0xA0 || d.cp == 0x3000) {
    length = d.length;
    return true;
  }
  return false;
}

// Matches `surface` at `pos`; a space in the surface matches one or more spaces.
std::size_t match_surface(std::string_view surface, std::string_view text, std::size_t pos) {
  std::size_t t = pos;
  for (std::size_t s = 0; s < surface.size(); ++s) {
    if (surface[s] == ' ') {
      std::size_t len = 0;
      if (!is_flexible_space(text, t, len)) return 0;
      while (is_flexible_space(text, t, len)) t += len;
      continue;
    }
    if (t >= text.size() || text[t] != surface[s]) return 0;
    ++t;
  }
  return t;
}

}  // namespace

void Lexicon::add(std::string_view tsv, std::string_view source) {
  std::size_t line_number = 0;
  while (!tsv.empty()) {
    const auto newline = tsv.find('\n');
    auto line = tsv.substr(0, newline);
    tsv = newline == std::string_view::npos ? std::string_view{} : tsv.substr(newline + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    LexEntry entry;
    entry.surface = std::string(next_field(line));
    const auto category = next_field(line);
    entry.value = std::string(next_field(line));
    entry.rule = std::string(next_field(line));
    if (entry.surface.empty() || entry.rule.empty() || !line.empty()) {
      throw TableError(std::string(source), line_number, "expected 4 tab-separated columns: surface, category, value, rule");
    }
    if (!utf8::valid(entry.surface)) throw TableError(std::string(source), line_number, "surface is not valid UTF-8");
    const auto found = std::find(category_names.begin(), category_names.end(), category);
    if (found == category_names.end()) {
      throw TableError(std::string(source), line_number, "unknown category '" + std::string(category) + "'");
    }
    entry.cat = static_cast<Cat>(found - category_names.begin());
    const auto* first = entry.value.data();
    const auto* last = first + entry.value.size();
    const auto parsed = std::from_chars(first, last, entry.number);
    const bool numeric_category = entry.cat == Cat::relday || entry.cat == Cat::discourse || entry.cat == Cat::relmonth ||
                                  entry.cat == Cat::relyear || entry.cat == Cat::relweek || entry.cat == Cat::weekday ||
                                  entry.cat == Cat::native || entry.cat == Cat::sino || entry.cat == Cat::discyear;
    if (numeric_category && (parsed.ec != std::errc{} || parsed.ptr != last)) {
      throw TableError(std::string(source), line_number, "value of a " + std::string(category) + " row must be an integer");
    }
    entries_.push_back(std::move(entry));
  }
}

void Lexicon::finish() {
  by_first_.clear();
  starters_.reset();
  followers_.reset();
  ascii_starters_.fill(false);
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    const auto& e = entries_[i];
    const auto first = utf8::decode(e.surface, 0).cp;
    by_first_[first].push_back(i);
    const bool starter = (bit(e.cat) & starter_mask) != 0;
    if (hangul::is_syllable(first)) {
      const auto index = first - hangul::first_syllable;
      if (starter) starters_.set(index);
      if ((bit(e.cat) & follower_mask) != 0) followers_.set(index);
    } else if (first < 128 && starter) {
      ascii_starters_[first] = true;
    }
  }
  for (auto& [first, list] : by_first_) {
    std::stable_sort(list.begin(), list.end(), [this](std::uint32_t a, std::uint32_t b) {
      return entries_[a].surface.size() > entries_[b].surface.size();
    });
  }
}

std::optional<LexMatch> Lexicon::longest(std::string_view text, std::size_t pos, std::uint32_t mask) const {
  if (pos >= text.size()) return std::nullopt;
  const auto found = by_first_.find(utf8::decode(text, pos).cp);
  if (found == by_first_.end()) return std::nullopt;
  for (const auto index : found->second) {
    const auto& e = entries_[index];
    const auto end = match_surface(e.surface, text, pos);
    if (end == 0) continue;
    if (e.cat == Cat::block) return std::nullopt;  // a longer non-time word hides shorter time words
    if ((bit(e.cat) & mask) == 0) continue;
    return LexMatch{&e, end};
  }
  return std::nullopt;
}

bool Lexicon::starts_mention(char32_t cp) const noexcept {
  if (hangul::is_syllable(cp)) return starters_.test(cp - hangul::first_syllable);
  return cp < 128 && ascii_starters_[cp];
}

bool Lexicon::may_follow(char32_t cp) const noexcept {
  return hangul::is_syllable(cp) && followers_.test(cp - hangul::first_syllable);
}

}  // namespace detail
}  // namespace ktimeline
