#pragma once
// Reading the bundled and user TSV tables: one parser for every module.
#include <charconv>
#include <cstddef>
#include <string_view>
#include <vector>

namespace ktimeline::detail {

/// Calls row(fields, line_number) for each row of a TSV table; `#` comments,
/// blank lines and a trailing `\r` are skipped.
///   for_each_tsv_row(table, [&](const std::vector<std::string_view>& f, std::size_t line) { ... });
template <class Row>
void for_each_tsv_row(std::string_view tsv, Row&& row) {
  std::size_t line_number = 0;
  std::vector<std::string_view> fields;
  while (!tsv.empty()) {
    const auto nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view{} : tsv.substr(nl + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    fields.clear();
    for (;;) {
      const auto tab = line.find('\t');
      fields.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    row(fields, line_number);
  }
}

/// Reads a field that must be a whole number and nothing else: "12" yes, "" and "12a" no.
///   int n; if (!read_whole_number(field, n)) throw TableError(...);
template <class Int>
bool read_whole_number(std::string_view field, Int& out) {
  const auto* last = field.data() + field.size();
  const auto r = std::from_chars(field.data(), last, out);
  return !field.empty() && r.ec == std::errc{} && r.ptr == last;
}

}  // namespace ktimeline::detail
