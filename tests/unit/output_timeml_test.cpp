// The TimeML writer: mentions inline as TIMEX3, everything else escaped.
#include <catch2/catch.hpp>

#include "ktimeline/output.hpp"

using namespace ktimeline;

namespace {

std::string escaped(std::string_view s, bool attribute) {
  std::string out;
  append_xml_escaped(out, s, attribute);
  return out;
}

Mention mention(ByteSpan span, std::string_view text, TimexType type, const char* value, Mod mod = Mod::none) {
  Mention m;
  m.span = span;
  m.text = std::string(text.substr(span.begin, span.size()));
  m.value.type = type;
  m.value.mod = mod;
  if (auto p = parse_timex_point(value)) {
    m.value.point = *p;
  } else {
    m.value.unresolved = value;
  }
  return m;
}

}  // namespace

TEST_CASE("xml escaping: markup characters, quotes only in attributes", "[output][timeml]") {
  CHECK(escaped("a<b>&c\"d", false) == "a&lt;b&gt;&amp;c\"d");
  CHECK(escaped("a<b>&c\"d", true) == "a&lt;b&gt;&amp;c&quot;d");
  CHECK(escaped("한국어 그대로", false) == "한국어 그대로");
}

TEST_CASE("xml escaping: characters XML forbids become U+FFFD", "[output][timeml]") {
  CHECK(escaped(std::string_view("a\0b", 3), false) == "a\xEF\xBF\xBD" "b");
  CHECK(escaped("\x01\x1F", false) == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(escaped("\xFF", false) == "\xEF\xBF\xBD");
  CHECK(escaped("\xEF\xBF\xBF", false) == "\xEF\xBF\xBD");  // U+FFFF
  CHECK(escaped("a\nb\tc", false) == "a\nb\tc");
  CHECK(escaped("a\nb", true) == "a&#10;b");
}

TEST_CASE("timeml: DCT, inline TIMEX3 with tid, type, value and mod", "[output][timeml]") {
  TaggedDocument doc;
  doc.id = "a&b.txt";
  doc.text = "<속보> 4일 오후 2시께 도착. 약 2시간 회동.";
  doc.reference = {parse_timex_point("2025-02-04T13:20"), ReferenceSource::byline};
  const auto first = doc.text.find("4일");
  const auto first_end = doc.text.find(" 도착");
  doc.mentions.push_back(mention({first, first_end}, doc.text, TimexType::time, "2025-02-04T14:00", Mod::approx));
  const auto second = doc.text.find("약");
  const auto second_end = doc.text.find(" 회동");
  auto duration = mention({second, second_end}, doc.text, TimexType::duration, "", Mod::approx);
  duration.value.duration.hours = 2;
  duration.value.unresolved.clear();
  doc.mentions.push_back(duration);
  std::string out;
  write_tag_timeml(out, doc);
  CHECK(out ==
        "<TimeML>\n<DOCID>a&amp;b.txt</DOCID>\n"
        "<DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"2025-02-04T13:20\" functionInDocument=\"CREATION_TIME\">"
        "2025-02-04T13:20</TIMEX3></DCT>\n"
        "<TEXT>&lt;속보&gt; <TIMEX3 tid=\"t1\" type=\"TIME\" value=\"2025-02-04T14:00\" mod=\"APPROX\">4일 오후 2시께</TIMEX3>"
        " 도착. <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"PT2H\" mod=\"APPROX\">약 2시간</TIMEX3> 회동.</TEXT>\n"
        "</TimeML>");
}

TEST_CASE("timeml: no DCT without a reference; bad or overlapping spans are skipped", "[output][timeml]") {
  TaggedDocument doc;
  doc.id = "b";
  doc.text = "3일 오후";
  doc.mentions.push_back(mention({0, 4}, doc.text, TimexType::date, "XXXX-XX-03"));
  doc.mentions.push_back(mention({2, 11}, doc.text, TimexType::time, "XXXX-XX-03TAF"));  // overlaps the first
  Mention outside;
  outside.span = {5, 400};
  doc.mentions.push_back(outside);
  std::string out;
  write_tag_timeml(out, doc);
  CHECK(out == "<TimeML>\n<DOCID>b</DOCID>\n<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"XXXX-XX-03\">3일</TIMEX3>"
               " 오후</TEXT>\n</TimeML>");
}
