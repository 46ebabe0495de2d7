// The extractor's rules one at a time, on sentences of our own: predicates in
// their inflections, clauses, time, people, place, relations and status.
#include <catch2/catch.hpp>

#include "extract_support.hpp"

using namespace ktimeline;
using extract_test::analyze;
using extract_test::describe;
using extract_test::of_type;

namespace {

// The single event a sentence must give, of the expected type.
Event only(const std::string& text, EventType type) {
  const auto a = analyze(text);
  INFO(text << "\n" << describe(a.events));
  REQUIRE(a.events.size() == 1);
  CHECK(a.events[0].type == type);
  return a.events[0];
}

}  // namespace

TEST_CASE("predicates are found in their inflections", "[extract][predicates]") {
  const std::pair<const char*, EventType> cases[] = {
      {"최태원 회장은 4일 정신아 대표를 만났다.", EventType::meet},
      {"최태원 회장은 4일 정신아 대표와 만나 협력을 논의했다.", EventType::meet},
      {"최태원 회장은 4일 정신아 대표와 회동했다.", EventType::meet},
      {"최태원 회장은 4일 정신아 대표와 회동을 가졌다.", EventType::meet},
      {"최태원 회장은 4일 정신아 대표와 면담을 했다.", EventType::meet},
      {"최태원 회장은 4일 오후 김포공항에 도착했다.", EventType::arrive},
      {"최태원 회장은 4일 오후 인천공항을 통해 입국했다.", EventType::arrive},
      {"최태원 회장은 4일 한국을 찾았다.", EventType::arrive},
      {"최태원 회장은 4일 오후 인천공항을 통해 출국했다.", EventType::depart},
      {"최태원 회장은 4일 오후 서울을 떠났다.", EventType::depart},
      {"최태원 회장은 4일 정신아 대표와 오찬을 함께했다.", EventType::meal},
      {"최태원 회장은 4일 신라호텔에서 열린 만찬에 참석했다.", EventType::meal},
      {"최태원 회장은 4일 코엑스에서 열린 포럼에 참석했다.", EventType::attend},
      {"최태원 회장은 4일 기자간담회를 열었다.", EventType::announce},
      {"최태원 회장은 4일 새 전략을 발표했다.", EventType::announce},
      {"최태원 회장은 4일 오후 공항으로 이동했다.", EventType::move},
      {"최태원 회장은 4일 오후 공항으로 향했다.", EventType::move},
      {"최태원 회장은 4일 오전 김해공항에 내렸다.", EventType::arrive},
      {"최태원 회장은 4일 오후 광화문 본사에 들어섰다.", EventType::arrive},
      {"최태원 회장과 정신아 대표는 4일 오후 집무실에서 마주 앉았다.", EventType::meet},
      {"최태원 회장은 4일 코엑스에서 열린 기자간담회에 참석했다.", EventType::attend},
  };
  for (const auto& [text, type] : cases) only(text, type);
}

TEST_CASE("clauses split at predicate endings, one event each", "[extract][clauses]") {
  const auto a = analyze("최태원 회장은 4일 오전 9시 김포공항에 도착한 뒤 곧바로 서린빌딩으로 이동해 정신아 대표와 만났다.");
  INFO(describe(a.events));
  REQUIRE(a.events.size() == 3);
  CHECK(a.events[0].type == EventType::arrive);
  CHECK(a.events[0].start->timex() == "2025-02-04T09:00");
  CHECK(a.events[0].place == "김포국제공항");
  CHECK(a.events[1].type == EventType::move);
  CHECK(a.events[1].place == "SK서린빌딩");
  REQUIRE(a.events[1].relations.size() == 1);
  CHECK(a.events[1].relations[0].kind == RelationKind::right_after);
  CHECK(a.events[1].relations[0].other == 0);
  CHECK(a.events[2].type == EventType::meet);
  CHECK(extract_test::takes_part(a.events[2], "정신아"));
  // A later clause without a time of its own keeps the day, not the clock.
  CHECK(a.events[2].start->timex() == "2025-02-04");
}

