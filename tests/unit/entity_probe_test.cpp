// The blind probe of tests/corpus/entity/probe.tsv: sentences about people
// and places the gazetteer does not know, each with the people (exactly),
// places (at least) and short references it must give.
#include <catch2/catch.hpp>

#include <ktimeline/entity.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "entity_test_support.hpp"

using namespace ktimeline;

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  if (s == "-" || s.empty()) return out;
  std::size_t begin = 0;
  while (true) {
    const auto end = s.find(sep, begin);
    out.push_back(s.substr(begin, end == std::string::npos ? std::string::npos : end - begin));
    if (end == std::string::npos) break;
    begin = end + 1;
  }
  return out;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace

TEST_CASE("blind probe: people and places in sentences nobody has seen", "[entity][probe]") {
  const auto path = std::filesystem::path(KTIMELINE_TEST_CORPUS_DIR) / "entity" / "probe.tsv";
  std::ifstream in(path);
  REQUIRE(in);
  std::string line;
  std::size_t rows = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto cols = split(line, '\t');
    REQUIRE(cols.size() == 5);
    ++rows;
    const std::string& text = cols[1];
    INFO(cols[0] << ": " << text);
    const auto found = entity_test::recognize(text);
    const auto people = entity_test::names(found, EntityKind::person);
    CHECK(sorted(people) == sorted(split(cols[2], '|')));
    // A place is checked by its surface: some place mention covers exactly it.
    const auto places = entity_test::names(found, EntityKind::place);
    for (const auto& p : split(cols[3], '|')) {
      INFO("place " << p << "; places: " << Catch::Detail::stringify(places));
      const auto pos = text.find(p);
      const bool covered = std::any_of(found.mentions.begin(), found.mentions.end(), [&](const EntityRef& m) {
        return found.entities[m.entity].kind == EntityKind::place && m.span.begin == pos && m.span.end == pos + p.size();
      });
      CHECK(covered);
    }
    for (const auto& ref : split(cols[4], ';')) {
      const auto eq = ref.find('=');
      REQUIRE(eq != std::string::npos);
      const auto surface = ref.substr(0, eq);
      INFO("reference " << surface);
      // The last occurrence: `베넷 주지사` is also inside `사라 베넷 주지사가`.
      std::size_t last = 0;
      for (auto p = text.find(surface); p != std::string::npos; p = text.find(surface, p + 1)) ++last;
      CHECK(sorted(entity_test::resolved(found, text, surface, last - 1)) == sorted(split(ref.substr(eq + 1), '+')));
    }
  }
  CHECK(rows >= 25);
}
