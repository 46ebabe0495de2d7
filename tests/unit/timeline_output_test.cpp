// The timeline writers: text a person reads (aligned, Korean dates, markers),
// JSON with its evidence, iCalendar and SVG.
#include <catch2/catch.hpp>

#include <sstream>

#include "ktimeline/json_writer.hpp"
#include "ktimeline/timeline_output.hpp"
#include "timeline_fixtures.hpp"

using namespace ktimeline;
using timeline_test::ev;

namespace {

// A short visit told by two outlets that disagree on the departure.
Timeline visit() {
  std::vector<Event> events{
      ev("101_a.txt", 0, EventType::arrive).when("2025-03-10T22:00", "10일 밤 10시께").approx()
          .who({"토마스 베커"}).where("인천국제공항").about("인천국제공항 도착"),
      ev("101_a.txt", 1, EventType::meet).when("2025-03-11T10:00", "11일 오전 10시").lasting("PT1H")
          .who({"토마스 베커", "김도윤"}).where("가상전자 본사").about("김도윤 회장과 면담"),
      ev("101_a.txt", 2, EventType::depart).when("2025-03-11T17:30", "오후 5시 30분께").approx()
          .who({"토마스 베커"}).about("출국"),
      ev("202_b.txt", 0, EventType::depart).when("2025-03-11T18:00", "오후 6시께").approx()
          .who({"토마스 베커"}).about("출국"),
  };
  TimelineOptions options;
  options.entity = "토마스 베커";
  return build_timeline(events, {}, options);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("display width: Hangul and full-width count two columns", "[output][text]") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("2월 4일(화)") == 11);
  CHECK(display_width("ＡＢ") == 4);
  CHECK(display_width("e\xCC\x81") == 1);  // a combining accent takes no column
  CHECK(display_width("\xFF\xFE") == 2);   // invalid bytes still take a column each
}

TEST_CASE("short document ids: the prefix before _ and the extension", "[output][text]") {
  CHECK(short_document_id("003_7efdf92937eddede.txt") == "003");
  CHECK(short_document_id("articles/hanbit_daily.txt") == "hanbit");
  CHECK(short_document_id("plain.txt") == "plain");
  CHECK(short_document_id("stdin") == "stdin");
  CHECK(short_document_id("_odd.txt") == "_odd");
}

TEST_CASE("text timeline: stay on top, Korean dates, ~ for approximate, sources, conflict marker",
          "[output][text]") {
  std::string out;
  write_timeline_text(out, visit());
  INFO(out);
  CHECK(out.rfind("토마스 베커  (Asia/Seoul)\n", 0) == 0);
  CHECK(out.find("머문 시간: 3월 10일(월) 22:00 → 3월 11일(화) 17:30, 19시간 30분") != std::string::npos);
  CHECK(out.find("~22:00") != std::string::npos);
  CHECK(out.find("10:00–11:00") != std::string::npos);
  CHECK(out.find("[101,202]") != std::string::npos);
  CHECK(out.find("! 출국") != std::string::npos);
  CHECK(out.find("! start: 2025-03-11T17:30") != std::string::npos);  // the reason names short ids
  CHECK(out.find("202_b.txt") == std::string::npos);
}

TEST_CASE("text timeline: columns align in display width, Hangul counted double", "[output][text]") {
  std::string out;
  write_timeline_text(out, visit());
  std::vector<std::size_t> source_columns;
  for (const auto& line : lines_of(out)) {
    if (line.rfind("  e", 0) != 0) continue;
    const auto bracket = line.find('[');
    REQUIRE(bracket != std::string::npos);
    source_columns.push_back(display_width(line.substr(0, bracket)));
  }
  REQUIRE(source_columns.size() == 3);
  CHECK(std::adjacent_find(source_columns.begin(), source_columns.end(), std::not_equal_to<>()) ==
        source_columns.end());
}

TEST_CASE("text timeline: an inferred start and bounds are marked with a reason", "[output][text]") {
  std::vector<Event> events{
      ev("a", 0, EventType::meet).when("2025-03-11T10:00").lasting("PT40M").approx().who({"베커"}).about("첫 면담"),
      ev("a", 1, EventType::meet).right_after(0, "곧바로").lasting("PT20M").who({"베커", "박민수"}).about("둘째 면담"),
  };
  TimelineOptions options;
  options.window = WindowMode::all;
  std::string out;
  write_timeline_text(out, build_timeline(events, {}, options));
  INFO(out);
  CHECK(out.find("* 둘째 면담") != std::string::npos);
  CHECK(out.find("~10:40–11:00") != std::string::npos);
  CHECK(out.find("* 시각은 기사에 없음") != std::string::npos);
}

