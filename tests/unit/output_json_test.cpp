// The JSON writer and the `tag` JSON record.
#include <catch2/catch.hpp>

#include "ktimeline/json_writer.hpp"
#include "ktimeline/output.hpp"

using namespace ktimeline;

namespace {

std::string quoted(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

Mention clock_mention() {
  Mention m;
  m.span = {0, 25};
  m.text = "4일 오후 2시 40분께";
  m.value.type = TimexType::time;
  m.value.mod = Mod::approx;
  m.value.point = TimePoint::at_minute(date::local_days{date::year{2025} / 2 / 4} + std::chrono::hours{14} +
                                       std::chrono::minutes{40});
  m.rule = "time.date_clock";
  m.anchor = "reference date 2025-02-04";
  return m;
}

}  // namespace

TEST_CASE("json strings: quotes, backslashes and control characters are escaped", "[output][json]") {
  CHECK(quoted("plain") == R"("plain")");
  CHECK(quoted("say \"hi\"") == R"("say \"hi\"")");
  CHECK(quoted("C:\\dir") == R"("C:\\dir")");
  CHECK(quoted("a\nb\tc\rd") == R"("a\nb\tc\rd")");
  CHECK(quoted("\b\f") == R"("\b\f")");
  CHECK(quoted(std::string_view("x\0y", 3)) == R"("x\u0000y")");
  CHECK(quoted("\x01\x1f") == R"("\u0001\u001f")");
}

TEST_CASE("json strings: Korean text stays UTF-8, invalid bytes become U+FFFD", "[output][json]") {
  CHECK(quoted("오후 2시") == "\"오후 2시\"");
  CHECK(quoted("a\xFF" "b") == "\"a\xEF\xBF\xBD" "b\"");
  CHECK(quoted("\xC0\xAF") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");       // overlong encoding
  CHECK(quoted("\xEC\x98") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");       // 오 cut short at the end
  CHECK(quoted("\xED\xA0\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // a surrogate
  CHECK(quoted("\xEF\xBF\xBD") == "\"\xEF\xBF\xBD\"");               // a real U+FFFD stays
  CHECK(quoted("\xE2\x80\xA8") == R"("\u2028")");                     // line separator
}

TEST_CASE("json writer: commas, nesting, numbers, null and booleans", "[output][json]") {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("a").value(1);
  w.key("b").begin_array().value(std::uint64_t{18446744073709551615u}).value(std::int64_t{-5}).null().end_array();
  w.key("c").begin_object().end_object();
  w.key("d").value(true).key("e").value(false);
  w.key("f").begin_array().begin_object().key("g").value("h").end_object().begin_array().end_array().end_array();
  w.end_object();
  CHECK(out == R"({"a":1,"b":[18446744073709551615,-5,null],"c":{},"d":true,"e":false,"f":[{"g":"h"},[]]})");
}

TEST_CASE("tag json: the interface.md record, keys in order, mod null when none", "[output][json]") {
  TaggedDocument doc;
  doc.id = "a1.txt";
  doc.text = "4일 오후 2시 40분께 도착했다. 약 2시간.";
  doc.reference = {parse_timex_point("2025-02-04"), ReferenceSource::byline};
  doc.mentions.push_back(clock_mention());
  Mention duration;
  duration.span = {40, 51};
  duration.text = "약 2시간";
  duration.value.type = TimexType::duration;
  duration.value.duration.hours = 2;
  duration.value.zone = "Asia/Seoul";  // the collection's zone on a duration is not written
  duration.rule = "duration.units";
  duration.anchor = "none";
  doc.mentions.push_back(duration);
  std::string out;
  write_tag_json(out, doc);
  CHECK(out ==
        R"({"id":"a1.txt","reference":{"value":"2025-02-04","source":"byline"},"mentions":[)"
        R"({"text":"4일 오후 2시 40분께","begin":0,"end":25,"type":"TIME","value":"2025-02-04T14:40","mod":"APPROX",)"
        R"("rule":"time.date_clock","anchor":"reference date 2025-02-04"},)"
        R"({"text":"약 2시간","begin":40,"end":51,"type":"DURATION","value":"PT2H","mod":null,)"
        R"("rule":"duration.units","anchor":"none"}]})");
}

TEST_CASE("tag json: no reference gives value null and source none", "[output][json]") {
  TaggedDocument doc;
  doc.id = "x";
  std::string out;
  write_tag_json(out, doc);
  CHECK(out == R"({"id":"x","reference":{"value":null,"source":"none"},"mentions":[]})");
}

TEST_CASE("tag json: instant in the collection's zone, zone and freq only when present", "[output][json]") {
  TaggedDocument doc;
  doc.id = "dc";
  auto m = clock_mention();
  m.value.zone = "America/New_York";
  // 14:40 in Washington on 4 Feb 2025 is 19:40 UTC, 04:40 the next day in Seoul.
  m.value.instant = date::sys_days{date::year{2025} / 2 / 4} + std::chrono::hours{19} + std::chrono::minutes{40};
  doc.mentions.push_back(m);
  Mention set;
  set.text = "하루 세 번";
  set.value.type = TimexType::set;
  set.value.set_value = "P1D";
  set.value.frequency = 3;
  doc.mentions.push_back(set);
  std::string out;
  write_tag_json(out, doc);
  CHECK_THAT(out, Catch::Contains(R"("instant":"2025-02-05T04:40+09:00","zone":"America/New_York"})"));
  CHECK_THAT(out, Catch::Contains(R"("value":"P1D","mod":null,"rule":"","anchor":"","freq":3})"));

  std::string utc;
  OutputOptions options;
  options.timezone = "Not/AZone";
  write_tag_json(utc, doc, options);
  CHECK_THAT(utc, Catch::Contains(R"("instant":"2025-02-04T19:40Z")"));
}

TEST_CASE("tag json: a zone other than the collection's is written even without an instant", "[output][json]") {
  TaggedDocument doc;
  auto m = clock_mention();
  m.value.zone = "Europe/Paris";
  doc.mentions.push_back(m);
  std::string out;
  write_tag_json(out, doc);
  CHECK_THAT(out, Catch::Contains(R"("anchor":"reference date 2025-02-04","zone":"Europe/Paris"})"));
  CHECK_THAT(out, !Catch::Contains("instant"));
}

TEST_CASE("tag json: any bytes in id and text still give one valid line", "[output][json]") {
  TaggedDocument doc;
  doc.id = "we\"ird\n\xFF.txt";
  Mention m = clock_mention();
  m.text = std::string("\x00\xFE", 2);
  doc.mentions.push_back(m);
  std::string out;
  write_tag_json(out, doc);
  CHECK_THAT(out, Catch::StartsWith(R"({"id":"we\"ird\n)" "\xEF\xBF\xBD" R"(.txt")"));
  CHECK_THAT(out, Catch::Contains(R"("text":"\u0000)" "\xEF\xBF\xBD\""));
  CHECK(out.find('\n') == std::string::npos);
}