TEST_CASE("a noun with a light verb is one event; two clauses of one meeting merge", "[extract][clauses]") {
  const auto a = analyze("최태원 회장은 4일 정신아 대표와 회동을 갖고 약 30분간 협력 방안을 논의했다.");
  INFO(describe(a.events));
  REQUIRE(a.events.size() == 1);
  CHECK(a.events[0].type == EventType::meet);
  REQUIRE(a.events[0].duration);
  CHECK(a.events[0].duration->iso() == "PT30M");
  CHECK(a.events[0].approx);
}

TEST_CASE("news shorthand: a bare predicate noun before a comma is a clause", "[extract][clauses]") {
  const auto a = analyze("최태원 회장은 4일 오후 2시께 서초사옥 도착, 2시 40분께부터 정신아 대표와 회동했다.");
  INFO(describe(a.events));
  REQUIRE(a.events.size() == 2);
  CHECK(a.events[0].type == EventType::arrive);
  CHECK(a.events[0].place == "삼성전자 서초사옥");
  CHECK(a.events[0].start->timex() == "2025-02-04T14:00");
  CHECK(a.events[1].type == EventType::meet);
  CHECK(a.events[1].start->timex() == "2025-02-04T14:40");
}

TEST_CASE("`두 장관은`, `이들은`: the people of the last gathering", "[extract][people]") {
  const auto a = analyze("최태원 회장은 4일 오전 정신아 대표와 만났다. 두 대표는 이날 오후 공동 기자회견을 열었다.");
  INFO(describe(a.events));
  REQUIRE(a.events.size() == 2);
  CHECK(a.events[1].type == EventType::announce);
  CHECK(a.events[1].participants == std::vector<std::string>{"최태원", "정신아"});
  const auto b = analyze("최태원 회장은 4일 정신아 대표와 회동했다. 이들은 약 1시간 동안 협력 방안을 논의했다.");
  INFO(describe(b.events));
  REQUIRE(b.events.size() == 2);
  CHECK(b.events[1].participants == std::vector<std::string>{"최태원", "정신아"});
  CHECK(b.events[1].duration->iso() == "PT1H");
}

TEST_CASE("a place that modifies another word is not the event's place", "[extract][place]") {
  CHECK(only("최태원 회장은 4일 한국 기업 관계자들과 간담회를 열었다.", EventType::announce).place.empty());
  CHECK(only("미국 소프트웨어 기업 오라클의 사프라 카츠 CEO가 4일 방한했다.", EventType::arrive).place.empty());
}

TEST_CASE("a goal is no event and its people take no part", "[extract][people]") {
  const auto arrive = only("최태원 회장은 4일 정신아 대표와의 회동을 위해 서울에 도착했다.", EventType::arrive);
  CHECK(arrive.participants == std::vector<std::string>{"최태원"});
  CHECK(arrive.place == "서울");
  only("최태원 회장은 정신아 대표를 만나기 위해 4일 입국했다.", EventType::arrive);
}

TEST_CASE("a start and a duration give start and end; a date alone gives the day", "[extract][time]") {
  const auto interval = only("최태원 회장은 4일 오후 2시 40분께부터 약 2시간 동안 정신아 대표와 회동했다.", EventType::meet);
  CHECK(interval.start->timex() == "2025-02-04T14:40");
  CHECK(interval.end->timex() == "2025-02-04T16:40");
  CHECK(interval.approx);
  CHECK(interval.time_text == "4일 오후 2시 40분께부터 약 2시간");
  const auto day = only("최태원 회장은 3일 정신아 대표와 회동했다.", EventType::meet);
  CHECK(day.start->timex() == "2025-02-03");
  CHECK_FALSE(day.end);
  const auto none = only("최태원 회장은 정신아 대표와 회동했다.", EventType::meet);
  CHECK_FALSE(none.start);
}

TEST_CASE("the subject: marked, the head of a relative clause, or carried over", "[extract][people]") {
  const auto a = analyze(
      "최태원 회장은 4일 오전 김포공항에 도착했다. 이후 정신아 대표와 만나 협력을 논의했다. "
      "오후에는 기자간담회에 참석했다.");
  INFO(describe(a.events));
  REQUIRE(a.events.size() == 3);
  for (const auto& e : a.events) CHECK(e.subject == "최태원");
  CHECK(a.events[1].relations.at(0).kind == RelationKind::after);
  const auto relative = analyze("전날 입국한 정신아 대표는 4일 최태원 회장을 만났다.");
  INFO(describe(relative.events));
  REQUIRE(relative.events.size() == 2);
  CHECK(relative.events[0].type == EventType::arrive);
  CHECK(relative.events[0].subject == "정신아");
  CHECK(relative.events[0].start->timex() == "2025-02-03");
}

