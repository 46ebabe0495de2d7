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

TEST_CASE("stated reference: a byline gives the date and the clock time", "[pipeline][reference]") {
  auto ref = stated_reference("제목 한 줄\n홍길동 기자 입력 2025-02-04 13:20 수정 2025-02-05 09:00\n본문이다.");
  CHECK(ref.source == ReferenceSource::byline);
  CHECK(timex_of(ref) == "2025-02-04T13:20");  // a correction time (수정) is not the publication time

  CHECK(timex_of(stated_reference("기사입력 : 2024.12.31. 오후 11:05")) == "2024-12-31T23:05");
  CHECK(timex_of(stated_reference("등록일 2025/03/01")) == "2025-03-01");
  CHECK(timex_of(stated_reference("승인 2025.02.04 18:05:30")) == "2025-02-04T18:05:30");
  CHECK(timex_of(stated_reference("송고시간 없음, 입력 2025년 2월 4일 09:10")) == "2025-02-04T09:10");
  CHECK(timex_of(stated_reference("입력 2025.02.04. 오전 12:30")) == "2025-02-04T00:30");
}

TEST_CASE("stated reference: a photo caption credit gives the date; the latest wins", "[pipeline][reference]") {
  const auto ref = stated_reference(
      "공항에 도착한 손님이 손을 흔들고 있다. 2025.2.3/가상통신 ⓒ 홍길동 기자\n"
      "본문 첫 문단.\n"
      "회담장으로 들어서는 모습. 2025.2.4 /가상통신\n");
  CHECK(ref.source == ReferenceSource::caption);
  CHECK(timex_of(ref) == "2025-02-04");
}

TEST_CASE("stated reference: on the same day a byline beats a caption; a later caption beats a byline",
          "[pipeline][reference]") {
  CHECK(stated_reference("사진 2025.2.4/가상통신\n입력 2025-02-04 18:05").source == ReferenceSource::byline);
  const auto later = stated_reference("입력 2025-02-03 18:05\n사진 2025.2.4/가상통신");
  CHECK(later.source == ReferenceSource::caption);
  CHECK(timex_of(later) == "2025-02-04");
}

TEST_CASE("stated reference: look-alikes are not references", "[pipeline][reference]") {
  CHECK_FALSE(stated_reference(""));
  CHECK_FALSE(stated_reference("4일 오후 2시께 서울에 도착했다."));
  CHECK_FALSE(stated_reference("입력 2025-02-30 10:00"));           // no such day
  CHECK_FALSE(stated_reference("입력값 20250204"));                  // digits, not a date
  CHECK_FALSE(stated_reference("주소 https://example.com/2025/02/04/news"));
  CHECK_FALSE(stated_reference("비율은 2025.2.4/ 이다"));            // nothing credited after the slash
  CHECK_FALSE(stated_reference("입력 0999-01-01"));
  CHECK_FALSE(stated_reference(std::string(5000, '/')));
}

TEST_CASE("own reference: --reference, then the document's own, then the text", "[pipeline][reference]") {
  SourceDocument doc{"a", "입력 2025-02-04 13:20\n본문", parse_timex_point("2025-01-10")};
  PipelineOptions options;
  CHECK(timex_of(own_reference(doc, options)) == "2025-01-10");
  CHECK(own_reference(doc, options).source == ReferenceSource::given);
  options.reference = parse_timex_point("2025-03-01T09:00");
  CHECK(timex_of(own_reference(doc, options)) == "2025-03-01T09:00");
  doc.reference.reset();
  options.reference.reset();
  CHECK(own_reference(doc, options).source == ReferenceSource::byline);
  doc.text = "날짜 없는 글";
  CHECK(own_reference(doc, options).source == ReferenceSource::none);
}

TEST_CASE("collection reference: the latest known reference, at month grain", "[pipeline][reference]") {
  const std::vector<DocumentReference> refs{{parse_timex_point("2025-01-30T10:00"), ReferenceSource::byline},
                                            {},
                                            {parse_timex_point("2025-02-04"), ReferenceSource::caption}};
  const auto ref = collection_reference(refs);
  CHECK(ref.source == ReferenceSource::collection);
  CHECK(timex_of(ref) == "2025-02");
  CHECK(ref.time->grain == Grain::month);
  CHECK_FALSE(collection_reference({{}, {}}));
  CHECK_FALSE(collection_reference({}));
}

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

TEST_CASE("tag_document: a photo caption does not move the body's discourse date", "[pipeline]") {
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

TEST_CASE("tag_document: the record written as JSON carries the pipeline's reference", "[pipeline]") {
  PipelineOptions options;
  options.reference = parse_timex_point("2025-02-04T12:00");
  const auto tagged = tag_documents(tagger(), {{"r.txt", "오후 5시 30분께 떠났다.", std::nullopt}}, options);
  std::string out;
  write_tag_json(out, tagged.at(0));
  CHECK_THAT(out, Catch::StartsWith(R"({"id":"r.txt","reference":{"value":"2025-02-04T12:00","source":"given"},)"));
  CHECK_THAT(out, Catch::Contains(R"("value":"2025-02-04T17:30","mod":"APPROX")"));
  CHECK_THAT(out, Catch::Contains(R"("instant":"2025-02-04T17:30+09:00","zone":"Asia/Seoul")"));
}

TEST_CASE("tag_document: hostile input never breaks the pipeline", "[pipeline]") {
  std::string hostile("\0\xFF\xFE 4일 \xE3\x80 오후\n\n", 16);
  hostile += std::string(200000, 'a');  // one long line without a break
  hostile += "입력 2025-02-04";
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
