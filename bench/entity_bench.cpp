// Throughput of entity recognition on a synthetic Korean news article (own
// sentences, repeated), and of gazetteer lookups and name similarity.
#include <benchmark/benchmark.h>

#include <ktimeline/entity.hpp>

#include <string>
#include <vector>

namespace {

std::string article(std::size_t repeats) {
  const std::string paragraph =
      "[한빛일보=오세진 기자] 박서준 한빛전자 대표는 10일 서울 강남구 한빛타워에서 간담회를 열었다. "
      "이 자리에는 최태원 SK그룹 회장과 곽노정 SK하이닉스(000660) 대표이사 사장도 참석했다. "
      "박 대표는 새 제품 계획을 소개했고, 최 회장은 협력을 제안했다. 그는 내년 출시를 목표로 한다고 말했다. "
      "샘 올트먼 오픈AI 최고경영자(CEO)는 같은 호텔 4층에서 정신아 카카오 대표와 만났다. "
      "울트먼은 이후 인천공항 제2여객터미널을 통해 출국했다. 두 사람은 협력 방안을 논의했다.\n";
  std::string out;
  out.reserve(paragraph.size() * repeats);
  for (std::size_t i = 0; i < repeats; ++i) out += paragraph;
  return out;
}

std::vector<ktimeline::ByteSpan> lines(const std::string& text) {
  std::vector<ktimeline::ByteSpan> out;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      if (i > begin) out.push_back({begin, i});
      begin = i + 1;
    }
  }
  return out;
}

void BM_recognize_entities(benchmark::State& state) {
  const auto gazetteer = ktimeline::GazetteerBuilder{}.build();
  const auto text = article(static_cast<std::size_t>(state.range(0)));
  const auto sentences = lines(text);
  for (auto _ : state) {
    auto found = ktimeline::recognize_entities(text, sentences, gazetteer);
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_recognize_entities)->Arg(1)->Arg(20)->Arg(200);

void BM_gazetteer_find_at_every_byte(benchmark::State& state) {
  const auto gazetteer = ktimeline::GazetteerBuilder{}.build();
  const auto text = article(20);
  for (auto _ : state) {
    std::size_t hits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) hits += gazetteer.find_at(text, i).has_value();
    benchmark::DoNotOptimize(hits);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_gazetteer_find_at_every_byte);

void BM_build_gazetteer(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ktimeline::GazetteerBuilder{}.build());
}
BENCHMARK(BM_build_gazetteer);

void BM_similar_names(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ktimeline::similar_names("사티아 나델라", "사티아 나델러"));
}
BENCHMARK(BM_similar_names);

}  // namespace

BENCHMARK_MAIN();
