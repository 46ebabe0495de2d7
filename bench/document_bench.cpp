// read_document throughput on a generated corpus of pasted news pages (a few
// MB): headlines, bylines, captions with credits, body paragraphs with quotes
// and numbers, related-article and ranking lists, comment UI and spam.
//   cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release && cmake --build build-release -j2
//   ./build-release/bench/document_bench
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "ktimeline/document.hpp"

namespace {

const char* const subjects[] = {"시의회", "정부", "한빛전자", "교육청", "국회", "경찰", "기상청", "한국은행"};
const char* const actions[] = {"새 대책을 내놨다", "회의를 열었다", "계획을 발표했다", "조사에 착수했다",
                               "입장을 밝혔다", "예산안을 의결했다"};
const char* const places[] = {"서울", "부산", "대전", "광주", "세종", "워싱턴"};

std::string paragraph(std::mt19937& rng) {
  std::string p;
  const int sentences = 2 + static_cast<int>(rng() % 4);
  for (int s = 0; s < sentences; ++s) {
    p += subjects[rng() % 8];
    p += "는 ";
    p += std::to_string(1 + rng() % 28);
    p += "일 오후 ";
    p += std::to_string(1 + rng() % 11);
    p += "시께 ";
    if (rng() % 3 == 0) {
      p += "\"지표가 3.5% 개선됐다. 추가 대책도 검토한다\"며 ";
    }
    p += actions[rng() % 6];
    p += s + 1 < sentences ? ". " : ".";
  }
  return p;
}

/// One pasted article page of roughly 4-8 KB.
std::string article(std::mt19937& rng) {
  std::string a = "주요 뉴스 바로가기 본문 바로가기\n";
  a += "시의회, 새 조례안 처리…\"다음 달 시행\"\n부제: 시민 의견 반영 관심\n\n";
  a += "입력 2025-03-" + std::to_string(10 + rng() % 18) + " 09:" + std::to_string(10 + rng() % 49) + "\n";
  a += "공유하기\n\n";
  a += "시민들이 광장에 모여 있다. 2025.3.4/뉴스1 ⓒ News1 김하늘 기자\n\n";
  a += "(" + std::string(places[rng() % 6]) + "=뉴스1) 김하늘 기자 = " + paragraph(rng) + "\n\n";
  const int paragraphs = 6 + static_cast<int>(rng() % 8);
  for (int i = 0; i < paragraphs; ++i) a += paragraph(rng) + "\n\n";
  a += "▶ 후속 논의=" + paragraph(rng) + " 김하늘 기자\n\n";
  a += "ⓒ 한빛일보 무단전재 및 재배포 금지\n관련기사\n";
  for (int i = 0; i < 5; ++i) a += "- 시의회 조례안 논의 " + std::to_string(i) + "차 회의 열려\n";
  a += "많이 본 뉴스\n";
  for (int i = 1; i <= 5; ++i) a += "  • " + std::to_string(i) + "\n    금리 동결에도 대출 금리 올라\n\n    뉴스 \n";
  a += "댓글 0\n로그인 후 댓글을 작성할 수 있습니다.\n바오슬롯 프리미어카지노 소닉카지노\nwinner@lucky7.shop\n";
  return a;
}

std::vector<std::string> corpus(std::size_t bytes) {
  std::mt19937 rng(2025);
  std::vector<std::string> docs;
  std::size_t total = 0;
  while (total < bytes) {
    docs.push_back(article(rng));
    total += docs.back().size();
  }
  return docs;
}

void BM_read_document(benchmark::State& state) {
  const auto docs = corpus(4'000'000);
  std::size_t bytes = 0;
  for (const auto& d : docs) bytes += d.size();
  for (auto _ : state) {
    for (const auto& d : docs) {
      auto doc = ktimeline::read_document("bench", d);
      benchmark::DoNotOptimize(doc.sentences.data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
  state.counters["documents"] = static_cast<double>(docs.size());
}
BENCHMARK(BM_read_document)->Unit(benchmark::kMillisecond);

void BM_read_one_long_line(benchmark::State& state) {
  std::string text;
  while (text.size() < 4'000'000) text += "시민들이 광장에 모였다. 행사는 \"예정대로 열린다\"고 밝혔다. ";
  for (auto _ : state) {
    auto doc = ktimeline::read_document("line", text);
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_read_one_long_line)->Unit(benchmark::kMillisecond);

void BM_split_sentences(benchmark::State& state) {
  std::mt19937 rng(7);
  std::string text;
  while (text.size() < 4'000'000) text += paragraph(rng) + "\n";
  for (auto _ : state) {
    auto spans = ktimeline::split_sentences(text);
    benchmark::DoNotOptimize(spans.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_split_sentences)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