TEST_CASE("participants: comitative lists, no reporters, organisations only without people", "[extract][people]") {
  const auto list = only("최태원 회장은 4일 유영상 SK텔레콤 사장, 곽노정 SK하이닉스 사장 등과 회동했다.", EventType::meet);
  CHECK(list.participants == std::vector<std::string>{"최태원", "유영상", "곽노정"});
  CHECK(list.summary == "유영상 사장·곽노정 사장과 회동");
  const auto orgs = only("카카오와 오픈AI는 4일 전략적 제휴를 발표했다.", EventType::announce);
  CHECK(orgs.participants.size() == 2);
  CHECK(extract_test::takes_part(orgs, "카카오"));
  const auto reporter = analyze("[한빛일보=오세진 기자] 최태원 회장은 4일 정신아 대표와 회동했다.");
  for (const auto& e : reporter.events) CHECK_FALSE(extract_test::takes_part(e, "오세진"));
}

TEST_CASE("the place: the most specific, floors belong to their building", "[extract][place]") {
  const auto hotel = only("최태원 회장은 4일 서울 중구 더 플라자 호텔 4층에서 정신아 대표와 회동했다.", EventType::meet);
  CHECK(hotel.place == "더 플라자 호텔");
  const auto same = analyze(
      "최태원 회장은 4일 오전 롯데호텔에서 열린 포럼에 참석했다. 그는 오후 같은 호텔에서 정신아 대표와 만났다.");
  INFO(describe(same.events));
  REQUIRE(same.events.size() == 2);
  CHECK(same.events[1].place == "롯데호텔 서울");
  const auto depart = only("최태원 회장은 4일 김포공항을 통해 미국으로 출국했다.", EventType::depart);
  CHECK(depart.place == "김포국제공항");
  CHECK(depart.summary == "미국 출국");
}

TEST_CASE("relations to earlier events: right after, after, before, an offset", "[extract][relations]") {
  const auto a = analyze(
      "최태원 회장은 4일 오전 10시 정신아 대표와 회동했다. 회동을 마친 최 회장은 30분 뒤 김범수 창업자를 만났다. "
      "앞서 그는 오전 9시 김포공항에 도착했다.");
  INFO(describe(a.events));
  REQUIRE(a.events.size() == 3);
  REQUIRE(a.events[1].relations.size() == 1);
  CHECK(a.events[1].relations[0].kind == RelationKind::offset_after);
  CHECK(a.events[1].relations[0].other == 0);
  REQUIRE(a.events[1].relations[0].offset);
  CHECK(a.events[1].relations[0].offset->iso() == "PT30M");
  REQUIRE(a.events[2].relations.size() == 1);
  CHECK(a.events[2].relations[0].kind == RelationKind::before);
  CHECK(a.events[2].relations[0].cue == "앞서");
}

TEST_CASE("a phrase that points back at an event adds to it", "[extract][relations]") {
  const auto a = analyze(
      "최태원 회장은 4일 오전 정신아 대표와 회동했다. 약 40분간 이어진 회동 후 최 회장은 곧바로 공항으로 향했다. "
      "이 자리에는 김범수 창업자도 배석했다.");
  INFO(describe(a.events));
  REQUIRE(a.events.size() == 2);
  CHECK(a.events[0].duration->iso() == "PT40M");
  CHECK(extract_test::takes_part(a.events[0], "김범수"));
  CHECK(a.events[1].type == EventType::move);
  REQUIRE(a.events[1].relations.size() == 1);
  CHECK(a.events[1].relations[0].kind == RelationKind::right_after);
  CHECK(a.events[1].relations[0].other == 0);
}

