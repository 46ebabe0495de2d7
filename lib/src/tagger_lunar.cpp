// The lunar holiday table, parsed once on first use.
#include "tagger_lunar.hpp"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include "ktimeline/detail/embedded_tables.hpp"
#include "ktimeline/error.hpp"
#include "tsv_rows.hpp"

namespace ktimeline {
namespace detail {
namespace {

struct LunarRow {
  int key = 0;  // year * 10000 + lunar month * 100 + lunar day
  date::local_days solar;
};

bool read_number(std::string_view s, int& out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc{} && r.ptr == s.data() + s.size();
}

std::vector<LunarRow> load_lunar_table() {
  std::vector<LunarRow> rows;
  for_each_tsv_row(embedded_table("lunar_holidays"), [&](const std::vector<std::string_view>& f, std::size_t line) {
    int lm = 0, ld = 0, y = 0, m = 0, d = 0;
    const bool ok = f.size() == 2 && f[0].size() == 5 && f[1].size() == 10 && read_number(f[0].substr(0, 2), lm) &&
                    read_number(f[0].substr(3, 2), ld) && read_number(f[1].substr(0, 4), y) &&
                    read_number(f[1].substr(5, 2), m) && read_number(f[1].substr(8, 2), d);
    const date::year_month_day solar{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}};
    if (!ok || !solar.ok()) throw TableError("lunar_holidays.tsv", line, "expected MM-DD<TAB>YYYY-MM-DD");
    rows.push_back({y * 10000 + lm * 100 + ld, date::local_days{solar}});
  });
  std::sort(rows.begin(), rows.end(), [](const LunarRow& a, const LunarRow& b) { return a.key < b.key; });
  return rows;
}

}  // namespace

std::optional<date::local_days> lunar_holiday(int year, int lunar_month, int lunar_day) {
  static const std::vector<LunarRow> table = load_lunar_table();  // immutable once built
  const int key = year * 10000 + lunar_month * 100 + lunar_day;
  const auto found =
      std::lower_bound(table.begin(), table.end(), key, [](const LunarRow& r, int k) { return r.key < k; });
  if (found == table.end() || found->key != key) return std::nullopt;
  return found->solar;
}

}  // namespace detail
}  // namespace ktimeline
