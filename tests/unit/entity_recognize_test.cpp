#include <catch2/catch.hpp>

#include <ktimeline/entity.hpp>

#include <algorithm>

#include "entity_test_support.hpp"

using namespace ktimeline;
using entity_test::names;
using entity_test::recognize;
using entity_test::resolved;
using Names = std::vector<std::string>;

namespace {

bool has(const Names& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

const ArticleEntity& entity(const ArticleEntities& found, const std::string& canonical) {
  static const ArticleEntity missing{};
  const auto i = found.find(canonical);
  if (!i) {
    FAIL_CHECK("no entity " << canonical);
    return missing;
  }
  return found.entities[*i];
}

}  // namespace

TEST_CASE("people the gazetteer knows, with organisation and title", "[entity][recognize]") {
  const std::string text =
      "정의선 현대차그룹 회장과 구광모 LG 회장이 여의도 LG트윈타워에서 만났다. "
      "두 사람은 배터리 협력을 논의했다. 정 회장은 회동 뒤 곧바로 떠났다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person)));
  CHECK(names(found, EntityKind::person) == Names{"정의선", "구광모"});
  CHECK(entity(found, "정의선").title == "회장");
  CHECK(entity(found, "정의선").organization == "현대자동차그룹");
  CHECK(entity(found, "구광모").organization == "LG그룹");
  CHECK(has(names(found, EntityKind::organization), "현대자동차그룹"));
  CHECK(has(names(found, EntityKind::place), "여의도 LG트윈타워"));
  CHECK(resolved(found, text, "두 사람") == Names{"정의선", "구광모"});
  CHECK(resolved(found, text, "정 회장") == Names{"정의선"});
}

TEST_CASE("people the gazetteer does not know, by name + organisation + title", "[entity][recognize]") {
  const std::string text =
      "박서준 한빛전자 대표는 10일 서울 강남구 한빛타워에서 간담회를 열었다. "
      "이 자리에는 김도윤 한빛전자 최고재무책임자(CFO)도 나왔다. "
      "박 대표는 새 제품 계획을 소개했다. 그는 내년 봄 출시를 목표로 한다고 말했다. "
      "윤재희 바른솔루션 대표이사 사장, 남궁민 한빛전자 전략본부장도 자리를 함께했다.\n홍지민 기자";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person, true)));
  CHECK(names(found, EntityKind::person) == Names{"박서준", "김도윤", "윤재희", "남궁민"});
  CHECK(entity(found, "박서준").title == "대표");
  CHECK(entity(found, "박서준").organization == "한빛전자");
  CHECK(entity(found, "김도윤").title == "최고재무책임자(CFO)");
  CHECK(entity(found, "윤재희").title == "대표이사 사장");
  CHECK(entity(found, "윤재희").organization == "바른솔루션");
  CHECK(entity(found, "남궁민").title == "전략본부장");
  CHECK(resolved(found, text, "박 대표") == Names{"박서준"});
  CHECK(resolved(found, text, "그") == Names{"박서준"});
  CHECK(has(names(found, EntityKind::organization), "한빛전자"));
  CHECK(has(names(found, EntityKind::place), "서울 강남구"));
  CHECK(has(names(found, EntityKind::place), "한빛타워"));
  const auto& reporter = entity(found, "홍지민");
  CHECK(reporter.reporter);
}

TEST_CASE("foreign names before an organisation and CEO, and their short forms", "[entity][recognize]") {
  const std::string text =
      "케빈 스트라우스 노바랩스 CEO가 8일 한국을 찾았다. 스트라우스 CEO는 판교에서 개발자들을 만났다. "
      "스트로우스는 오후에 출국했다. 일론 머스크 테슬라 CEO도 같은 날 영상으로 등장했다. 머스크는 짧게 인사했다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person)));
  CHECK(names(found, EntityKind::person) == Names{"케빈 스트라우스", "일론 머스크"});
  CHECK(entity(found, "케빈 스트라우스").organization == "노바랩스");
  CHECK(resolved(found, text, "스트라우스 CEO") == Names{"케빈 스트라우스"});
  CHECK(resolved(found, text, "스트로우스") == Names{"케빈 스트라우스"});
  CHECK(resolved(found, text, "머스크", 1) == Names{"일론 머스크"});
}