TEST_CASE("status: planned and denied", "[extract][status]") {
  CHECK(only("최태원 회장은 5일 정신아 대표를 만날 예정이다.", EventType::meet).status == EventStatus::planned);
  CHECK(only("최태원 회장은 5일 정신아 대표를 만날 계획이다.", EventType::meet).status == EventStatus::planned);
  CHECK(only("최태원 회장은 5일 정신아 대표를 만날 것으로 알려졌다.", EventType::meet).status == EventStatus::planned);
  CHECK(only("최태원 회장은 4일 정신아 대표를 만나지 않았다.", EventType::meet).status == EventStatus::denied);
  CHECK(only("4일로 잡혀 있던 최태원 회장과 정신아 대표의 회동이 취소됐다.", EventType::meet).status ==
        EventStatus::denied);
  CHECK(only("최태원 회장은 4일 정신아 대표를 만난 것으로 전해졌다.", EventType::meet).status == EventStatus::reported);
}

TEST_CASE("not events: analysis, guesses, quoted speech, the saying itself", "[extract][nonevents]") {
  const char* texts[] = {
      "이번 회동은 양사 협력의 신호탄이라는 분석이 나온다.",
      "두 회장이 투자 방안을 논의했을 것으로 추정된다.",
      "최태원 회장은 \"내일 다시 만나 논의하겠다\"고 말했다.",
      "최태원 회장은 “좋은 회동이었다”며 만족을 나타냈다.",
      "최태원 회장은 4일 기자들과 만나 소감을 밝혔다.",
      "최태원 회장은 협력을 강조했다.",
      "두 회사가 제휴를 맺을지 주목된다.",
      "최태원 회장은 4일 투자를 미루기로 결정을 내렸다.",
      "최태원 회장은 4일 대기실 의자에 앉았다.",
  };
  for (const char* text : texts) {
    const auto a = analyze(text);
    INFO(text << "\n" << describe(a.events));
    CHECK(a.events.empty());
  }
}

TEST_CASE("`A와 B를 차례대로 만났다` is one meeting each, in order", "[extract][people]") {
  const auto a = analyze("정신아 대표는 4일 최태원 회장과 김범수 창업자를 차례대로 만났다.");
  INFO(describe(a.events));
  REQUIRE(a.events.size() == 2);
  CHECK(a.events[0].participants == std::vector<std::string>{"정신아", "최태원"});
  CHECK(a.events[1].participants == std::vector<std::string>{"정신아", "김범수"});
  CHECK(a.events[1].relations.at(0).kind == RelationKind::after);
}

TEST_CASE("a stated stay is reported for the timeline's window", "[extract][stay]") {
  const auto a = analyze("최태원 회장은 4일 입국했다. 그는 약 18시간 한국에 머문 뒤 출국했다.");
  REQUIRE(a.stays.size() == 1);
  CHECK(a.stays[0].duration.iso() == "PT18H");
  CHECK(a.stays[0].approx);
  CHECK(a.stays[0].subject == "최태원");
  CHECK(analyze("최태원 회장은 4일 약 2시간 동안 일정을 점검했다.").stays.empty());
}

TEST_CASE("captions are asides: marked, and they do not move the body's date", "[extract][context]") {
  const std::string page =
      "최태원 회장 방한 인터뷰\n"
      "입력 2025-02-04 13:20\n"
      "\n"
      "최태원 SK그룹 회장이 3일 김포공항을 통해 입국하고 있다. 2025.2.3/뉴스1 ⓒ News1 홍길동 기자\n"
      "\n"
      "(서울=뉴스1) 김민수 기자 = 최태원 SK그룹 회장은 4일 정신아 카카오 대표와 만났다. 그는 이날 오후 출국했다.\n";
  const auto a = extract_test::extractor().analyze(read_document("p", page), Context{});
  INFO(describe(a.events));
  REQUIRE(a.events.size() == 3);
  CHECK(a.events[0].from_caption);
  CHECK(a.events[0].start->timex() == "2025-02-03");
  CHECK_FALSE(a.events[1].from_caption);
  CHECK(a.events[2].start->timex() == "2025-02-04TAF");
  CHECK(a.context.reference->timex() == "2025-02-04T13:20");
  CHECK(a.context.reference_source == ReferenceSource::byline);
  CHECK(a.context.dateline == "서울");
}

