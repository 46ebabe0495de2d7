#pragma once
// A second, invented scenario: a chief executive's day in Tokyo (10-11 March
// 2025), told by three articles that disagree on the arrival time and on the
// store visit, with a plan that happened and a plan that did not.
#include <vector>

#include "timeline_fixtures.hpp"

namespace timeline_test {

inline const char* const kCook = "팀 쿡";

inline std::vector<Event> tokyo_events() {
  using T = EventType;
  const char* cook = kCook;
  const char* pm = "이시바 시게루";
  const char* son = "손정의";
  return {
      // a1: the day in order.
      ev("a1", 0, T::arrive).when("2025-03-10T08:20", "10일 오전 8시 20분께").approx().who({cook}).where("하네다공항")
          .said("입국했다", "쿡 CEO는 10일 오전 8시 20분께 하네다공항으로 입국했다.").about("일본 입국"),
      ev("a1", 1, T::meet).when("2025-03-10T10:00", "오전 10시").lasting("PT30M").who({cook, pm}).where("총리 관저")
          .said("회담했다", "오전 10시 총리 관저에서 30분간 총리와 회담했다.").about("총리와 회담"),
      ev("a1", 2, T::attend).when("2025-03-10T13:00", "오후 1시").lasting("PT1H30M").who({cook}).where("애플 긴자")
          .said("찾았다", "오후 1시에는 긴자 매장을 찾아 한 시간 반 머물렀다.").about("긴자 매장 방문"),
      ev("a1", 3, T::meal).when("2025-03-10TEV", "저녁").who({cook, son})
          .said("만찬을 했다", "저녁에는 손 회장과 식사를 했다.").about("손정의 회장과 만찬"),
      ev("a1", 4, T::depart).when("2025-03-11T09:00", "11일 오전 9시께").approx().who({cook}).where("나리타공항")
          .said("출국한다", "그는 11일 오전 9시께 나리타에서 떠났다.").about("출국"),

      // b2: an earlier arrival time, a plan, and a later store visit.
      ev("b2", 0, T::arrive).when("2025-03-10T07:50", "오전 7시 50분께").approx().who({cook}).where("하네다공항")
          .said("도착했다", "쿡 CEO는 오전 7시 50분께 하네다로 입국했다.").about("일본 입국"),
      ev("b2", 1, T::meet).when("2025-03-10", "10일").planned().who({cook, pm})
          .said("만날 예정이다", "그는 10일 총리를 만날 예정이다.").about("총리 면담 예정"),
      ev("b2", 2, T::attend).when("2025-03-10T13:30", "1시 30분께").approx().who({cook}).where("애플 긴자")
          .said("방문했다", "1시 30분께 긴자 매장에 들렀다.").about("매장 방문"),
      ev("b2", 3, T::attend).when("2025-03-12", "12일").planned().who({cook}).where("오사카 공장")
          .said("방문할 계획이다", "12일에는 오사카 공장도 둘러볼 계획이다.").about("오사카 공장 방문 계획"),
      ev("b2", 4, T::depart).when("2025-03-11TMO", "11일 오전").who({cook})
          .said("출국했다", "쿡 CEO는 11일 오전 일본을 떠나 출국했다.").about("출국"),
      ev("b2", 5, T::other).when("2025-03-10", "10일").who({son}).where("소프트뱅크 본사")
          .said("밝혔다", "손 회장은 10일 본사에서 따로 계획을 밝혔다.").about("손정의 회장 별도 발표"),

      // c3: the same arrival as a1, a meeting told without a time, an
      // announcement an hour after it, and the dinner's length.
      ev("c3", 0, T::arrive).when("2025-03-10T08:20", "오전 8시 20분께").approx().who({cook})
          .said("입국한", "오전 8시 20분께 입국한 그는").about("입국"),
      ev("c3", 1, T::meet).lasting("PT30M").who({cook, pm}).after(0, "입국 후")
          .said("만났다", "입국 후 총리를 만났다.").about("총리 면담"),
      ev("c3", 2, T::announce).who({cook}).where("도쿄").related(RelationKind::offset_after, 1, "1시간 뒤", "PT1H")
          .said("발표했다", "면담 1시간 뒤 일본 투자 계획을 내놓았다.").about("일본 투자 계획 발표"),
      ev("c3", 3, T::meal).when("2025-03-10TEV", "저녁").lasting("PT2H").approx().who({cook, son})
          .said("이어졌다", "저녁 만찬은 두 시간가량 이어졌다.").about("손 회장과 만찬"),
  };
}

inline std::vector<StatedStay> tokyo_stays() {
  StatedStay day;
  day.doc = "b2";
  day.duration = lasting("P1D");
  day.approx = true;
  day.mention = "약 하루";
  day.sentence = "약 하루 일정이었다.";
  StatedStay half;
  half.doc = "a1";
  half.duration = lasting("PT12H");
  half.approx = false;
  half.mention = "12시간";
  half.sentence = "12시간 머문다.";
  return {day, half};
}

}  // namespace timeline_test
