// Tagger throughput on generated Korean news text (bench/news_corpus.hpp).
//   ./build/bench/tagger_bench --benchmark_filter=TagText
// TagText at 1, 10 and 50 MB checks that time grows linearly with size;
// TagArticles is the realistic case (4 KB articles, one call each); Match is
// phase one alone; the Pipeline (read_document + tag) and WriteJson rows cost
// what `ktimeline tag` adds around the tagger.
#include <benchmark/benchmark.h>

#include <map>

#include "ktimeline/output.hpp"
#include "ktimeline/collection.hpp"
#include "ktimeline/tagger.hpp"
#include "news_corpus.hpp"

namespace {

constexpr std::size_t megabyte = 1 << 20;

const ktimeline::Tagger& tagger() {
  static const ktimeline::Tagger instance = ktimeline::TaggerBuilder{}.build();
  return instance;
}

const std::string& text_of(std::size_t megabytes) {
  static std::map<std::size_t, std::string> cache;
  auto& text = cache[megabytes];
  if (text.empty()) text = ktimeline_bench::NewsCorpus{}.text(megabytes * megabyte);
  return text;
}

const std::vector<std::string>& articles() {
  static const auto instance = ktimeline_bench::NewsCorpus{}.articles(4 * megabyte);
  return instance;
}

ktimeline::Context context() {
  ktimeline::Context ctx;
  ctx.reference = ktimeline::parse_timex_point("2025-02-04T18:05");
  ctx.reference_source = ktimeline::ReferenceSource::given;
  return ctx;
}

void TagText(benchmark::State& state) {
  const auto& text = text_of(static_cast<std::size_t>(state.range(0)));
  const auto ctx = context();
  std::size_t mentions = 0;
  for (auto _ : state) {
    auto result = tagger().tag(text, ctx);
    mentions = result.size();
    benchmark::DoNotOptimize(result.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["mentions_per_kb"] = static_cast<double>(mentions) * 1024.0 / static_cast<double>(text.size());
}
BENCHMARK(TagText)->Arg(1)->Arg(10)->Arg(50)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void MatchText(benchmark::State& state) {
  const auto& text = text_of(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto readings = tagger().match(text);
    benchmark::DoNotOptimize(readings.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(MatchText)->Arg(10)->Unit(benchmark::kMillisecond)->MinTime(2.0);

std::size_t total_size(const std::vector<std::string>& docs) {
  std::size_t n = 0;
  for (const auto& d : docs) n += d.size();
  return n;
}

void TagArticles(benchmark::State& state) {
  const auto& docs = articles();
  const auto ctx = context();
  for (auto _ : state) {
    for (const auto& doc : docs) {
      auto result = tagger().tag(doc, ctx);
      benchmark::DoNotOptimize(result.data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total_size(docs)));
}
BENCHMARK(TagArticles)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void PipelineArticles(benchmark::State& state) {
  const auto& docs = articles();
  for (auto _ : state) {
    for (const auto& doc : docs) {
      auto read = ktimeline::read_source_document({"bench", doc, std::nullopt}, {});
      auto tagged = ktimeline::tag_read_document(tagger(), std::move(read), {});
      benchmark::DoNotOptimize(tagged.mentions.data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total_size(docs)));
}
BENCHMARK(PipelineArticles)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void WriteJsonArticles(benchmark::State& state) {
  std::vector<ktimeline::TaggedDocument> tagged;
  for (const auto& doc : articles()) {
    ktimeline::PipelineOptions options;
    options.reference = ktimeline::parse_timex_point("2025-02-04");
    tagged.push_back(ktimeline::tag_read_document(
        tagger(), ktimeline::read_source_document({"bench", doc, std::nullopt}, options), options));
  }
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (const auto& doc : tagged) ktimeline::write_tagged(out, ktimeline::OutputFormat::jsonl, doc);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total_size(articles())));
}
BENCHMARK(WriteJsonArticles)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