TEST_CASE("`회담은 … 이어졌다`, `만찬은 … 시작됐다`: the time of the event told before", "[extract][time]") {
  const auto lasted = only("최태원 회장은 4일 오후 2시 정신아 대표와 회동했다. 회동은 약 40분간 이어졌다.", EventType::meet);
  CHECK(lasted.start->timex() == "2025-02-04T14:00");
  REQUIRE(lasted.duration);
  const auto dinner = only("최태원 회장은 4일 정신아 대표와 만찬을 함께했다. 만찬은 오후 7시에 시작됐다.", EventType::meal);
  CHECK(dinner.start->timex() == "2025-02-04T19:00");
  // A meeting of other people is no continuation of the one told before.
  const auto a = analyze("최태원 회장은 4일 오후 1시 정신아 대표와 만났다. 김범수 창업자와 이재용 회장의 회동은 오후 3시부터 진행됐다.");
  INFO(describe(a.events));
  CHECK(a.events.size() == 2);
}

TEST_CASE("`기자간담회에 나섰다` is the press event; `개척에 나섰다` is none", "[extract][predicates]") {
  only("최태원 회장은 4일 오전 11시 기자간담회에 나서 투자 계획을 밝혔다.", EventType::announce);
  CHECK(analyze("최태원 회장은 올해 중동 시장 개척에 나섰다.").events.empty());
}

TEST_CASE("`두 정상은`: the last gathering of two or more, not one person's act", "[extract][people]") {
  const auto a = analyze(
      "최태원 회장은 4일 오전 10시 정신아 대표와 회동했다. 최 회장은 협약서에 서명했다. "
      "두 사람은 오전 11시 공동 기자회견을 열었다.");
  INFO(describe(a.events));
  const auto press = of_type(a, EventType::announce);
  REQUIRE_FALSE(press.empty());
  const auto& people = press.back().participants;
  CHECK(std::find(people.begin(), people.end(), "정신아") != people.end());
}

TEST_CASE("`첫 일정은 … 워크숍이었다`: a schedule topic makes the copula's noun the event", "[extract][predicates]") {
  const auto w = only("최태원 회장의 첫 일정은 4일 오전 9시 코엑스에서 열린 개발자 워크숍이었다.", EventType::attend);
  CHECK(w.start->timex() == "2025-02-04T09:00");
  const auto q = only("그의 첫 일정은 4일 오전 8시 코엑스에서 열린 창업 포럼 '스타트 업'이었다.", EventType::attend);
  CHECK(q.start->timex() == "2025-02-04T08:00");
  const auto v = only("최태원 회장의 마지막 일정은 4일 오후 4시 판교 연구소 방문이었다.", EventType::arrive);
  CHECK(v.start->timex() == "2025-02-04T16:00");
  // Without a schedule topic a copula names nothing that happened.
  CHECK(analyze("이번 방한의 목적은 양국 기업의 협력 논의였다.").events.empty());
  CHECK(analyze("최태원 회장에게 가장 인상 깊었던 것은 지난해의 워크숍이었다.").events.empty());
}

TEST_CASE("`…하고 …할 예정이다`, `…한 뒤 …할 계획이다`: the plan covers the clauses joined to it", "[extract][status]") {
  const auto a = analyze("최태원 회장은 5일 오전 정신아 대표와 회담을 하고 공동 기자회견을 할 예정이다.");
  INFO(describe(a.events));
  REQUIRE(a.events.size() == 2);
  CHECK(a.events[0].status == EventStatus::planned);
  CHECK(a.events[1].status == EventStatus::planned);
  const auto b = analyze("최태원 회장은 5일 오전 김포공항에 도착한 뒤 곧바로 서린빌딩으로 이동할 계획이다.");
  INFO(describe(b.events));
  REQUIRE(b.events.size() == 2);
  CHECK(b.events[0].status == EventStatus::planned);
  CHECK(b.events[1].status == EventStatus::planned);
  // A past connective, a relative clause on a person, or a day before the
  // article's ends the plan.
  const auto c = analyze("최태원 회장은 4일 정신아 대표와 회동했고 5일 공동 기자회견을 할 예정이다.");
  INFO(describe(c.events));
  REQUIRE(c.events.size() == 2);
  CHECK(c.events[0].status == EventStatus::reported);
  CHECK(c.events[1].status == EventStatus::planned);
  const auto d = analyze("전날 방한한 최태원 회장은 5일 정신아 대표와 만날 예정이다.");
  INFO(describe(d.events));
  REQUIRE(d.events.size() == 2);
  CHECK(d.events[0].status == EventStatus::reported);
  const auto e = analyze("최태원 회장은 3일 김포공항에 도착해 5일 정신아 대표와 만날 예정이다.");
  INFO(describe(e.events));
  REQUIRE(e.events.size() == 2);
  CHECK(e.events[0].status == EventStatus::reported);
  CHECK(e.events[1].status == EventStatus::planned);
}