TEST_CASE("an organisation with 의 before a foreign name is its organisation", "[entity][recognize]") {
  const std::string text = "미국 스타트업 노바랩스의 케빈 스트라우스 CEO는 투자 유치를 마쳤다.";
  const auto found = recognize(text);
  CHECK(names(found, EntityKind::person) == Names{"케빈 스트라우스"});
  CHECK(entity(found, "케빈 스트라우스").organization == "노바랩스");
}

TEST_CASE("variant spellings of gazetteer names resolve to one entity", "[entity][recognize]") {
  const std::string text =
      "사티아 나델라 마이크로소프트 CEO가 기조연설을 했다. 나델러 CEO는 클라우드 투자 계획을 밝혔다. "
      "샘 올트먼 CEO와 만난 알트먼은 짧게 답했다. 울트먼은 이후 공항으로 향했다. 알트만 CEO는 다시 오겠다고 했다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person)));
  CHECK(names(found, EntityKind::person) == Names{"사티아 나델라", "샘 올트먼"});
  CHECK(resolved(found, text, "나델러 CEO") == Names{"사티아 나델라"});
  CHECK(resolved(found, text, "울트먼") == Names{"샘 올트먼"});
  CHECK(resolved(found, text, "알트먼") == Names{"샘 올트먼"});
  CHECK(resolved(found, text, "알트만 CEO") == Names{"샘 올트먼"});
  const auto& altman = entity(found, "샘 올트먼");
  CHECK(std::find(altman.surfaces.begin(), altman.surfaces.end(), "울트먼") != altman.surfaces.end());
}

TEST_CASE("a variant spelling with a title finds the gazetteer entry on its own", "[entity][recognize]") {
  const std::string text = "나델러 CEO는 이날 새 AI 서비스를 소개했다.";
  const auto found = recognize(text);
  CHECK(names(found, EntityKind::person) == Names{"사티아 나델라"});
}

TEST_CASE("one-syllable last names with a title", "[entity][recognize]") {
  const std::string text =
      "젠슨 황 엔비디아 CEO가 대만에서 신제품을 공개했다. 황 CEO는 이어 팀 쿡 애플 CEO와 만났다. "
      "쿡 CEO는 협력 확대를 약속했다.";
  const auto found = recognize(text);
  CHECK(names(found, EntityKind::person) == Names{"젠슨 황", "팀 쿡"});
  CHECK(resolved(found, text, "황 CEO") == Names{"젠슨 황"});
  CHECK(resolved(found, text, "쿡 CEO") == Names{"팀 쿡"});
}

TEST_CASE("an institute before a title is the organisation, not part of the title", "[entity][recognize]") {
  const std::string text = "김영호 산업연구원 선임연구위원은 수출 전망을 내놨다. 서민재 한빛전자 전략본부장은 말을 아꼈다.";
  const auto found = recognize(text);
  CHECK(entity(found, "김영호").organization == "산업연구원");
  CHECK(entity(found, "김영호").title == "선임연구위원");
  CHECK(entity(found, "서민재").title == "전략본부장");
  CHECK(entity(found, "서민재").organization == "한빛전자");
}

TEST_CASE("a shared title after a list of names", "[entity][recognize]") {
  const std::string text =
      "김민재, 이소연 공동대표는 투자 유치를 발표했다. 최민호와 윤서연 변호사가 계약을 검토했다. "
      "신혜진·조은비 연구원은 결과를 공개했다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person)));
  const auto people = names(found, EntityKind::person);
  for (const char* n : {"김민재", "이소연", "최민호", "윤서연", "신혜진", "조은비"}) {
    INFO(n);
    CHECK(has(people, n));
  }
  CHECK(people.size() == 6);
  CHECK(entity(found, "김민재").title == "공동대표");
  CHECK(entity(found, "최민호").title == "변호사");
}

TEST_CASE("ordinary words before a title make no person", "[entity][recognize]") {
  const std::string text =
      "신임 회장은 다음 달 취임한다. 이번 회장 선거에는 세 후보가 나섰다. 반도체 시장 규모가 커졌다. "
      "글로벌 빅테크 CEO들이 한자리에 모였다. 한 대표 기업은 공동 대표 체제를 택했다. 전 회장 측은 말을 아꼈다. "
      "퍼플렉시티 CEO가 온다는 소문이 돌았다. 이 회장은 누구인지 밝혀지지 않았다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person, true)));
  CHECK(names(found, EntityKind::person, true).empty());
}

