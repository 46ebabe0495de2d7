// Readings one sentence leaves open, decided by the article's other mentions:
// a company between a foreign name and a title, and 시장 after a Korean name.
#include <catch2/catch.hpp>

#include <ktimeline/entity.hpp>

#include <algorithm>

#include "entity_test_support.hpp"

using namespace ktimeline;
using entity_test::names;
using entity_test::recognize;
using entity_test::resolved;
using Names = std::vector<std::string>;

TEST_CASE("a company between a foreign full name and a company title is no name word", "[entity][evidence]") {
  SECTION("three words before CEO: the last is the company") {
    const std::string text = "아드리안 코발스키 텔로릭스 최고경영자(CEO)가 판교 연구소를 찾았다.";
    const auto found = recognize(text);
    CHECK(names(found, EntityKind::person) == Names{"아드리안 코발스키"});
    const auto i = found.find("아드리안 코발스키");
    REQUIRE(i);
    CHECK(found.entities[*i].organization == "텔로릭스");
  }
  SECTION("two words before CEO and a short form later: the short form decides") {
    const std::string text = "코발스키 텔로릭스 CEO가 입국했다. 마중 나온 직원들은 코발스키 CEO를 숙소로 안내했다.";
    const auto found = recognize(text);
    CHECK(names(found, EntityKind::person) == Names{"코발스키"});
  }
  SECTION("the company first in a headline, the name first in the body") {
    const std::string text =
        "텔로릭스 코발스키 CEO가 방한했다. 아드리안 코발스키 텔로릭스 최고경영자는 오후에 회견을 열었다. "
        "코발스키 CEO는 투자 계획을 밝혔다.";
    const auto found = recognize(text);
    const auto people = names(found, EntityKind::person);
    INFO(Catch::Detail::stringify(people));
    CHECK(std::find(people.begin(), people.end(), "텔로릭스 코발스키") == people.end());
    CHECK(std::find(people.begin(), people.end(), "아드리안 코발스키") != people.end());
    CHECK(resolved(found, text, "코발스키 CEO", 1) == Names{"아드리안 코발스키"});
  }
  SECTION("three name words before an official's title stay one name") {
    const auto found = recognize("후안 카를로스 메디나 대통령은 환영식에 참석했다.");
    CHECK(names(found, EntityKind::person) == Names{"후안 카를로스 메디나"});
  }
}

TEST_CASE("a Korean name before 시장 is a mayor only when the article says so", "[entity][evidence]") {
  SECTION("a later short reference by surname") {
    const std::string text = "그는 오전 한서윤 시장과 회동했다. 한 시장은 항만 계획을 설명했다.";
    const auto found = recognize(text);
    CHECK(names(found, EntityKind::person) == Names{"한서윤"});
    CHECK(resolved(found, text, "한 시장") == Names{"한서윤"});
  }
  SECTION("a city right before the name") {
    const auto found = recognize("부산시 한서윤 시장은 대표단을 맞았다.");
    CHECK(names(found, EntityKind::person) == Names{"한서윤"});
  }
  SECTION("the name with a place-bearing title elsewhere") {
    const auto found = recognize("저녁에는 한서윤 시장과 만찬을 했다. 한서윤 부산시장은 투자를 요청했다.");
    CHECK(names(found, EntityKind::person) == Names{"한서윤"});
  }
  SECTION("no evidence: a market or a name alone stays nobody") {
    CHECK(names(recognize("그는 오전 한서윤 시장과 회동했다."), EntityKind::person).empty());
    CHECK(names(recognize("반도체 시장과 주식 시장이 함께 흔들렸다. 김치 시장은 커졌다."), EntityKind::person).empty());
    CHECK(names(recognize("정유 시장은 위축됐지만 조선 시장과 한우 시장은 살아났다."), EntityKind::person).empty());
    // `당시` ends in 시 and is no city; `김 시장` never appears.
    CHECK(names(recognize("당시 김치 시장은 작았다."), EntityKind::person).empty());
  }
}