TEST_CASE("pointing back finds the event its noun named, whatever type taking part gave it", "[extract][relations]") {
  const auto a = analyze(
      "최태원 회장은 4일 오후 3시 코엑스에서 열린 기업인 간담회에 참석했다. "
      "간담회를 마친 그는 오후 6시 김포공항을 통해 출국했다.");
  INFO(describe(a.events));
  REQUIRE(a.events.size() == 2);
  CHECK(a.events[0].type == EventType::attend);
  CHECK(a.events[1].type == EventType::depart);
  REQUIRE(a.events[1].relations.size() == 1);
  CHECK(a.events[1].relations[0].other == 0);
}

TEST_CASE("a gathering after the one pointed at, naming no one, has its people", "[extract][people]") {
  const auto a = analyze(
      "최태원 회장과 정신아 대표는 4일 오전 11시 공동 기자회견을 열었다. 정 대표는 \"협력을 넓히겠다\"고 말했다. "
      "기자회견이 끝난 뒤 호텔 연회장에서 오찬이 이어졌다.");
  INFO(describe(a.events));
  const auto meals = of_type(a, EventType::meal);
  REQUIRE(meals.size() == 1);
  const auto& people = meals[0].participants;
  CHECK(std::find(people.begin(), people.end(), "최태원") != people.end());
  CHECK(std::find(people.begin(), people.end(), "정신아") != people.end());
}

TEST_CASE("a gathering joined to the move that opens it meets where the move went", "[extract][place]") {
  const auto a = analyze("최태원 회장은 4일 서린빌딩으로 자리를 옮겨 오전 11시부터 정신아 대표와 회동했다.");
  INFO(describe(a.events));
  const auto meets = of_type(a, EventType::meet);
  REQUIRE(meets.size() == 1);
  CHECK(meets[0].place.find("서린빌딩") != std::string::npos);
  CHECK(meets[0].start->timex() == "2025-02-04T11:00");
}

TEST_CASE("a goal before `위한` is only the phrase after the clause's subject and place", "[extract][people]") {
  // `A와 B가 … 에서 X를 위한 협약식을 가졌다`: both signed, at that place.
  const auto a = only("최태원 회장과 정신아 대표가 4일 오후 3시 신라호텔에서 물류센터 건립을 위한 투자협약식을 가졌다.",
                      EventType::announce);
  CHECK(a.start->timex() == "2025-02-04T15:00");
  CHECK(extract_test::takes_part(a, "최태원"));
  CHECK(extract_test::takes_part(a, "정신아"));
  CHECK(a.place.find("신라호텔") != std::string::npos);
  // The people of the goal itself still take no part.
  const auto b = analyze("최태원 회장은 4일 정신아 대표와의 회동을 위해 서울에 도착했다.");
  INFO(describe(b.events));
  REQUIRE(b.events.size() == 1);
  CHECK(b.events[0].type == EventType::arrive);
  CHECK_FALSE(extract_test::takes_part(b.events[0], "정신아"));
}

TEST_CASE("a dinner that names only its venue goes on with the carried party", "[extract][people]") {
  // The place in the clause is no participant: the host and the guest dine together.
  const auto a = analyze(
      "최태원 회장은 4일 오전 정신아 대표와 회동했다. 최 회장은 \"협력을 넓히겠다\"고 말했다. "
      "저녁에는 신라호텔에서 만찬이 열렸다.");
  INFO(describe(a.events));
  const auto meals = of_type(a, EventType::meal);
  REQUIRE(meals.size() == 1);
  CHECK(meals[0].place.find("신라호텔") != std::string::npos);
  CHECK(extract_test::takes_part(meals[0], "최태원"));
  CHECK(extract_test::takes_part(meals[0], "정신아"));
}