TEST_CASE("timeline JSON: the fields of interface.md and the evidence", "[output][json]") {
  std::string out;
  write_timeline_json(out, visit());
  INFO(out);
  CHECK(out.rfind(R"({"entity":"토마스 베커","timezone":"Asia/Seoul","window":{"mode":"auto","start":"2025-03-10T22:00")",
                  0) == 0);
  CHECK(out.find(R"("duration":"PT19H30M")") != std::string::npos);
  CHECK(out.find(R"("type":"depart","status":"reported","start":"2025-03-11T17:30","end":null,"start_bounds":null)") !=
        std::string::npos);
  CHECK(out.find(R"("conflicts":[{"field":"start","values":["2025-03-11T17:30","2025-03-11T18:00"])") !=
        std::string::npos);
  CHECK(out.find(R"("evidence":{"events":[{"id":"e1","doc":"101_a.txt","index":0,"type":"arrive")") !=
        std::string::npos);
  std::string without;
  write_timeline_json(without, visit(), false);
  CHECK(without.find("evidence") == std::string::npos);
}

TEST_CASE("event JSON: a point its TIMEX3 string cannot give back is kept exactly", "[output][json]") {
  Event e;
  e.doc = "a";
  e.start = TimePoint{date::local_days{date::year{2025} / 3 / 10}, Grain::week, DayPart::morning, true};
  std::string out;
  JsonWriter w(out);
  write_event_json(w, e);
  CHECK(out.find(R"("start":"2025-W11")") != std::string::npos);
  CHECK(out.find(R"("start_exact":[)") != std::string::npos);
  e.start = *parse_timex_point("2025-03-10T14:40");
  out.clear();
  JsonWriter w2(out);
  write_event_json(w2, e);
  CHECK(out.find("start_exact") == std::string::npos);
}

TEST_CASE("event JSON: the document's reference time travels with the evidence", "[output][json]") {
  Event e = ev("a", 0, EventType::meet).who({"갑", "을"}).referenced("2025-03-10T09:30");
  std::string out;
  JsonWriter w(out);
  write_event_json(w, e);
  CHECK(out.find(R"("reference":"2025-03-10T09:30")") != std::string::npos);
  e.reference.reset();
  out.clear();
  JsonWriter w2(out);
  write_event_json(w2, e);
  CHECK(out.find(R"("reference":null)") != std::string::npos);
}

TEST_CASE("iCalendar: UTC times, escaped text, folded lines that never split a character", "[output][ics]") {
  std::string out;
  write_timeline_ics(out, visit());
  INFO(out);
  CHECK(out.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
  CHECK(out.find("DTSTART:20250310T130000Z\r\n") != std::string::npos);  // 22:00 in Seoul
  CHECK(out.find("DTEND:20250311T020000Z\r\n") != std::string::npos);    // 10:00 + 1 h
  CHECK(out.find("LOCATION:가상전자 본사\r\n") != std::string::npos);
  CHECK(out.find("END:VCALENDAR\r\n") != std::string::npos);
  std::size_t begin = 0;
  while (begin < out.size()) {
    const auto end = out.find("\r\n", begin);
    REQUIRE(end != std::string::npos);
    CHECK(end - begin <= 75);
    CHECK(utf8::valid(std::string_view(out).substr(begin, end - begin)));
    begin = end + 2;
  }
}

TEST_CASE("SVG: one row per event, text escaped", "[output][svg]") {
  auto timeline = visit();
  timeline.events.front().summary = "A&B <도착>";
  std::string out;
  write_timeline_svg(out, timeline);
  CHECK(out.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(out.find("A&amp;B &lt;도착&gt;") != std::string::npos);
  CHECK(out.find("</svg>\n") != std::string::npos);
}

TEST_CASE("write_timeline: every format but TimeML", "[output]") {
  const auto timeline = visit();
  for (const auto format : {OutputFormat::text, OutputFormat::json, OutputFormat::jsonl, OutputFormat::svg,
                            OutputFormat::ics}) {
    std::string out;
    write_timeline(out, format, timeline);
    CHECK_FALSE(out.empty());
    CHECK(supports_timeline(format));
  }
  std::string out;
  CHECK_THROWS_AS(write_timeline(out, OutputFormat::timeml, timeline), std::invalid_argument);
  CHECK_FALSE(supports_timeline(OutputFormat::timeml));
}