TEST_CASE("reporters are recognised and never become antecedents", "[entity][recognize]") {
  const std::string text =
      "[한빛일보=오세진 기자] 박서준 한빛전자 대표가 신제품을 공개했다.\n"
      "사진=장하윤 기자\n"
      "그는 올해 매출 목표도 밝혔다. (서울=한빛뉴스) 류지호 특파원 = 김민수 한빛전자 전무는 거들었다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person, true)));
  CHECK(entity(found, "오세진").reporter);
  CHECK(entity(found, "장하윤").reporter);
  CHECK(entity(found, "류지호").reporter);
  CHECK(entity(found, "오세진").title == "기자");
  CHECK(entity(found, "류지호").title == "특파원");
  CHECK_FALSE(entity(found, "박서준").reporter);
  CHECK(names(found, EntityKind::person) == Names{"박서준", "김민수"});
  CHECK(resolved(found, text, "그") == Names{"박서준"});
}

TEST_CASE("pronouns follow the last subject, and stay unresolved when it is unclear", "[entity][recognize]") {
  const std::string clear =
      "이재용 삼성전자 회장은 구광모 LG 회장과 만났다. 그는 협력 방안을 제안했다. 구 회장은 답을 미뤘다. 그가 다시 입을 열었다.";
  const auto a = recognize(clear);
  CHECK(resolved(a, clear, "그") == Names{"이재용"});
  CHECK(resolved(a, clear, "그", 1) == Names{"구광모"});

  const std::string unclear = "김철수 사장은 웃었고 이영희 전무는 고개를 저었다. 그는 자리를 떴다.";
  const auto b = recognize(unclear);
  CHECK(names(b, EntityKind::person) == Names{"김철수", "이영희"});
  CHECK(resolved(b, unclear, "그").empty());

  const std::string she = "리사 수 AMD CEO는 기조연설에 나섰다. 그녀는 새 칩을 들어 보였다.";
  const auto d = recognize(she);
  CHECK(resolved(d, she, "그녀") == Names{"리사 수"});

  const std::string determiner = "최태원 SK그룹 회장은 그 결과를 기다렸다. 그룹 안팎이 술렁였다.";
  const auto c = recognize(determiner);
  CHECK(resolved(c, determiner, "그").empty());
}

TEST_CASE("surname + title picks the latest person it fits", "[entity][recognize]") {
  const std::string text =
      "이재용 삼성전자 회장과 이재현 CJ그룹 회장, 이규호 코오롱 부회장이 참석했다. "
      "이 회장은 먼저 자리를 떴다. 이 부회장은 끝까지 남았다. 최 회장은 오지 않았다.";
  const auto found = recognize(text);
  CHECK(resolved(found, text, "이 회장") == Names{"이재현"});
  CHECK(resolved(found, text, "이 부회장") == Names{"이규호"});
  CHECK(resolved(found, text, "최 회장").empty());
}

TEST_CASE("group words take the last people mentioned", "[entity][recognize]") {
  const std::string text =
      "최태원 SK그룹 회장, 정의선 현대차그룹 회장, 구광모 LG 회장이 만났다. 3인방은 미래 산업을 논의했다. "
      "세 사람은 저녁도 함께했다.";
  const auto found = recognize(text);
  CHECK(resolved(found, text, "3인방") == Names{"최태원", "정의선", "구광모"});
  CHECK(resolved(found, text, "세 사람") == Names{"최태원", "정의선", "구광모"});
  for (const auto& m : found.mentions) {
    if (text.substr(m.span.begin, m.span.size()) == "3인방") CHECK(m.form == MentionForm::group);
  }
}

