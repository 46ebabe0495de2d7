// Sentence splitting of Korean news text (split_sentences and the sentences
// read_document gives), with our own sentences.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ktimeline/document.hpp"

using namespace ktimeline;

namespace {

std::vector<std::string> sentences_of(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& span : split_sentences(text)) out.emplace_back(text.substr(span.begin, span.size()));
  return out;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("sentences end at Korean final endings", "[document][sentences]") {
  CHECK(sentences_of("올트먼이 왔다. 그는 떠났다.") == Texts{"올트먼이 왔다.", "그는 떠났다."});
  CHECK(sentences_of("정말 그럴까요? 두고 볼 일이다!  다음 주에 결정된다.") ==
        Texts{"정말 그럴까요?", "두고 볼 일이다!", "다음 주에 결정된다."});
  CHECK(sentences_of("협상은 결렬됐다.이어 양측은 자리를 떴다.") == Texts{"협상은 결렬됐다.", "이어 양측은 자리를 떴다."});
  CHECK(sentences_of("마지막 문장에는 마침표가 없다") == Texts{"마지막 문장에는 마침표가 없다"});
  CHECK(sentences_of("").empty());
  CHECK(sentences_of("   \n  ").empty());
}

TEST_CASE("no sentence end inside numbers, dates, abbreviations or ellipses", "[document][sentences]") {
  CHECK(sentences_of("지분율은 3.5%다. 기준일은 2025.2.4이다.") == Texts{"지분율은 3.5%다.", "기준일은 2025.2.4이다."});
  CHECK(sentences_of("발표일은 2025. 3. 10. 오전으로 잡혔다.") == Texts{"발표일은 2025. 3. 10. 오전으로 잡혔다."});
  CHECK(sentences_of("Volta Co. 측과 Hanbit Inc. 계열사가 합의했다. U.S. 스틸도 참여한다.") ==
        Texts{"Volta Co. 측과 Hanbit Inc. 계열사가 합의했다.", "U.S. 스틸도 참여한다."});
  CHECK(sentences_of("반도체 수술...대표 교체 임박. 시장은 주목한다.") ==
        Texts{"반도체 수술...대표 교체 임박.", "시장은 주목한다."});
  CHECK(sentences_of("주가는 1,234.5원에 마감했다.") == Texts{"주가는 1,234.5원에 마감했다."});
}

TEST_CASE("quotations that the sentence goes on after do not end it", "[document][sentences][quotes]") {
  CHECK(sentences_of("그는 \"좋은 논의를 했다. 계속 협의하겠다\"고 말했다. 회의는 끝났다.") ==
        Texts{"그는 \"좋은 논의를 했다. 계속 협의하겠다\"고 말했다.", "회의는 끝났다."});
  CHECK(sentences_of("그는 “준비는 끝났다. 이제 시작이다”라며 웃었다. 이어 무대를 내려왔다.") ==
        Texts{"그는 “준비는 끝났다. 이제 시작이다”라며 웃었다.", "이어 무대를 내려왔다."});
  CHECK(sentences_of("대변인은 \"사실이 아니다.\"며 선을 그었다.") == Texts{"대변인은 \"사실이 아니다.\"며 선을 그었다."});
  CHECK(sentences_of("\"정말인가?\"라는 질문이 이어졌다.") == Texts{"\"정말인가?\"라는 질문이 이어졌다."});
  CHECK(sentences_of("“우리는 준비됐다.” 그는 이렇게 말했다.") == Texts{"“우리는 준비됐다.”", "그는 이렇게 말했다."});
  CHECK(sentences_of("“협상은 계속된다” 그는 짧게 답했다.") == Texts{"“협상은 계속된다”", "그는 짧게 답했다."});
}

TEST_CASE("unbalanced quotes do not swallow the paragraph", "[document][sentences][quotes]") {
  CHECK(sentences_of("그는 \"좋다. 이어 자리를 떴다. 회의는 끝났다.") ==
        Texts{"그는 \"좋다.", "이어 자리를 떴다.", "회의는 끝났다."});
}

TEST_CASE("sentences are byte spans into the text", "[document][sentences]") {
  const std::string text = "첫째 문장이다.  둘째 문장이다.";
  const auto spans = split_sentences(text);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].begin == 0);
  CHECK(spans[1].begin == text.find("둘째"));
  CHECK(spans[1].end == text.size());
}

TEST_CASE("each line is a paragraph: sentences never cross an ordinary line break", "[document][sentences]") {
  const auto spans = split_sentences("첫 문단의 끝이다\n둘째 문단이다.");
  CHECK(spans.size() == 2);
}