TEST_CASE("`찾다` visits a site the gazetteer does not know; a search is none", "[extract][predicates]") {
  only("최태원 회장은 4일 오전 한빛 물류센터를 찾았다.", EventType::arrive);
  CHECK(analyze("최태원 회장은 4일 위기의 해법을 찾았다.").events.empty());
}

TEST_CASE("visiting a memorial, cemetery or monument is paying respects there: attend", "[extract][predicates]") {
  // No 헌화 or 참배 needed: the kind of place says it.
  const auto a = only("최태원 회장은 4일 오후 5시 국립서울현충원을 찾았다.", EventType::attend);
  CHECK(a.start->timex() == "2025-02-04T17:00");
  only("정신아 대표는 4일 오전 10시 효창공원의 독립운동가 묘역을 찾았다.", EventType::attend);
  only("정신아 대표는 4일 오전 10시 부산 유엔기념공원 참전비를 방문했다.", EventType::attend);
  // A caption: the visit told in a relative clause on the person.
  const auto b = analyze("4일 오후 5시 국립대전현충원을 찾은 최태원 회장이 묵념하고 있다.");
  INFO(describe(b.events));
  REQUIRE(!b.events.empty());
  CHECK(b.events[0].type == EventType::attend);
  // A hotel or plant visited stays an arrival.
  only("최태원 회장은 4일 오전 10시 울산 자동차 공장을 찾았다.", EventType::arrive);
}

TEST_CASE("a site visited to do something is that act; a country visited is the arrival", "[extract][clauses]") {
  const auto a = only("최태원 회장은 4일 오후 5시 국립서울현충원을 찾아 헌화하고 분향했다.", EventType::attend);
  CHECK(a.start->timex() == "2025-02-04T17:00");
  const auto b = analyze("최태원 회장은 4일 오후 일본을 찾아 정신아 대표와 만났다.");
  INFO(describe(b.events));
  REQUIRE(b.events.size() == 2);
  CHECK(b.events[0].type == EventType::arrive);
  CHECK(b.events[1].type == EventType::meet);
}

TEST_CASE("a plan said to be the first one (당초 … 예정이었으나) was changed: no event", "[extract][status]") {
  const auto a = analyze(
      "최태원 회장은 4일 오후 5시 기자간담회를 열었다. 간담회는 당초 오후 4시에 열릴 예정이었으나 한 시간 늦춰졌다.");
  INFO(describe(a.events));
  REQUIRE(a.events.size() == 1);
  CHECK(a.events[0].start->timex() == "2025-02-04T17:00");
  CHECK(a.events[0].status == EventStatus::reported);
  // Still a plan when nothing says it was the first one.
  const auto b = analyze("최태원 회장은 5일 오후 4시 정신아 대표와 만날 예정이다.");
  REQUIRE(b.events.size() == 1);
  CHECK(b.events[0].status == EventStatus::planned);
}

TEST_CASE("the length of the whole stay (1박 2일 일정) is not the event's duration", "[extract][time]") {
  const auto a = analyze("1박 2일 일정으로 방한한 최태원 회장은 4일 밤 10시께 인천공항을 통해 입국했다.");
  INFO(describe(a.events));
  REQUIRE_FALSE(a.events.empty());
  for (const auto& e : a.events) CHECK_FALSE(e.duration);
  CHECK(a.stays.size() == 1);
}

TEST_CASE("a caption showing a person at a place at a clock time tells they were there", "[extract][context]") {
  const auto a = analyze(
      "최태원 회장이 4일 경기 평택의 협력사를 찾아 직원들을 격려했다.\n\n"
      "▲ 최태원 SK그룹 회장(가운데)이 4일 오전 9시 30분 더 플라자 호텔에서 설명을 듣고 있다. [SK그룹 제공]\n");
  INFO(describe(a.events));
  bool found = false;
  for (const auto& e : a.events) {
    if (e.from_caption && e.type == EventType::other && e.start && e.start->timex() == "2025-02-04T09:30") found = true;
  }
  CHECK(found);
  // Without a clock time, or in the body, it says nothing happened.
  const auto b = analyze("최태원 회장이 4일 오전 9시 30분 더 플라자 호텔에서 설명을 듣고 있다.");
  INFO(describe(b.events));
  CHECK(b.events.empty());
}