TEST_CASE("parenthesised names are aliases; ages and stock codes are not", "[entity][recognize]") {
  const std::string text =
      "손정의(일본명 손 마사요시) 소프트뱅크그룹 회장이 도쿄에서 회견을 열었다. "
      "한지훈(52) 한빛전자 대표와 곽노정 SK하이닉스(000660) 사장도 참석했다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person)));
  CHECK(names(found, EntityKind::person) == Names{"손정의", "한지훈", "곽노정"});
  CHECK(resolved(found, text, "손 마사요시") == Names{"손정의"});
  CHECK(entity(found, "곽노정").organization == "SK하이닉스");
  CHECK(entity(found, "한지훈").organization == "한빛전자");
}

TEST_CASE("former and acting titles keep their modifier", "[entity][recognize]") {
  const std::string text = "윤석열 전 대통령은 법정에 출석했다. 한지훈 한빛전자 신임 사장은 첫 출근을 했다.";
  const auto found = recognize(text);
  CHECK(entity(found, "윤석열").title == "전 대통령");
  CHECK(entity(found, "한지훈").title == "신임 사장");
}

TEST_CASE("places: gazetteer names, districts, place words, floors and same-place references", "[entity][recognize]") {
  const std::string text =
      "행사는 서울 종로구 한빛호텔 3층에서 열렸다. 같은 호텔 로비에는 취재진이 몰렸다. "
      "그는 오후 인천공항 제2여객터미널을 통해 출국했다. 일행은 김포공항을 거쳐 도쿄로 향했다. "
      "AI 데이터센터 건립도 논의됐다. 다음 회의는 그랜드 하얏트 호텔에서 열린다.";
  const auto found = recognize(text);
  const auto places = names(found, EntityKind::place);
  INFO(Catch::Detail::stringify(places));
  for (const char* p : {"서울 종로구", "한빛호텔", "3층", "인천국제공항 제2여객터미널", "김포국제공항", "도쿄",
                        "그랜드 하얏트 서울"}) {
    INFO(p);
    CHECK(has(places, p));
  }
  CHECK_FALSE(has(places, "AI 데이터센터"));
  CHECK_FALSE(has(places, "데이터센터"));
  const auto& floor = entity(found, "3층");
  REQUIRE(floor.part_of);
  CHECK(found.entities[*floor.part_of].canonical == "한빛호텔");
  CHECK(resolved(found, text, "같은 호텔") == Names{"한빛호텔"});
}

TEST_CASE("organisation and place words together make one place", "[entity][recognize]") {
  const std::string text = "그는 삼성전자 사옥에 도착했다. 이후 삼성 서초사옥과 SK 서린빌딩을 차례로 찾았다.";
  const auto found = recognize(text);
  const auto places = names(found, EntityKind::place);
  INFO(Catch::Detail::stringify(places));
  CHECK(has(places, "삼성전자 사옥"));
  CHECK(has(places, "삼성전자 서초사옥"));
  CHECK(has(places, "SK서린빌딩"));
}

TEST_CASE("mentions carry sentence index, subject flag and entities_in", "[entity][recognize]") {
  const std::string text = "김창한 크래프톤 대표는 웃었다. 정신아 카카오 대표를 만났다.";
  const std::vector<ByteSpan> sentences{{0, text.find("정신아") - 1}, {text.find("정신아"), text.size()}};
  const auto found = recognize_entities(text, sentences, entity_test::bundled());
  bool seen_kim = false, seen_jung = false;
  for (const auto& m : found.mentions) {
    const auto& name = found.entities[m.entity].canonical;
    if (name == "김창한") {
      seen_kim = true;
      CHECK(m.sentence == 0);
      CHECK(m.subject);
    }
    if (name == "정신아") {
      seen_jung = true;
      CHECK(m.sentence == 1);
      CHECK_FALSE(m.subject);
    }
  }
  CHECK((seen_kim && seen_jung));
  Names second;
  for (const auto i : found.entities_in(sentences[1])) second.push_back(found.entities[i].canonical);
  CHECK(second == Names{"정신아", "카카오"});
  CHECK(std::is_sorted(found.mentions.begin(), found.mentions.end(),
                       [](const EntityRef& a, const EntityRef& b) { return a.span.begin < b.span.begin; }));
}

