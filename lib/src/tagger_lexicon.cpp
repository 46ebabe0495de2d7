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

// Categories whose words can follow a numeral inside a mention: 두 시, 이십 분, 열 한 시.
constexpr std::uint32_t after_number_mask = bit(Cat::unit) | bit(Cat::native) | bit(Cat::sino) | bit(Cat::postmod);

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
    entry.has_space = entry.surface.find(' ') != std::string::npos;
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
  starters_.reset();
  followers_.reset();
  after_number_.reset();
  ascii_starters_.fill(false);
  order_.resize(entries_.size());
  for (std::uint32_t i = 0; i < entries_.size(); ++i) order_[i] = i;
  const auto first_of = [this](std::uint32_t i) { return utf8::decode(entries_[i].surface, 0).cp; };
  std::stable_sort(order_.begin(), order_.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto fa = first_of(a), fb = first_of(b);
    if (fa != fb) return fa < fb;
    return entries_[a].surface.size() > entries_[b].surface.size();
  });
  hangul_buckets_.assign(hangul::last_syllable - hangul::first_syllable + 1, Bucket{});
  other_buckets_.clear();
  for (std::uint32_t k = 0; k < order_.size(); ++k) {
    const auto& e = entries_[order_[k]];
    const auto first = first_of(order_[k]);
    Bucket& b = hangul::is_syllable(first) ? hangul_buckets_[first - hangul::first_syllable] : other_buckets_[first];
    if (b.end == 0) b.begin = k;
    b.end = k + 1;
    b.categories |= bit(e.cat);
    // 반 and 정각 only continue a clock time (9시 반); 정오 and 자정 start one.
    const bool continuation_only = e.cat == Cat::clockword && (e.value == "half" || e.value == "sharp");
    const bool starter = (bit(e.cat) & starter_mask) != 0 && !continuation_only;
    if (hangul::is_syllable(first)) {
      const auto index = first - hangul::first_syllable;
      if (starter) starters_.set(index);
      if ((bit(e.cat) & follower_mask) != 0) followers_.set(index);
      if ((bit(e.cat) & after_number_mask) != 0) after_number_.set(index);
    } else if (first < 128 && starter) {
      ascii_starters_[first] = true;
    }
  }
}

const Lexicon::Bucket* Lexicon::bucket_for(char32_t first) const noexcept {
  if (hangul::is_syllable(first)) {
    const auto& b = hangul_buckets_[first - hangul::first_syllable];
    return b.end == 0 ? nullptr : &b;
  }
  const auto found = other_buckets_.find(first);
  return found == other_buckets_.end() ? nullptr : &found->second;
}

std::optional<LexMatch> Lexicon::longest(std::string_view text, std::size_t pos, std::uint32_t mask) const {
  if (pos >= text.size()) return std::nullopt;
  const auto* bucket = bucket_for(utf8::decode(text, pos).cp);
  // No word of the wanted kinds starts with this character: the common case, one AND.
  if (bucket == nullptr || (bucket->categories & mask) == 0) return std::nullopt;
  for (auto k = bucket->begin; k < bucket->end; ++k) {
    const auto& e = entries_[order_[k]];
    std::size_t end = 0;
    if (!e.has_space) {
      // Surfaces are a few bytes long: a plain loop beats a call to memcmp.
      const auto n = e.surface.size();
      if (text.size() - pos >= n) {
        std::size_t i = 0;
        while (i < n && text[pos + i] == e.surface[i]) ++i;
        if (i == n) end = pos + n;
      }
    } else {
      end = match_surface(e.surface, text, pos);
    }
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
