#pragma once
// The facts an event extractor reads from the five seed articles about Sam
// Altman's stay in Korea (3-4 February 2025), as hand-made events. Only facts
// are taken from the articles (names, times, places); every sentence here is
// written for the test.
#include <vector>

#include "timeline_fixtures.hpp"

namespace timeline_test {

inline const char* const kAltman = "샘 올트먼";

inline std::vector<Event> altman_events() {
  using T = EventType;
  const char* altman = kAltman;
  const char* son = "손정의";
  const char* lee = "이재용";
  const char* chey = "최태원";
  const char* plaza = "더 플라자 호텔";
  const char* seocho = "삼성전자 서초사옥";
  const char* sgbac = "서울김포비즈니스항공센터";
  return {
      // 003: the full day, hour by hour.
      ev("003", 0, T::arrive).when("2025-02-03T23:00", "3일 밤 11시께").approx().who({altman})
          .said("입국한", "올트먼은 3일 밤 11시께 한국에 입국했다.").about("한국 입국"),
      ev("003", 1, T::depart).when("2025-02-04T18:00", "4일 오후 6시께").approx().who({altman})
          .said("출국해", "그는 4일 오후 6시께 인도로 출국했다.").about("인도로 출국"),
      ev("003", 2, T::attend).when("2025-02-04T09:00", "4일 오전 9시").who({altman}).where(plaza)
          .said("참석하며", "4일 오전 9시 호텔에서 열린 개발자 워크숍에 나왔다.").about("빌더 랩 참석"),
      ev("003", 3, T::meet).when("2025-02-04T09:45", "9시 45분께").approx().lasting("PT40M")
          .who({altman, chey, "유영상", "곽노정", "김주선"}).where(plaza)
          .said("논의했다", "9시 45분께 SK 경영진과 약 40분간 반도체 협력을 논의했다.").about("SK 경영진과 회동"),
      ev("003", 4, T::meet).approx().lasting("PT20M").who({altman, "김창한"}).right_after(3, "곧바로")
          .said("만나", "곧바로 크래프톤 대표와 약 20분간 만났다.").about("크래프톤 김창한 대표와 면담"),
      ev("003", 5, T::announce).when("2025-02-04T11:10", "11시 10분").who({altman, "정신아"})
          .said("발표했다", "11시 10분 카카오와의 협력을 발표했다.").about("카카오와 전략적 제휴 발표"),
      ev("003", 6, T::meal).approx().lasting("PT1H").who({altman}).where(plaza)
          .said("참석해", "같은 호텔의 기업인 오찬에 한 시간가량 함께했다.").about("기업인 오찬 간담회"),
      ev("003", 7, T::move).who({altman}).where(seocho).after(6, "식사 후")
          .said("이동했다", "식사를 마친 뒤 서초사옥으로 향했다.").about("서초사옥으로 이동"),
      ev("003", 8, T::arrive).when("2025-02-04T14:00", "오후 2시께").approx().who({altman}).where(seocho)
          .said("도착했다", "오후 2시께 서초사옥에 닿았다.").about("서초사옥 도착"),
      ev("003", 9, T::meet).when("2025-02-04T14:40", "2시 40분께부터 약 2시간").approx().lasting("PT2H")
          .who({altman, lee, son})
          .said("진행됐다", "2시 40분께부터 두 시간가량 3자 회동이 이어졌다.").about("이재용·손정의와 3자 회동"),
      ev("003", 10, T::depart).when("2025-02-04T17:30", "오후 5시 30분께").approx().who({altman}).where(sgbac)
          .right_after(9, "곧바로")
          .said("출국했다", "회동 뒤 곧바로 오후 5시 30분께 김포에서 출국했다.").about("인도로 출국"),

      // 001: captions and a body that retells the day.
      ev("001", 0, T::arrive).when("2025-02-03TAF", "3일 오후").who({altman}).where(sgbac).caption()
          .said("방한하고", "사진: 3일 오후 김포로 방한하는 올트먼.").about("방한"),
      ev("001", 1, T::meet).when("2025-02-04", "오는 4일").planned().caption()
          .who({altman, lee, chey, "정신아", "김창한"})
          .said("만날 예정이다", "사진 설명: 그는 4일 여러 총수를 만날 계획이다.").about("재계 총수들과 만남 예정"),
      ev("001", 2, T::meal).who({altman, "최성환", "조현상", "허윤홍", "이규호"})
          .said("만난", "오너가 3·4세들과도 자리를 함께했다.").about("오너가 3·4세와 오찬"),
      ev("001", 3, T::arrive).when("2025-02-04", "4일").who({son}).where(seocho).caption()
          .said("도착하고", "사진: 4일 서초사옥에 들어서는 손 회장.").about("서초사옥 도착"),
      ev("001", 4, T::arrive).when("2025-02-03TNI", "전날(3일) 밤").who({altman})
          .said("방한한", "그는 전날 밤 한국에 왔다.").about("방한"),
      ev("001", 5, T::meet).when("2025-02-04", "이날").who({altman, lee}).where(seocho)
          .said("만났다", "이날 서초사옥에서 이 회장을 만났다.").about("이재용 회장과 만남"),
      ev("001", 6, T::arrive).when("2025-02-04TAF", "이날 오후").who({son})
          .said("입국한", "손 회장은 이날 오후 한국에 들어왔다.").about("입국"),
      ev("001", 7, T::meet).when("2025-02-03", "전날").who({altman, son}).where("일본")
          .said("만나", "두 사람은 전날 일본에서도 만났다.").about("일본에서 손정의 회장과 만남"),
      ev("001", 8, T::other).when("2025-02-03TAF", "3일 오후").who({lee}).where("서울고등법원").caption()
          .said("나서고", "사진: 3일 오후 법원을 나서는 이 회장.").about("항소심 선고 후 퇴정"),
      ev("001", 9, T::meet).when("2025-02-04", "4일").who({chey, altman}).where("플라자 호텔").caption()
          .said("이동하고", "사진: 4일 회동을 마치고 함께 걷는 두 사람.").about("최태원 회장과 회동 후 이동"),
      ev("001", 10, T::meet).when("2025-02-04TMO", "이날 오전").lasting("PT40M").who({altman, chey})
          .said("접견했다", "이날 오전 최 회장을 40분간 만났다.").about("최태원 회장 접견"),
      ev("001", 11, T::meet).when("2024-01", "지난해 1월").who({altman, chey})
          .said("면담을 가졌고", "지난해 1월 방한 때도 최 회장과 면담했다.").about("첫 면담"),
      ev("001", 12, T::meet).when("2024-06", "같은 해 6월").who({altman, chey}).where("미국")
          .said("만나", "같은 해 6월 미국에서 다시 만났다.").about("미국에서 재회"),
      ev("001", 13, T::announce).when("2025-02-04", "4일").who({"정신아", altman}).where("플라자호텔").caption()
          .said("나누고", "사진: 4일 기자간담회에서 악수하는 두 대표.").about("카카오 제휴 간담회"),
      ev("001", 14, T::announce).when("2025-02-04", "이날").who({altman, "정신아"})
          .said("발표했다", "이날 카카오와의 제휴도 알렸다.").about("카카오와 제휴 발표"),

      // 000: the afternoon at Samsung.
      ev("000", 0, T::meet).when("2025-02-04TAF", "4일 오후").who({lee, altman, son}).where(seocho)
          .said("가졌다", "세 사람은 4일 오후 서초사옥에서 만났다.").about("3자 회동"),
      ev("000", 1, T::announce).when("2025-01-21", "지난달 21일").who({"오픈AI", "소프트뱅크", "오라클"})
          .said("추진하는", "지난달 21일 세 회사가 스타게이트를 내놓았다.").about("스타게이트 발표"),
      ev("000", 2, T::arrive).when("2025-02-04TMO", "이날 오전").who({son}).where("김포공항")
          .said("입국했다", "손 회장은 이날 오전 김포로 입국했다.").about("입국"),
      ev("000", 3, T::arrive).when("2025-02-04T14:00", "오후 2시께").approx().who({altman}).where(seocho)
          .said("도착한", "올트먼은 오후 2시께 서초사옥에 왔다.").about("서초사옥 도착"),
      ev("000", 4, T::announce).when("2025-02-04TMO", "오전").who({altman})
          .said("열린", "오전 카카오 행사 뒤 질문에 답했다.").about("카카오 행사"),
      ev("000", 5, T::arrive).when("2025-02-04T14:40", "오후 2시40분께").approx().who({son}).where(seocho)
          .said("도착해", "손 회장은 오후 2시40분께 사옥에 닿았다.").about("서초사옥 도착"),
      ev("000", 6, T::meet).when("2025-02-03", "바로 전날").who({altman, son}).where("일본 도쿄")
          .said("밝히기도 했다", "두 사람은 바로 전날 도쿄에서 합작 계획을 알렸다.").about("도쿄에서 합작 발표"),
      ev("000", 7, T::other).when("2024-01", "작년 1월").who({altman}).where("삼성전자 평택 공장")
          .said("둘러보고", "작년 1월 방한 때 평택 공장을 둘러봤다.").about("평택 공장 방문"),

      // 002: the meeting, dated afterwards.
      ev("002", 0, T::meet).when("2025-02-04", "지난 4일").who({lee, son, altman}).where(seocho)
          .said("회동을 가졌다", "지난 4일 세 사람이 서초사옥에서 두 시간 만났다.").about("3자 회동"),

      // 004: the morning at the hotel and the afternoon meeting.
      ev("004", 0, T::meet).when("2025-02-04TAF", "4일 오후").who({son, lee, altman}).where(seocho)
          .said("마친 후", "손 회장은 4일 오후 3자 회동을 마쳤다.").about("3자 회동"),
      ev("004", 1, T::meet).when("2025-02-04TMO", "이날 오전").who({altman, chey, "곽노정", "유영상"}).where(plaza)
          .said("만나", "올트먼은 이날 오전 호텔에서 SK 경영진과 만났다.").about("SK 경영진과 회동"),
      ev("004", 2, T::attend).when("2025-02-04TMO", "이날 오전").who({altman}).where(plaza)
          .said("열린", "오전에 개발자 행사가 열린 호텔이었다.").about("빌더 랩"),
      ev("004", 3, T::meet).who({altman, "김창한"}).right_after(1, "직후")
          .said("만났다", "SK와의 회동 직후 크래프톤 대표도 만났다.").about("크래프톤 대표 면담"),
      ev("004", 4, T::announce).when("2025-02-04", "이날").who({altman, "정신아"})
          .said("발표하기도 했다", "이날 카카오 간담회에서 협력을 함께 알렸다.").about("카카오 간담회"),
      ev("004", 5, T::other).when("2024-09", "작년 9월").who({"정신아", "오픈AI"})
          .said("구체화해왔으며", "양사는 작년 9월부터 협업을 논의해 왔다.").about("카카오·오픈AI 협업 논의 시작"),
  };
}

inline std::vector<StatedStay> altman_stays() {
  StatedStay s;
  s.doc = "003";
  s.duration = lasting("PT18H");
  s.approx = true;
  s.mention = "약 18시간";
  s.sentence = "약 18시간을 한국에서 보낸 셈이다.";
  return {s};
}

}  // namespace timeline_test
