// Line kinds on small pages of our own: each signal the classifier uses, and
// the look-alikes it must not fall for.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ktimeline/document.hpp"

using namespace ktimeline;

namespace {

/// The kinds of all lines of a text, as names.
std::vector<std::string> kinds_of(const std::string& text) {
  const auto doc = read_document("t", text);
  std::vector<std::string> out;
  for (const auto& line : doc.lines) out.emplace_back(to_string(line.kind));
  return out;
}

std::string body_of(const Document& doc, std::size_t line) { return std::string(doc.view(doc.lines[line].body_span)); }

using Kinds = std::vector<std::string>;

}  // namespace

TEST_CASE("to_string names every line kind", "[document][lines]") {
  CHECK(to_string(LineKind::blank) == "blank");
  CHECK(to_string(LineKind::title) == "title");
  CHECK(to_string(LineKind::byline) == "byline");
  CHECK(to_string(LineKind::body) == "body");
  CHECK(to_string(LineKind::caption) == "caption");
  CHECK(to_string(LineKind::furniture) == "furniture");
  CHECK(to_string(LineKind::spam) == "spam");
}

TEST_CASE("a byline glued to the first paragraph is cut off and gives the dateline", "[document][lines][byline]") {
  SECTION("(place=agency) reporter =") {
    const auto doc = read_document("t", "(부산=뉴스1) 김하늘 기자 = 부산항에 대형 크루즈선이 입항했다. 승객 3000명이 내렸다.");
    REQUIRE(doc.lines.size() == 1);
    CHECK(doc.lines[0].kind == LineKind::body);
    CHECK(body_of(doc, 0) == "부산항에 대형 크루즈선이 입항했다. 승객 3000명이 내렸다.");
    CHECK(doc.dateline == "부산");
    REQUIRE(doc.sentences.size() == 2);
    CHECK(doc.view(doc.sentences[0].span) == "부산항에 대형 크루즈선이 입항했다.");
  }
  SECTION("(place=agency) correspondent =") {
    const auto doc = read_document("t", "(워싱턴=연합뉴스) 김태현 특파원 = 미 의회가 예산안을 처리했다.");
    CHECK(doc.dateline == "워싱턴");
    CHECK(body_of(doc, 0) == "미 의회가 예산안을 처리했다.");
  }
  SECTION("[place=reporter] in brackets") {
    const auto doc = read_document("t", "[뉴욕=정하늘 특파원] 국제유가가 사흘째 내렸다.");
    CHECK(doc.dateline == "뉴욕");
    CHECK(body_of(doc, 0) == "국제유가가 사흘째 내렸다.");
  }
  SECTION("[outlet=reporter] names no place") {
    const auto doc = read_document("t", "[한빛경제신문=박서연 기자] 코스피가 2% 넘게 올랐다.");
    CHECK(doc.dateline.empty());
    CHECK(body_of(doc, 0) == "코스피가 2% 넘게 올랐다.");
  }
  SECTION("outlet=reporter | without brackets") {
    const auto doc = read_document("t", "한빛타임스=박서연 기자 | 정부가 새 부동산 대책을 내놨다.");
    CHECK(doc.dateline.empty());
    CHECK(doc.lines[0].kind == LineKind::body);
    CHECK(body_of(doc, 0) == "정부가 새 부동산 대책을 내놨다.");
  }
  SECTION("a bracket that is no byline stays in the text") {
    const auto doc = read_document("t", "[단독] 정부가 새 부동산 대책을 내놓는다고 밝혔다.");
    CHECK(doc.dateline.empty());
    CHECK(body_of(doc, 0) == "[단독] 정부가 새 부동산 대책을 내놓는다고 밝혔다.");
  }
}

TEST_CASE("a reporter's name after the last sentence is not body text", "[document][lines][byline]") {
  const auto doc = read_document("t", "회의는 오후 4시께 끝났다. 참석자들은 별다른 언급 없이 자리를 떴다. 김민수 기자");
  CHECK(doc.lines[0].kind == LineKind::body);
  CHECK(body_of(doc, 0) == "회의는 오후 4시께 끝났다. 참석자들은 별다른 언급 없이 자리를 떴다.");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.view(doc.sentences[1].span) == "참석자들은 별다른 언급 없이 자리를 떴다.");

  const auto with_mail = read_document("t", "회의는 오후 4시께 끝났다. minsu@example.co.kr");
  CHECK(body_of(with_mail, 0) == "회의는 오후 4시께 끝났다.");
}

