// The reference (publication) time: bylines, captions, the caller, the collection.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ktimeline/document.hpp"

using namespace ktimeline;

namespace {

const std::string body = "\n시청 앞 광장에서 행사가 열렸다. 시민 수천 명이 모였다.\n";

std::string value_of(const Document& doc) { return doc.reference ? doc.reference->timex() : "none"; }

}  // namespace

TEST_CASE("bylines state the reference time", "[document][reference]") {
  struct Case {
    const char* byline;
    const char* value;
  };
  const Case cases[] = {
      {"입력 2025-02-04 13:20", "2025-02-04T13:20"},
      {"기사입력 2025.10.01. 오후 3:41", "2025-10-01T15:41"},
      {"송고시간 2025/10/01 20:14", "2025-10-01T20:14"},
      {"수정 2025.02.04 14:21", "2025-02-04T14:21"},
      {"등록 2025-02-04", "2025-02-04"},
      {"입력 2025.03.02 오전 12:05", "2025-03-02T00:05"},
      {"입력 : 2025년 3월 2일 08:30", "2025-03-02T08:30"},
      {"입력 2025.03.02(일) 08:30", "2025-03-02T08:30"},
      {"입력 2025-02-04 13:20 수정 2025-02-05 09:00", "2025-02-04T13:20"},
      {"최종수정 2025-02-05 09:00 | 입력 2025-02-04 13:20", "2025-02-04T13:20"},
  };
  for (const auto& c : cases) {
    INFO(c.byline);
    const auto doc = read_document("t", std::string("광장 행사에 시민 몰려\n") + c.byline + body);
    CHECK(doc.lines[1].kind == LineKind::byline);
    CHECK(value_of(doc) == c.value);
    CHECK(doc.reference_source == ReferenceSource::byline);
  }
}

TEST_CASE("a minute-grain reference when a clock time is given, day grain otherwise", "[document][reference]") {
  const auto minute = read_document("t", "입력 2025-02-04 13:20" + body);
  REQUIRE(minute.reference);
  CHECK(minute.reference->grain == Grain::minute);
  const auto day = read_document("t", "등록 2025-02-04" + body);
  REQUIRE(day.reference);
  CHECK(day.reference->grain == Grain::day);
}

TEST_CASE("without a byline, the latest caption date", "[document][reference]") {
  const auto doc = read_document("t",
                                 "광장 행사에 시민 몰려\n"
                                 "시민들이 광장에 모여 있다. 2025.2.4/뉴스1 ⓒ News1 김하늘 기자\n" +
                                     body +
                                     "행사 전날 무대를 설치하고 있다. 2025.2.3/뉴스1\n"
                                     "행사 준비 모습. 2025.2.2 ⓒ News1\n");
  CHECK(value_of(doc) == "2025-02-04");
  CHECK(doc.reference_source == ReferenceSource::caption);
}

TEST_CASE("a byline wins over captions, the caller over both", "[document][reference]") {
  const std::string page = "입력 2025-02-05 06:00\n시민들이 광장에 모여 있다. 2025.2.4/뉴스1\n" + body;
  const auto doc = read_document("t", page);
  CHECK(value_of(doc) == "2025-02-05T06:00");
  CHECK(doc.reference_source == ReferenceSource::byline);

  DocumentOptions options;
  options.reference = parse_timex_point("2025-03-01T12:00");
  const auto given = read_document("t", page, options);
  CHECK(value_of(given) == "2025-03-01T12:00");
  CHECK(given.reference_source == ReferenceSource::given);
}

TEST_CASE("dates in the text or in lists are not the reference", "[document][reference]") {
  const auto doc = read_document("t",
                                 "광장 행사에 시민 몰려" + body +
                                     "행사는 2025년 2월 4일 처음 열렸다.\n"
                                     "관련기사\n"
                                     "2025.01.30\n");
  CHECK_FALSE(doc.reference);
  CHECK(doc.reference_source == ReferenceSource::none);
}

TEST_CASE("a byline without a year", "[document][reference]") {
  SECTION("takes the year from the captions") {
    const auto doc = read_document("t", "송고시간 10/01 20:14\n시민들이 모여 있다. 2025.9.30/연합뉴스\n" + body);
    CHECK(value_of(doc) == "2025-10-01T20:14");
    CHECK(doc.reference_source == ReferenceSource::byline);
  }
  SECTION("or waits for the collection") {
    std::vector<Document> docs;
    docs.push_back(read_document("a", "송고시간 10/01 20:14" + body));
    docs.push_back(read_document("b", "입력 2025-09-30 18:00" + body));
    CHECK_FALSE(docs[0].reference);
    REQUIRE(docs[0].yearless_reference);
    CHECK(docs[0].yearless_reference->month == 10);
    CHECK(docs[0].yearless_reference->day == 1);
    CHECK(docs[0].yearless_reference->time_of_day == std::chrono::minutes{20 * 60 + 14});
    fill_collection_references(docs);
    CHECK(value_of(docs[0]) == "2025-10-01T20:14");
    CHECK(docs[0].reference_source == ReferenceSource::byline);
    CHECK_FALSE(docs[0].yearless_reference);
  }
  SECTION("a year boundary: late December against early January") {
    std::vector<Document> docs;
    docs.push_back(read_document("a", "송고시간 12/31 23:50" + body));
    docs.push_back(read_document("b", "입력 2026-01-01 09:00" + body));
    fill_collection_references(docs);
    CHECK(value_of(docs[0]) == "2025-12-31T23:50");
  }
}

TEST_CASE("the collection gives its latest month to documents without a reference", "[document][reference]") {
  std::vector<Document> docs;
  docs.push_back(read_document("a", "광장 행사" + body));
  docs.push_back(read_document("b", "입력 2025-02-04 13:20" + body));
  docs.push_back(read_document("c", "시민들이 모여 있다. 2025.1.20/뉴스1\n" + body));
  docs.push_back(read_document("d", "광장 행사" + body));
  fill_collection_references(docs);
  CHECK(value_of(docs[0]) == "2025-02");
  CHECK(docs[0].reference->grain == Grain::month);
  CHECK(docs[0].reference_source == ReferenceSource::collection);
  CHECK(value_of(docs[1]) == "2025-02-04T13:20");
  CHECK(docs[1].reference_source == ReferenceSource::byline);
  CHECK(value_of(docs[2]) == "2025-01-20");
  CHECK(docs[2].reference_source == ReferenceSource::caption);
  CHECK(value_of(docs[3]) == "2025-02");
}

TEST_CASE("the collection's reference is the latest among the others", "[document][reference]") {
  std::vector<Document> docs;
  docs.push_back(read_document("a", "입력 2025-03-01 10:00" + body));
  docs.push_back(read_document("b", "광장 행사" + body));
  fill_collection_references(docs);
  CHECK(value_of(docs[1]) == "2025-03");

  std::vector<Document> alone;
  alone.push_back(read_document("a", "광장 행사" + body));
  fill_collection_references(alone);
  CHECK_FALSE(alone[0].reference);
  CHECK(alone[0].reference_source == ReferenceSource::none);
}
