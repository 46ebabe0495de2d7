#pragma once
// A generated corpus of Korean news-like text for the benchmarks: articles of
// a few KB with headlines, a byline, paragraphs of sentences of which about
// one in four carries a time expression (about 3.5 mentions per KB, as in real articles) (dates, clock times, durations,
// relative dates, sets), and filler with look-alike numbers (money, ranks,
// percentages, counts) that must not be tagged. All sentences are templates
// written for this file; a fixed seed makes every run see the same text.
#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace ktimeline_bench {

class NewsCorpus {
 public:
  explicit NewsCorpus(std::uint32_t seed = 20250204) : rng_(seed) {}

  /// One article of roughly `target_bytes`.
  ///   auto a = NewsCorpus{}.article(4000);
  std::string article(std::size_t target_bytes) {
    std::string out;
    out += pick(headlines_);
    out += "\n입력 2025-02-";
    out += two_digits(uniform(1, 28));
    out += ' ';
    out += two_digits(uniform(6, 22));
    out += ':';
    out += two_digits(uniform(0, 59));
    out += "\n\n";
    while (out.size() < target_bytes) {
      const int sentences = uniform(3, 6);
      for (int i = 0; i < sentences; ++i) {
        out += uniform(1, 4) == 1 ? timed_sentence() : std::string(pick(fillers_));
        out += ' ';
      }
      out.back() = '\n';
    }
    return out;
  }

  /// Articles of about `article_bytes` each until `total_bytes` is reached.
  std::vector<std::string> articles(std::size_t total_bytes, std::size_t article_bytes = 4000) {
    std::vector<std::string> out;
    std::size_t size = 0;
    while (size < total_bytes) {
      out.push_back(article(article_bytes));
      size += out.back().size();
    }
    return out;
  }

  /// The same articles joined into one text of about `total_bytes`.
  std::string text(std::size_t total_bytes) {
    std::string out;
    out.reserve(total_bytes + 8192);
    while (out.size() < total_bytes) {
      out += article(4000);
      out += '\n';
    }
    return out;
  }

 private:
  int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  template <std::size_t N>
  std::string_view pick(const std::array<std::string_view, N>& items) {
    return items[static_cast<std::size_t>(uniform(0, static_cast<int>(N) - 1))];
  }
  static std::string two_digits(int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); }

  std::string time_expression() {
    switch (uniform(0, 15)) {
      case 0: return std::to_string(uniform(1, 28)) + "일 오전 " + std::to_string(uniform(7, 11)) + "시";
      case 1: return std::to_string(uniform(1, 28)) + "일 오후 " + std::to_string(uniform(1, 6)) + "시 " +
                     std::to_string(uniform(1, 5) * 10) + "분께";
      case 2: return "이날 오후";
      case 3: return "전날 밤";
      case 4: return "지난달 " + std::to_string(uniform(1, 28)) + "일";
      case 5: return "약 " + std::to_string(uniform(1, 5)) + "시간 동안";
      case 6: return std::to_string(uniform(10, 50)) + "분간";
      case 7: return "지난해 " + std::to_string(uniform(1, 12)) + "월";
      case 8: return "오는 " + std::to_string(uniform(1, 28)) + "일";
      case 9: return std::to_string(uniform(2015, 2025)) + "년 " + std::to_string(uniform(1, 12)) + "월 " +
                     std::to_string(uniform(1, 28)) + "일";
      case 10: return "다음 주 월요일";
      case 11: return "올해 상반기";
      case 12: return "매주 화요일";
      case 13: return std::to_string(uniform(1, 11)) + "시 반께";
      case 14: return "이틀 뒤";
      default: return std::to_string(uniform(1, 4)) + "분기";
    }
  }

  std::string timed_sentence() {
    std::string s(pick(subjects_));
    s += ' ';
    s += time_expression();
    s += ' ';
    s += pick(places_);
    s += ' ';
    s += pick(actions_);
    return s;
  }

  std::mt19937 rng_;
  static constexpr std::array<std::string_view, 6> headlines_{
      "[단독] 주요 그룹 총수들, 신사업 협력 논의…투자 규모 주목", "정부, 반도체 지원책 발표…업계 \"환영\"",
      "시장 금리 하락세 지속…대출 수요 회복 조짐", "[포토] 개막식 찾은 시민들", "지역 축제 인파 몰려…교통 통제",
      "증시 마감 시황: 코스피 소폭 상승"};
  static constexpr std::array<std::string_view, 8> subjects_{"회장은", "대표는", "장관은", "위원회는",
                                                            "시장은", "그는", "회사 측은", "관계자들은"};
  static constexpr std::array<std::string_view, 7> places_{
      "서울 중구 호텔에서", "본사에서", "국회에서", "부산 벡스코에서", "공항에서", "정부서울청사에서", "현지 공장에서"};
  static constexpr std::array<std::string_view, 7> actions_{
      "기자간담회를 열었다.", "업무협약을 체결했다.", "회의를 주재했다.", "현장을 둘러봤다.",
      "출국했다.", "입장을 밝혔다.", "새 계획을 발표할 예정이다."};
  static constexpr std::array<std::string_view, 10> fillers_{
      "업계에서는 이번 결정이 시장 전반에 상당한 영향을 줄 것으로 보고 있다.",
      "한 관계자는 \"구체적인 내용은 아직 정해진 바 없다\"고 말했다.",
      "이번 사업에는 5000억원 규모의 예산이 투입된다.",
      "해당 기업은 국내 시장 점유율 1위를 지키고 있다.",
      "행사에는 업계 관계자 300여명이 참석해 자리를 가득 메웠다.",
      "주가는 장중 한때 3.5% 오르기도 했다.",
      "전문가들은 수요 회복 속도가 예상보다 빠르다고 분석했다.",
      "회사는 창립 40주년을 맞아 새 비전을 공개했다.",
      "노사는 임금 인상률을 두고 의견 차이를 좁히지 못했다.",
      "시민단체는 추가 대책이 필요하다는 입장을 내놨다."};
};

}  // namespace ktimeline_bench
