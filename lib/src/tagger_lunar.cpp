// The lunar holiday table, parsed once on first use.
#include "tagger_lunar.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "ktimeline/detail/embedded_tables.hpp"
#include "ktimeline/error.hpp"
#include "ktimeline/timex.hpp"
#include "tsv_rows.hpp"

namespace ktimeline {
namespace detail {
namespace {

struct LunarRow {
  int key = 0;  // year * 10000 + lunar month * 100 + lunar day
  date::local_days solar;
};

std::vector<LunarRow> load_lunar_table() {
  std::vector<LunarRow> rows;
  for_each_tsv_row(embedded_table("lunar_holidays"), [&](const std::vector<std::string_view>& f, std::size_t line) {
    int lm = 0, ld = 0;
    const auto solar = f.size() == 2 ? parse_timex_point(f[1]) : std::nullopt;
    const bool ok = solar && solar->grain == Grain::day && f[0].size() == 5 && f[0][2] == '-' &&
                    read_whole_number(f[0].substr(0, 2), lm) && read_whole_number(f[0].substr(3, 2), ld);
    if (!ok) throw TableError("lunar_holidays.tsv", line, "expected MM-DD<TAB>YYYY-MM-DD");
    const auto day = solar->day();
    rows.push_back({static_cast<int>(day.year()) * 10000 + lm * 100 + ld, date::local_days{day}});
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
