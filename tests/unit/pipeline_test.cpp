// The per-document pipeline: where a reference time comes from, and what the
// tagged record holds. Sentences are written for these tests.
#include <catch2/catch.hpp>

#include "ktimeline/output.hpp"
#include "ktimeline/pipeline.hpp"

using namespace ktimeline;

namespace {

const Tagger& tagger() {
  static const Tagger instance = TaggerBuilder{}.build();
  return instance;
}

std::string timex_of(const DocumentReference& ref) { return ref.time ? ref.time->timex() : "none"; }

const Mention* find_mention(const TaggedDocument& doc, std::string_view text) {
  for (const auto& m : doc.mentions) {
    if (m.text == text) return &m;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("tag_documents: an article without a date reads its days in the collection's month", "[pipeline]") {
  std::vector<SourceDocument> docs{
      {"dated.txt", "입력 2025-02-04 18:05\n회장은 이날 오후 3시 공항에 도착했다.", std::nullopt},
      {"undated.txt", "그는 4일 오전 9시 호텔에서 행사를 열었다. 이어 9시 45분께 회장과 만났다.", std::nullopt}};
  const auto tagged = tag_documents(tagger(), docs, {});
  REQUIRE(tagged.size() == 2);
  CHECK(tagged[0].id == "dated.txt");
  CHECK(tagged[0].reference.source == ReferenceSource::byline);
  const auto* afternoon = find_mention(tagged[0], "이날 오후 3시");
  REQUIRE(afternoon);
  CHECK(afternoon->value.value() == "2025-02-04T15:00");

  CHECK(tagged[1].reference.source == ReferenceSource::collection);
  CHECK(timex_of(tagged[1].reference) == "2025-02");
  const auto* nine = find_mention(tagged[1], "4일 오전 9시");
  REQUIRE(nine);
  CHECK(nine->value.value() == "2025-02-04T09:00");
  const auto* later = find_mention(tagged[1], "9시 45분께");
  REQUIRE(later);
  CHECK(later->value.value() == "2025-02-04T09:45");
  CHECK(later->value.mod == Mod::approx);
  // Spans index the document's own bytes.
  CHECK(tagged[1].text.substr(later->span.begin, later->span.size()) == "9시 45분께");
}

TEST_CASE("tag_documents: a photo caption does not move the body's discourse date", "[pipeline]") {
  const std::string text =
      "손님이 3일 밤 공항을 나서고 있다. 2025.2.3/가상통신 ⓒ 홍길동 기자\n"
      "그는 4일 아침 일정을 시작했다.\n"
      "사진 설명: 3일 오후 전용기에서 내리는 손님. 2025.2.3/가상통신\n"
      "이날 오후 2시께 회의에 들어갔다.";
  const auto tagged = tag_documents(tagger(), {{"c.txt", text, std::nullopt}}, {});
  REQUIRE(tagged.size() == 1);
  CHECK(tagged[0].reference.source == ReferenceSource::caption);
  const auto* after_caption = find_mention(tagged[0], "이날 오후 2시께");
  REQUIRE(after_caption);
  CHECK(after_caption->value.value() == "2025-02-04T14:00");
}

TEST_CASE("tag_documents: --reference serves a document that states none; the JSON record carries it", "[pipeline]") {
  PipelineOptions options;
  options.reference = parse_timex_point("2025-02-04T12:00");
  const auto tagged = tag_documents(tagger(), {{"r.txt", "오후 5시 30분께 떠났다.", std::nullopt}}, options);
  std::string out;
  write_tag_json(out, tagged.at(0));
  CHECK_THAT(out, Catch::StartsWith(R"({"id":"r.txt","reference":{"value":"2025-02-04T12:00","source":"given"},)"));
  CHECK_THAT(out, Catch::Contains(R"("value":"2025-02-04T17:30","mod":"APPROX")"));
  CHECK_THAT(out, Catch::Contains(R"("instant":"2025-02-04T17:30+09:00","zone":"Asia/Seoul")"));
}

TEST_CASE("tag_documents: hostile input never breaks the pipeline", "[pipeline]") {
  std::string hostile("\0\xFF\xFE 4일 \xE3\x80 오후\n\n", 16);
  hostile += std::string(200000, 'a');  // one long line without a break
  hostile += "\n입력 2025-02-04";  // a byline is a line of its own
  const auto tagged = tag_documents(tagger(), {{"h", hostile, std::nullopt}, {"e", "", std::nullopt}}, {});
  REQUIRE(tagged.size() == 2);
  CHECK(tagged[0].reference.source == ReferenceSource::byline);
  for (const auto& m : tagged[0].mentions) CHECK(m.span.end <= hostile.size());
  CHECK(tagged[1].mentions.empty());
  std::string out;
  write_tag_json(out, tagged[0]);
  write_tag_timeml(out, tagged[0]);
  CHECK_FALSE(out.empty());
}