TEST_CASE("bad input never crashes", "[entity][recognize]") {
  const auto& g = entity_test::bundled();
  CHECK(recognize_entities("", {}, g).entities.empty());
  CHECK(recognize_entities("", {{0, 10}}, g).entities.empty());
  std::string nul("최태원\0 SK그룹 회장\xff\xfe 이 회장은\x80", 40);
  const auto a = recognize_entities(nul, {{0, nul.size()}, {5, 3}, {100, 200}}, g);
  CHECK(a.mentions.size() <= 10);
  std::string broken = "정신아 카카오 대표";
  broken.resize(broken.size() - 1);  // cut inside the last syllable
  CHECK_NOTHROW(recognize_entities(broken, {}, g));
  const auto b = recognize_entities(broken, {{1, broken.size()}}, g);  // starts inside a syllable
  CHECK(b.mentions.size() <= 3);
  std::string long_line;
  for (int k = 0; k < 20000; ++k) long_line += "가나다 ";
  long_line += "최태원 SK그룹 회장";
  const auto c = recognize_entities(long_line, {}, g);
  CHECK(c.find("최태원"));
  const std::string punct(5000, '(');
  CHECK(recognize_entities(punct, {}, g).entities.empty());
}

TEST_CASE("a place glued to a weak title makes a strong one: 부산시장, 경남도지사, 주일대사", "[entity][recognize]") {
  const std::string text =
      "한동수 울산시장과 문재윤 충남도지사가 협약식에 나란히 섰다. 서태웅 주독대사는 베를린에서 축사를 보냈다. "
      "오상민 동래구청장도 자리했다. 한 시장은 인사말을 했다. 국내 반도체 시장이 커졌다. 그는 중고차 시장을 둘러봤다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person, true)));
  CHECK(names(found, EntityKind::person) == Names{"한동수", "문재윤", "서태웅", "오상민"});
  CHECK(entity(found, "한동수").title == "울산시장");
  CHECK(entity(found, "문재윤").title == "충남도지사");
  CHECK(entity(found, "서태웅").title == "주독대사");
  CHECK(resolved(found, text, "한 시장") == Names{"한동수"});
}

TEST_CASE("family-name-first Japanese and Chinese names with short family names", "[entity][recognize]") {
  const std::string text =
      "이토 마사히로 가나메정공 사장이 방한했다. 기무라 히로시 하쿠요물산 회장도 동행했다. "
      "이토 사장은 오후에 창원 공장을 찾았다. 양측은 협력을 논의했다. "
      "류허핑 총리는 다음 주 서울에 온다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person, true)));
  CHECK(names(found, EntityKind::person) == Names{"이토 마사히로", "기무라 히로시", "류허핑"});
  CHECK(entity(found, "이토 마사히로").organization == "가나메정공");
  CHECK(resolved(found, text, "이토 사장") == Names{"이토 마사히로"});
  CHECK(entity(found, "류허핑").title == "총리");
}

TEST_CASE("a foreign surname alone before a strong title is a person, a company or common noun is not", "[entity][recognize]") {
  const std::string text =
      "슈나이더 회장은 오전에 공장을 둘러봤다. 오후에는 라우터 총리가 합류했다. "
      "그룹 회장은 자리에 없었다. 이사 회장은 말을 아꼈다. 독일 베르크만 CEO가 뒤따랐다. "
      "누리하모니카엔지니어링 대표가 안내했다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person, true)));
  CHECK(names(found, EntityKind::person) == Names{"슈나이더", "라우터"});
  CHECK(entity(found, "슈나이더").title == "회장");
}

TEST_CASE("group words point to the last people of that kind", "[entity][recognize]") {
  const std::string text =
      "파레데스 페루 대통령과 한민준 대통령이 회담했다. 이수호 한빛전자 사장이 배석했다. "
      "두 정상은 공동성명을 냈다. 문가영 누리화학 사장도 합류했다. 두 사장은 따로 만났다. "
      "양 정상은 만찬을 함께했다. 세 사람은 사진을 찍었다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person, true)));
  CHECK(resolved(found, text, "두 정상") == Names{"파레데스", "한민준"});
  CHECK(resolved(found, text, "두 사장") == Names{"이수호", "문가영"});
  CHECK(resolved(found, text, "양 정상") == Names{"파레데스", "한민준"});
  CHECK(resolved(found, text, "세 사람").size() == 3);
}

