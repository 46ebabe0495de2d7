#include <catch2/catch.hpp>

#include <ktimeline/entity.hpp>
#include <ktimeline/error.hpp>

#include "entity_test_support.hpp"

using namespace ktimeline;

TEST_CASE("the bundled gazetteer holds many people, organisations and places", "[entity][gazetteer]") {
  const auto& g = entity_test::bundled();
  std::size_t people = 0, orgs = 0, places = 0;
  for (const auto& e : g.entries()) {
    people += e.kind == EntityKind::person;
    orgs += e.kind == EntityKind::organization;
    places += e.kind == EntityKind::place;
  }
  CHECK(people >= 150);
  CHECK(orgs >= 150);
  CHECK(places >= 100);
  for (const char* name : {"샘 올트먼", "젠슨 황", "사티아 나델라", "이재용", "최태원", "구광모", "정의선", "신동빈", "김승연",
                           "허태수", "정기선", "이웅열", "조현상", "이재현", "최수연", "정신아", "김창한", "김범석"}) {
    INFO(name);
    const auto i = g.find(name);
    REQUIRE(i);
    CHECK(g.entry(*i).kind == EntityKind::person);
  }
}

TEST_CASE("aliases, romanization, spacing and case all find one entry", "[entity][gazetteer]") {
  const auto& g = entity_test::bundled();
  const auto altman = g.find("샘 올트먼");
  REQUIRE(altman);
  CHECK(g.find("Sam Altman") == altman);
  CHECK(g.find("SAM  ALTMAN") == altman);
  CHECK(g.find("샘올트먼") == altman);
  const auto plaza = g.find("더 플라자 호텔");
  REQUIRE(plaza);
  for (const char* v : {"더 플라자호텔", "플라자호텔", "플라자 호텔", "더플라자호텔"}) {
    INFO(v);
    CHECK(g.find(v) == plaza);
  }
  const auto sgbac = g.find("서울김포비즈니스항공센터");
  REQUIRE(sgbac);
  CHECK(g.find("SGBAC") == sgbac);
  CHECK(g.entry(*sgbac).extra == "Asia/Seoul");
  CHECK(g.find("삼성 서초사옥") == g.find("삼성전자 서초사옥"));
  CHECK(g.find("SK 서린빌딩") == g.find("SK서린빌딩"));
}

TEST_CASE("find_at takes the longest entry and respects Latin word edges", "[entity][gazetteer]") {
  const auto& g = entity_test::bundled();
  const std::string text = "행사는 더 플라자호텔에서 열렸다";
  const auto pos = text.find("더");
  const auto m = g.find_at(text, pos);
  REQUIRE(m);
  CHECK(text.substr(m->span.begin, m->span.size()) == "더 플라자호텔");
  CHECK(g.entry(m->entry).canonical == "더 플라자 호텔");

  const std::string hynix = "SK하이닉스와 SK텔레콤";
  const auto h = g.find_at(hynix, 0);
  REQUIRE(h);
  CHECK(g.entry(h->entry).canonical == "SK하이닉스");

  const std::string farm = "Farm MSCI Arm";
  CHECK_FALSE(g.find_at(farm, 1));                       // `arm` inside `Farm`
  CHECK_FALSE(g.find_at(farm, farm.find("MSCI")));       // `MS` inside `MSCI`
  const auto arm = g.find_at(farm, farm.find("Arm"));
  REQUIRE(arm);
  CHECK(g.entry(arm->entry).canonical == "Arm");
  CHECK_FALSE(g.find_at(farm, farm.size()));
  CHECK_FALSE(g.find_at("", 0));
}

TEST_CASE("user rows extend or add entries", "[entity][gazetteer]") {
  GazetteerBuilder builder;
  builder.add_tsv("# 내 표\n홍길동\tperson\t길동이|Hong Gildong\tHong Gil-dong\t한빛전자/대표\n"
                  "샘 올트먼\tperson\t샘 알트만\t\t\n",
                  "mine.tsv");
  builder.add({"한빛전자", EntityKind::organization, {"Hanbit Electronics"}, "", ""});
  const auto g = builder.build();
  const auto hong = g.find("hong gildong");
  REQUIRE(hong);
  CHECK(g.entry(*hong).canonical == "홍길동");
  CHECK(g.entry(*hong).extra == "한빛전자/대표");
  CHECK(g.find("샘 알트만") == g.find("샘 올트먼"));  // merged into the bundled row
  CHECK(g.find("Hanbit Electronics"));

  const auto empty = GazetteerBuilder(false).build();
  CHECK(empty.size() == 0);
  CHECK_FALSE(empty.find("샘 올트먼"));
  CHECK_FALSE(empty.find_at("샘 올트먼", 0));
}

TEST_CASE("malformed rows throw TableError naming source and line", "[entity][gazetteer]") {
  const auto line_of = [](const std::string& tsv) -> std::size_t {
    try {
      GazetteerBuilder(false).add_tsv(tsv, "people.tsv");
    } catch (const TableError& e) {
      CHECK(e.source() == "people.tsv");
      CHECK(std::string(e.what()).find("people.tsv:") == 0);
      return e.line();
    }
    return 0;
  };
  CHECK(line_of("# 머리말\n홍길동\tperson\n김철수\tpersn\n") == 3);
  CHECK(line_of("홍길동\n") == 1);
  CHECK(line_of("\tperson\n") == 1);
  CHECK(line_of("홍길동\tperson\t길동||Hong\t\t\n") == 1);
  CHECK(line_of("홍길동\tperson\t\t\t\textra\n") == 1);
  CHECK(line_of("ok\tplace\n\xff\xfe\tplace\n") == 2);
  CHECK_THROWS_AS(GazetteerBuilder(false).add({"", EntityKind::person, {}, "", ""}), TableError);
  CHECK(line_of("홍길동\tperson\n\n# 설명\n김철수\torganisation\n") == 0);  // valid: both spellings of the kind
}

TEST_CASE("kinds print and parse", "[entity][gazetteer]") {
  CHECK(to_string(EntityKind::person) == "person");
  CHECK(to_string(EntityKind::organization) == "organization");
  CHECK(to_string(EntityKind::place) == "place");
  CHECK(parse_entity_kind("org") == EntityKind::organization);
  CHECK_FALSE(parse_entity_kind("people"));
  CHECK(to_string(MentionForm::group) == "group");
}