TEST_CASE("`두 사람은 회동 직후 … 오찬을 함께했다`: the pair and the day go on past the pointing back", "[extract][people]") {
  const auto a = analyze(
      "최태원 회장은 4일 오전 11시 정신아 대표와 만났다. 두 사람은 회동 직후 인근 식당으로 자리를 옮겨 오찬을 함께했다.");
  INFO(describe(a.events));
  const auto meals = of_type(a, EventType::meal);
  REQUIRE(meals.size() == 1);
  const auto& people = meals[0].participants;
  CHECK(std::find(people.begin(), people.end(), "정신아") != people.end());
  REQUIRE(meals[0].start);
  CHECK(meals[0].start->timex() == "2025-02-04");
}

TEST_CASE("a signing ceremony held is an announcement; boarding the plane is leaving", "[extract][predicates]") {
  only("최태원 회장은 4일 오후 3시 시청에서 정신아 대표와 투자협약식을 가졌다.", EventType::announce);
  const auto d = only("최태원 회장은 4일 오후 김해공항에서 전용기에 올랐다.", EventType::depart);
  CHECK(d.start->timex() == "2025-02-04TAF");
  CHECK(analyze("최태원 회장은 4일 단상에 올라 축사를 했다.").events.empty());
}

TEST_CASE("a meal that names no one goes on with the carried subject's party; joining it may date it finer", "[extract][people]") {
  const auto a = analyze(
      "최태원 회장은 4일 오전 10시 정신아 대표와 회담했다. 저녁에는 호텔 연회장에서 만찬이 열렸다. "
      "오후 7시에 시작된 만찬에는 기업인 200여 명이 참석했다.");
  INFO(describe(a.events));
  const auto meals = of_type(a, EventType::meal);
  REQUIRE(meals.size() == 1);
  const auto& people = meals[0].participants;
  CHECK(std::find(people.begin(), people.end(), "정신아") != people.end());
  REQUIRE(meals[0].start);
  CHECK(meals[0].start->timex() == "2025-02-04T19:00");
  // A named subject of its own keeps the meal theirs.
  const auto b = analyze("최태원 회장은 4일 오전 10시 정신아 대표와 회담했다. 이재용 회장은 저녁에 만찬을 열었다.");
  INFO(describe(b.events));
  const auto other = of_type(b, EventType::meal);
  REQUIRE(other.size() == 1);
  CHECK(std::find(other[0].participants.begin(), other[0].participants.end(), "정신아") == other[0].participants.end());
}

TEST_CASE("what was done at an event just told is that event; its people join it", "[extract][people]") {
  const auto a = analyze(
      "최태원 회장은 4일 서울에 도착했다. 저녁에는 정신아 대표가 주최한 환영 만찬이 열렸다. "
      "최 회장과 정 대표는 만찬에서 투자 확대 방안을 논의했다.");
  INFO(describe(a.events));
  CHECK(of_type(a, EventType::meet).empty());
  const auto meals = of_type(a, EventType::meal);
  REQUIRE(meals.size() == 1);
  const auto& people = meals[0].participants;
  CHECK(std::find(people.begin(), people.end(), "최태원") != people.end());
  CHECK(std::find(people.begin(), people.end(), "정신아") != people.end());
}

TEST_CASE("a meal with partners of its own, even unnamed, is not the last party's", "[extract][people]") {
  const auto a = analyze(
      "최태원 회장은 4일 오전 11시 정신아 대표와 기자간담회를 열었다. 이어 호텔에서 열린 오찬에서 기업인들과 식사를 함께했다.");
  INFO(describe(a.events));
  const auto meals = of_type(a, EventType::meal);
  REQUIRE(meals.size() == 1);
  CHECK(std::find(meals[0].participants.begin(), meals[0].participants.end(), "정신아") == meals[0].participants.end());
}