TEST_CASE("lists of titled people, and a listed short form back to the full name", "[entity][recognize]") {
  const std::string text =
      "윤태호 한빛건설 회장과 남기석 누리텔레콤 사장, 천하람 바른제약 대표 등이 참석했다. "
      "남 사장과 천 대표는 먼저 자리를 떴다. 양사 대표는 협약서에 서명했다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person, true)));
  CHECK(names(found, EntityKind::person) == Names{"윤태호", "남기석", "천하람"});
  CHECK(resolved(found, text, "남 사장") == Names{"남기석"});
  CHECK(resolved(found, text, "천 대표") == Names{"천하람"});
  CHECK(resolved(found, text, "양사 대표").size() == 2);
}

TEST_CASE("verb forms are no names and never start a place", "[entity][recognize]") {
  const std::string text =
      "시민들이 거리로 나와 박수를 쳤다. 그는 귀국하자마자 누리전자 본사로 향했다. "
      "회사는 5천억원을 들여 공장을 짓는다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::place)));
  CHECK(names(found, EntityKind::person).empty());
  for (const auto& p : names(found, EntityKind::place)) {
    CHECK(p.find("귀국하자마자") == std::string::npos);
    CHECK(p.find("들여") == std::string::npos);
  }
}

TEST_CASE("parts of a known place join it: terminals, piers, logistics centres", "[entity][recognize]") {
  const std::string text =
      "화물선은 인천항 신항 물류센터에 닿았다. 그는 김포국제공항 국내선 터미널에서 내렸다. "
      "일행은 서울 종로구 한빛호텔에 묵었다.";
  const auto found = recognize(text);
  const auto places = names(found, EntityKind::place);
  INFO(Catch::Detail::stringify(places));
  CHECK(has(places, "인천항 신항 물류센터"));
  CHECK(has(places, "김포국제공항 국내선 터미널"));
  CHECK(has(places, "한빛호텔"));
}

TEST_CASE("a number with a unit of time is never part of a place's name", "[entity][recognize]") {
  const std::string text =
      "대표단은 오후 3시 신항 부두를 둘러봤다. 그는 11일 본사 강당에서 연설했다. "
      "부품은 2공장 물류센터에서 나온다.";
  const auto found = recognize(text);
  const auto places = names(found, EntityKind::place);
  INFO(Catch::Detail::stringify(places));
  for (const auto& p : places) {
    CHECK(p.find("3시") == std::string::npos);
    CHECK(p.find("11일") == std::string::npos);
  }
  CHECK(has(places, "2공장"));  // a number without a unit of time still names a place
}

TEST_CASE("markets are no titles: a stem glued to 시장 must name a place or a posting", "[entity][recognize]") {
  const std::string text =
      "나스닥 주식시장은 하락했다. 유럽 주식시장도 약세였다. 코스피 주택시장은 얼어붙었다. "
      "김민석 서울시장은 회견을 열었다.";
  const auto found = recognize(text);
  const auto people = names(found, EntityKind::person, true);
  INFO(Catch::Detail::stringify(people));
  CHECK(people == Names{"김민석"});
}

// --- round 4: people and places the gazetteer does not know

TEST_CASE("a foreign name may end like a particle when its title follows", "[entity][recognize]") {
  const std::string text =
      "에스테반 로르가 파라과이 산업장관은 창원을 찾았다. 로르가 장관은 부품 공장을 둘러봤다. "
      "마르틴 렘베이 통상차관이 동행했다. 에벌리 주지사는 화상으로 인사했다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person)));
  CHECK(names(found, EntityKind::person) == Names{"에스테반 로르가", "마르틴 렘베이", "에벌리"});
  CHECK(resolved(found, text, "로르가 장관") == Names{"에스테반 로르가"});
  CHECK(entity(found, "에벌리").title == "주지사");
}

TEST_CASE("a word ending in a particle before a title-like noun is no name", "[entity][recognize]") {
  // `스트라바가 대표 제품`: 대표 modifies a noun (the phrase stays open);
  // `테슬라가 회장`: the stem is a known company.
  const std::string text = "스트라바가 대표 제품을 바꿨다. 테슬라가 회장 선임을 미뤘다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person)));
  CHECK(names(found, EntityKind::person).empty());
}