TEST_CASE("reporter and date lines are bylines", "[document][lines][byline]") {
  CHECK(kinds_of("김민수 기자") == Kinds{"byline"});
  CHECK(kinds_of("김민수 기자 minsu@example.co.kr") == Kinds{"byline"});
  CHECK(kinds_of("(대전=뉴스1) 김민수 기자") == Kinds{"byline"});
  CHECK(kinds_of("입력 2025.03.02 08:00 | 수정 2025.03.02 09:30") == Kinds{"byline"});
  CHECK(kinds_of("2025-03-02 08:00") == Kinds{"byline"});
}

TEST_CASE("a sub-heading glued to a paragraph is split off", "[document][lines]") {
  const auto doc = read_document("t", "기사 본문이 먼저 나온다. 그다음 문단이 이어진다.\n▶ 수출 회복세 뚜렷=지난달 수출은 8% 늘었다.");
  REQUIRE(doc.lines.size() == 2);
  CHECK(doc.lines[1].kind == LineKind::body);
  CHECK(body_of(doc, 1) == "지난달 수출은 8% 늘었다.");
}

TEST_CASE("headlines on top, sub-headings before paragraphs", "[document][lines][title]") {
  const std::string page =
      "전기요금 2분기 동결…한전 적자 부담 커져\n"
      "정부 \"물가 안정이 우선\"\n"
      "\n"
      "정부가 2분기 전기요금을 동결하기로 했다. 한국전력의 재무 부담은 더 커질 전망이다.\n"
      "업계 \"원가 반영 시급\"\n"
      "산업계는 요금 현실화가 늦어질수록 부담이 커진다고 지적했다.\n";
  CHECK(kinds_of(page) == Kinds{"title", "title", "blank", "body", "title", "body"});
}

TEST_CASE("a paragraph broken over two lines stays one sentence", "[document][lines][sentences]") {
  const auto doc = read_document("t",
                                 "정부가 새 대책을 발표했다. 시장에서는 이번 대책이 집값을\n\n"
                                 "끌어내리기에는 부족하다는 평가가 나온다.\n");
  REQUIRE(doc.lines.size() == 3);
  CHECK(doc.lines[0].kind == LineKind::body);
  CHECK(doc.lines[2].kind == LineKind::body);
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.view(doc.sentences[1].span) == "시장에서는 이번 대책이 집값을\n\n끌어내리기에는 부족하다는 평가가 나온다.");
  CHECK(doc.sentences[1].line == 0);
}

TEST_CASE("photo captions: credit cut off, position marks, credit-only lines", "[document][lines][caption]") {
  const auto doc = read_document("t",
                                 "시민들이 12일 서울 여의도 공원을 걷고 있다. 2025.4.12/뉴스1 ⓒ News1 김하늘 기자\n"
                                 "(왼쪽부터) 김철수 대표, 이영희 사장, 박민준 회장.\n"
                                 "사진=김하늘 기자\n"
                                 "관광객들이 해변을 거닐고 있다. [제주관광공사 제공. 재판매 및 DB 금지]\n"
                                 "올해 첫 모내기가 한창이다. ⓒ한빛일보 이서준 기자\n");
  REQUIRE(doc.lines.size() == 5);
  for (const auto& line : doc.lines) CHECK(line.kind == LineKind::caption);
  CHECK(body_of(doc, 0) == "시민들이 12일 서울 여의도 공원을 걷고 있다.");
  CHECK(body_of(doc, 1) == "(왼쪽부터) 김철수 대표, 이영희 사장, 박민준 회장.");
  CHECK(body_of(doc, 2).empty());
  CHECK(body_of(doc, 3) == "관광객들이 해변을 거닐고 있다.");
  CHECK(body_of(doc, 4) == "올해 첫 모내기가 한창이다.");
  for (const auto& s : doc.sentences) CHECK(s.kind == LineKind::caption);
  CHECK(doc.sentences.size() == 4);
}

