#include <catch2/catch.hpp>

#include <ktimeline/entity.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "entity_test_support.hpp"

using namespace ktimeline;

// The seed articles live outside the repository (../shared); without them
// this test has nothing to check.
TEST_CASE("the seed articles' people are found and their variants resolved", "[entity][seeds]") {
  const std::filesystem::path dir = std::filesystem::path(KTIMELINE_SHARED_DIR) / "seeds";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return;
  std::set<std::string> people;
  bool variant_resolved = false;
  for (const auto& file : std::filesystem::directory_iterator(dir, ec)) {
    if (file.path().extension() != ".txt") continue;
    std::ifstream in(file.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const auto found = entity_test::recognize(text);
    for (const auto& e : found.entities) {
      if (e.kind == EntityKind::person && !e.reporter) people.insert(e.canonical);
    }
    for (const auto& m : found.mentions) {
      if (text.substr(m.span.begin, m.span.size()) == "울트먼") {
        CHECK(found.entities[m.entity].canonical == "샘 올트먼");
        variant_resolved = true;
      }
    }
  }
  if (people.empty()) return;
  INFO(Catch::Detail::stringify(people));
  for (const char* name : {"샘 올트먼", "이재용", "손정의", "최태원", "유영상", "곽노정", "김주선", "김창한", "정신아"}) {
    INFO(name);
    CHECK(people.count(name) == 1);
  }
  CHECK(variant_resolved);
}