TEST_CASE("two foreign name words before a mayor's weak title make a person", "[entity][recognize]") {
  const std::string text =
      "로버트 킨슬리 시장은 시청에서 방문단을 맞았다. 글로벌 스트리밍 시장은 커지고 있다. 헬스케어 로봇 시장 규모도 늘었다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person)));
  CHECK(names(found, EntityKind::person) == Names{"로버트 킨슬리"});
}

TEST_CASE("Vietnamese names of three words after a listed family name", "[entity][recognize]") {
  const std::string text = "쩐 반 하이 산업무역부 장관은 부산을 찾았다. 하이 장관은 항만을 둘러봤다. 보 반 민 부총리도 왔다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person)));
  CHECK(names(found, EntityKind::person) == Names{"쩐 반 하이", "보 반 민"});
  CHECK(resolved(found, text, "하이 장관") == Names{"쩐 반 하이"});
}

TEST_CASE("an envoy's posting needs a country after 주", "[entity][recognize]") {
  const std::string text = "오현석 주베트남대사와 한지훈 주미대사가 배석했다. 윤태경 주요대사는 빠졌다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person)));
  CHECK(names(found, EntityKind::person) == Names{"오현석", "한지훈"});
}

TEST_CASE("leaders of two or three countries as a group", "[entity][recognize]") {
  const std::string text =
      "알베르토 푸엔테스 대통령과 이재명 대통령이 회담했다. 양국 정상은 공동성명을 냈다. 한일 정상회담은 다음 달 열린다.";
  const auto found = recognize(text);
  CHECK(resolved(found, text, "양국 정상") == Names{"알베르토 푸엔테스", "이재명"});
  const std::string text2 = "이재명 대통령과 이시바 시게루 총리, 도널드 트럼프 대통령이 만났다. 한미일 정상은 성명을 냈다.";
  const auto found2 = recognize(text2);
  CHECK(resolved(found2, text2, "한미일 정상").size() == 3);
}

TEST_CASE("states, memorials and industrial parks are places, never people", "[entity][recognize]") {
  const std::string text =
      "그는 앨라배마주와 조지아에 있는 공장을 들렀다. 이튿날 국립대전현충원을 찾아 참배했다. "
      "이어 창원국가산업단지와 광주 망월동 묘역을 방문했다.";
  const auto found = recognize(text);
  const auto places = names(found, EntityKind::place);
  INFO(Catch::Detail::stringify(places));
  CHECK(names(found, EntityKind::person).empty());
  CHECK(has(places, "앨라배마주"));
  CHECK(has(places, "조지아주"));
  CHECK(has(places, "국립대전현충원"));
  CHECK(has(places, "창원국가산업단지"));
}

TEST_CASE("a state before a governor's or mayor's title is the place, the name before it the person", "[entity][recognize]") {
  // `조지아주` (spaces optional) must not swallow `조지아 주지사`, and `조지아`
  // reads like a Korean name but is a place the gazetteer knows.
  const std::string text =
      "준공식에는 에드워드 파웰 조지아 주지사와 그레이스 엘우드 애틀랜타 시장이 참석했다. 조지아 주지사는 축사를 했다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person)));
  CHECK(names(found, EntityKind::person) == Names{"에드워드 파웰", "그레이스 엘우드"});
  CHECK(entity(found, "에드워드 파웰").organization == "조지아주");
  CHECK(has(names(found, EntityKind::place), "조지아주"));
}

TEST_CASE("verb forms before a foreign name start no name", "[entity][recognize]") {
  const std::string text = "짐을 푼 베르가스 총리는 공항에 도착한 뒤 쉬었다. 업계에 따르면 크라머 CEO는 곧 떠난다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person)));
  CHECK(names(found, EntityKind::person) == Names{"베르가스", "크라머"});
}

TEST_CASE("a long foreign surname before an official's title is a person, before a CEO it may be a company", "[entity][recognize]") {
  const std::string text = "공항에 도착한 스베르드루프 총리는 곧바로 숙소로 향했다. 노바플렉시티 CEO는 오지 않았다.";
  const auto found = recognize(text);
  INFO(Catch::Detail::stringify(names(found, EntityKind::person)));
  CHECK(names(found, EntityKind::person) == Names{"스베르드루프"});
}