TEST_CASE("a photo note inside a paragraph leaves it body", "[document][lines][caption]") {
  const auto doc =
      read_document("t", "김 대표(사진=한빛일보 DB)는 이날 기자회견을 열었다. 그는 사퇴 의사가 없다고 밝혔다. 이어 회의장으로 향했다.");
  CHECK(doc.lines[0].kind == LineKind::body);
}

TEST_CASE("spam: gambling words, junk domains, phone numbers, repeated brands", "[document][lines][spam]") {
  CHECK(kinds_of("럭키카지노") == Kinds{"spam"});
  CHECK(kinds_of("안전놀이터 추천 가입코드 777") == Kinds{"spam"});
  CHECK(kinds_of("winner@lucky7.shop") == Kinds{"spam"});
  CHECK(kinds_of("www.bigwin.xyz 바로가기") == Kinds{"spam"});
  CHECK(kinds_of("하루 2시간 월 300 보장 문의 010-2345-6789") == Kinds{"spam"});
  CHECK(kinds_of("해피벳 슈퍼벳 골드벳 럭키벳 스타벳") == Kinds{"spam"});
  // News about gambling is still news.
  CHECK(kinds_of("경찰은 불법 카지노 사이트를 운영한 일당 12명을 검거했다고 밝혔다.") == Kinds{"body"});
  // A plain domain is not junk: `.kr`, `.com` addresses are furniture.
  CHECK(kinds_of("desk@hanbit.co.kr") == Kinds{"furniture"});
}

TEST_CASE("page furniture", "[document][lines][furniture]") {
  CHECK(kinds_of("공유하기") == Kinds{"furniture"});
  CHECK(kinds_of("이 기사를 공유합니다") == Kinds{"furniture"});
  CHECK(kinds_of("상태바") == Kinds{"furniture"});
  CHECK(kinds_of("조회수 1,024") == Kinds{"furniture"});
  CHECK(kinds_of("본문 바로가기 메뉴 바로가기") == Kinds{"furniture"});
  CHECK(kinds_of("300") == Kinds{"furniture"});
  CHECK(kinds_of("한빛일보") == Kinds{"furniture"});
  CHECK(kinds_of("정치 경제 사회 국제 문화 연예 스포츠") == Kinds{"furniture"});
  CHECK(kinds_of("뉴스 > 경제") == Kinds{"furniture"});
  CHECK(kinds_of("ⓒ 한빛일보 무단전재 및 재배포 금지") == Kinds{"furniture"});
}

TEST_CASE("lists after a list header are furniture until article text returns", "[document][lines][furniture]") {
  const std::string page =
      "항공사들이 여름 성수기 증편 계획을 내놨다. 노선은 동남아 중심이다.\n"
      "관련기사\n"
      "- 항공권 가격 석 달째 올라\n"
      "- 저비용항공사 실적 개선\n"
      "여행업계는 예약이 지난해보다 20%가량 늘었다고 설명했다. 수요는 당분간 이어질 전망이다.\n"
      "많이 본 뉴스\n"
      "1\n"
      "금리 인하 기대에 증시 반등\n"
      "2\n"
      "\"올여름 역대급 더위\" 예보 나왔다\n";
  CHECK(kinds_of(page) == Kinds{"body", "furniture", "furniture", "furniture", "body", "furniture", "furniture",
                                "furniture", "furniture", "furniture"});
}

TEST_CASE("comment boxes after the article are furniture", "[document][lines][furniture]") {
  const std::string page =
      "시의회가 조례 개정안을 통과시켰다. 개정안은 다음 달부터 시행된다.\n"
      "댓글 3\n"
      "로그인하고 댓글을 남겨보세요.\n"
      "정말 삭제하시겠습니까?\n"
      "투데이포커스\n";
  CHECK(kinds_of(page) == Kinds{"body", "furniture", "furniture", "furniture", "furniture"});
}

