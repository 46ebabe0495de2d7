// Throughput of the per-document step on realistic pasted pages of our own:
// analyze() whole (document, tagger, entities, events) and the event step
// alone, on one article and on a long page of many.
#include <benchmark/benchmark.h>

#include <ktimeline/extract.hpp>

#include <string>

namespace {

// A page as it is pasted: menu, headline, byline, caption, body, ranking list, spam.
const std::string page =
    "전체메뉴 보기\n"
    "한빛경제 홈 | 산업 | 증권 | 부동산 | 오피니언\n"
    "AMD 리사 수, 1년 만에 방한…반도체 협력 '광폭 행보'\n"
    "입력 2025-03-12 18:40 | 수정 2025-03-12 19:05\n"
    "박서연 기자\n"
    "\n"
    "리사 수 AMD 최고경영자(CEO)가 11일 밤 인천국제공항 제2여객터미널을 통해 입국하고 있다. 2025.3.11/한빛경제 "
    "김도윤 기자\n"
    "\n"
    "리사 수 AMD 최고경영자(CEO)가 12일 국내 반도체 기업 경영진을 잇달아 만나며 협력 방안을 논의했다. 수 CEO는 "
    "전날 밤 10시께 전용기 편으로 인천국제공항 제2여객터미널에 도착했다.\n"
    "그는 12일 오전 8시 롯데호텔 서울에서 한지훈 한빛반도체 대표와 조찬을 함께하며 차세대 메모리 공급 문제를 "
    "논의했다.\n"
    "이어 오전 10시 30분부터 약 1시간 동안 서울 서초구 삼성전자 서초사옥에서 전영현 삼성전자 부회장과 회동했다. "
    "회동에는 마티아스 볼러 AMD 수석부사장도 배석한 것으로 전해졌다.\n"
    "회동을 마친 뒤 수 CEO는 곧바로 경기 이천으로 향했다.\n"
    "오후 2시께 SK하이닉스 이천캠퍼스에 도착한 그는 곽노정 SK하이닉스 사장의 안내로 생산라인을 둘러봤다. 그는 약 "
    "40분간 곽 사장과 면담하고 고대역폭메모리(HBM) 공급 일정을 점검했다.\n"
    "수 CEO는 이날 저녁 서울로 돌아와 기자간담회를 열 계획이었으나 일정이 빠듯해 간담회는 취소됐다.\n"
    "업계에서는 이번 방한이 엔비디아를 추격하기 위한 공급망 확보 전략이라는 분석이 나온다.\n"
    "수 CEO는 13일 오전 김포공항을 통해 대만으로 출국할 예정이다. 그는 \"한국 파트너들과 만나 협력을 넓힌 것이 "
    "이번 방문의 가장 큰 성과\"라고 말했다.\n"
    "\n"
    "많이 본 뉴스\n"
    "1 반도체 수출 3개월 연속 증가…HBM이 견인\n"
    "2 코스피, 외국인 매수에 2600선 회복\n"
    "저작권자 © 한빛경제 무단전재 및 재배포 금지\n"
    "카지노사이트 추천 바로가기 www.bet-win77.xyz\n";

// Many pages, each with its own dates: repeated sentences are read once.
std::string pages(std::size_t n) {
  std::string out;
  out.reserve(page.size() * n);
  for (std::size_t i = 0; i < n; ++i) {
    std::string copy = page;
    const std::string day = std::to_string(2 + i % 26) + "일";
    for (std::size_t at = copy.find("12일"); at != std::string::npos; at = copy.find("12일", at + day.size())) {
      copy.replace(at, std::string("12일").size(), day);
    }
    out += copy;
  }
  return out;
}

const ktimeline::EventExtractor& extractor() {
  static const ktimeline::EventExtractor e(ktimeline::GazetteerBuilder{}.build(), ktimeline::TaggerBuilder{}.build());
  return e;
}

void BM_analyze(benchmark::State& state) {
  const auto text = pages(static_cast<std::size_t>(state.range(0)));
  const auto& ex = extractor();
  std::size_t events = 0;
  for (auto _ : state) {
    auto a = ex.analyze(ktimeline::read_document("bench", text), ktimeline::Context{});
    events = a.events.size();
    benchmark::DoNotOptimize(a);
  }
  state.counters["events"] = static_cast<double>(events);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_analyze)->Arg(1)->Arg(20);

// The event step alone, on a document already read, tagged and recognized.
void BM_extract_events(benchmark::State& state) {
  const auto text = pages(static_cast<std::size_t>(state.range(0)));
  const auto& ex = extractor();
  auto analysis = ex.analyze(ktimeline::read_document("bench", text), ktimeline::Context{});
  for (auto _ : state) {
    ex.extract_events(analysis);
    benchmark::DoNotOptimize(analysis.events);
  }
  state.counters["events"] = static_cast<double>(analysis.events.size());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_extract_events)->Arg(1)->Arg(20);

void BM_build_extractor(benchmark::State& state) {
  const auto gazetteer = ktimeline::GazetteerBuilder{}.build();
  const auto tagger = ktimeline::TaggerBuilder{}.build();
  for (auto _ : state) benchmark::DoNotOptimize(ktimeline::EventExtractor(gazetteer, tagger));
}
BENCHMARK(BM_build_extractor);

}  // namespace

BENCHMARK_MAIN();
