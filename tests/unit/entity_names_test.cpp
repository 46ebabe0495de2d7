#include <catch2/catch.hpp>

#include <ktimeline/entity.hpp>

#include "entity_test_support.hpp"

using namespace ktimeline;

TEST_CASE("spelling variants of foreign names are similar", "[entity][names]") {
  CHECK(similar_names("올트먼", "울트먼"));
  CHECK(similar_names("올트먼", "알트먼"));
  CHECK(similar_names("올트먼", "올트만"));
  CHECK(similar_names("나델라", "나델러"));
  CHECK(similar_names("저커버그", "주커버그"));
  CHECK(similar_names("샘 올트먼", "샘 알트먼"));
  CHECK(similar_names("Sam Altman", "sam  altman"));
  CHECK(similar_names("스트라우스", "스트로우스"));
}

TEST_CASE("different names are not similar", "[entity][names]") {
  CHECK_FALSE(similar_names("김철수", "김영수"));
  CHECK_FALSE(similar_names("박영선", "박영순"));  // Korean names: one sound apart is another person
  CHECK_FALSE(similar_names("이재용", "이재현"));
  CHECK_FALSE(similar_names("하스", "하즈"));      // too short to allow a slip
  CHECK_FALSE(similar_names("올트먼", "머스크"));
  CHECK_FALSE(similar_names("나델라", "피차이"));
  CHECK_FALSE(similar_names("", "올트먼"));
  CHECK_FALSE(similar_names("...", "---"));
}

TEST_CASE("name similarity is a score in [0, 1]", "[entity][names]") {
  CHECK(name_similarity("올트먼", "올트먼") == Approx(1.0));
  CHECK(name_similarity("올트먼", "울트먼") > 0.9);
  CHECK(name_similarity("올트먼", "울트먼") < 1.0);
  CHECK(name_similarity("올트먼", "울트먼") > name_similarity("올트먼", "멀트먼"));
  CHECK(name_similarity("올트먼", "삼성전자") < 0.5);
  CHECK(name_similarity("", "") == Approx(0.0));
  const std::string long_a(400, 'a');
  CHECK(name_similarity(long_a, long_a) == Approx(1.0));
  CHECK(name_similarity(long_a, long_a + "b") == Approx(0.0));
}

TEST_CASE("a reader's query matches an entity by alias, last name or variant", "[entity][names]") {
  const std::string text = "샘 올트먼 오픈AI CEO가 서울에 왔다.";
  const auto found = entity_test::recognize(text);
  const auto i = found.find("샘 올트먼");
  REQUIRE(i);
  const auto& altman = found.entities[*i];
  for (const char* q : {"샘 올트먼", "올트먼", "Sam Altman", "sam altman", "Altman", "알트먼", "울트먼", "올트먼 CEO",
                        "샘올트먼"}) {
    INFO(q);
    CHECK(entity_matches(altman, q));
  }
  for (const char* q : {"머스크", "샘", "", "오픈AI", "올"}) {
    INFO(q);
    CHECK_FALSE(entity_matches(altman, q));
  }
}

TEST_CASE("queries match people the gazetteer does not know by what the article said", "[entity][names]") {
  const std::string text = "케빈 스트라우스 노바랩스 CEO는 신제품을 공개했다.";
  const auto found = entity_test::recognize(text);
  const auto i = found.find("케빈 스트라우스");
  REQUIRE(i);
  CHECK(entity_matches(found.entities[*i], "스트라우스"));
  CHECK(entity_matches(found.entities[*i], "스트로우스"));
  CHECK_FALSE(entity_matches(found.entities[*i], "케빈 하트"));
}