TEST_CASE("headline-like lines after the article with no text after them are furniture", "[document][lines]") {
  const std::string page =
      "시의회가 조례 개정안을 통과시켰다. 개정안은 다음 달부터 시행된다.\n"
      "여름철 전력 수요 역대 최대 전망\n"
      "지방 아파트 미분양 넉 달째 증가\n"
      "청년 고용률 소폭 반등\n";
  CHECK(kinds_of(page) == Kinds{"body", "furniture", "furniture", "furniture"});
}

TEST_CASE("Windows line ends read like Unix ones", "[document][lines]") {
  const std::string unix_page = "새 학기 등교 시작\n\n전국 초중고가 2일 개학했다. 학생들은 오전 9시까지 등교했다.\n김민수 기자\n";
  std::string windows_page;
  for (char c : unix_page) {
    if (c == '\n') windows_page += '\r';
    windows_page += c;
  }
  CHECK(kinds_of(windows_page) == kinds_of(unix_page));
  const auto doc = read_document("t", windows_page);
  for (const auto& line : doc.lines) CHECK(doc.view(line.span).find('\r') == std::string_view::npos);
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.view(doc.sentences[1].span) == "학생들은 오전 9시까지 등교했다.");
}

TEST_CASE("agency photo captions that open with a byline", "[document][lines][caption]") {
  const auto doc = read_document("t",
                                 "(서울=연합뉴스) 김하늘 기자 = 시민들이 4일 서울 광화문광장에서 우산을 쓰고 걷고 있다. "
                                 "2025.3.4 sky@example.co.kr\n"
                                 "(서울=연합뉴스) 김하늘 기자 = 트위터 @graphics 페이스북 example.kr/abc\n"
                                 "(서울=연합뉴스) 김하늘 기자 = 4일 전국에 봄비가 내렸다. 비는 주말까지 이어진다.\n");
  REQUIRE(doc.lines.size() == 3);
  CHECK(doc.lines[0].kind == LineKind::caption);
  CHECK(body_of(doc, 0) == "시민들이 4일 서울 광화문광장에서 우산을 쓰고 걷고 있다.");
  CHECK(doc.lines[1].kind == LineKind::caption);
  CHECK(body_of(doc, 1).empty());
  CHECK(doc.lines[2].kind == LineKind::body);
  CHECK(doc.reference_source == ReferenceSource::caption);
  REQUIRE(doc.reference);
  CHECK(doc.reference->timex() == "2025-03-04");
}

TEST_CASE("a word or two on top of the page is a control, not a headline", "[document][lines][title]") {
  const std::string page =
      "경제\n"
      "기사원문\n"
      "중소기업 수출 두 달 연속 증가\n"
      "중소벤처기업부는 지난달 중소기업 수출이 5% 늘었다고 밝혔다.\n"
      "■ 배경\n"
      "환율 효과가 컸다는 분석이 나온다.\n";
  CHECK(kinds_of(page) == Kinds{"furniture", "furniture", "title", "body", "title", "body"});
}

TEST_CASE("the dateline comes from the text, a foreign agency's credit names no place", "[document][lines][byline]") {
  const auto doc = read_document("t",
                                 "(워싱턴 AP=연합뉴스) 3일(현지시간) 백악관 앞을 시민들이 지나가고 있다.\n"
                                 "(뉴욕=연합뉴스) 정하늘 특파원 = 뉴욕 증시가 3일(현지시간) 하락 마감했다.\n");
  CHECK(doc.dateline == "뉴욕");
  CHECK(doc.lines[0].kind == LineKind::caption);
  CHECK(body_of(doc, 0) == "3일(현지시간) 백악관 앞을 시민들이 지나가고 있다.");
  const auto caption_only = read_document("t", "(워싱턴 AP=연합뉴스) 3일(현지시간) 백악관 앞을 시민들이 지나가고 있다.\n");
  CHECK(caption_only.dateline == "워싱턴");
}

TEST_CASE("a long line that lost its final period is still body", "[document][lines]") {
  const std::string page =
      "지방 공항 국제선 확대\n"
      "국토교통부는 올해 하반기부터 지방 공항의 국제선 노선을 단계적으로 늘리고 운항 허가 절차도 간소화한다\n"
      "항공업계는 수요 회복에 맞춘 조치라며 환영했다.\n";
  CHECK(kinds_of(page) == Kinds{"title", "body", "body"});
}
