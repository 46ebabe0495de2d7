// Format names, framing of a sequence of documents, and the text table.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include "ktimeline/output.hpp"

using namespace ktimeline;

TEST_CASE("output formats: names round-trip; tag output only in text, json, jsonl, timeml", "[output]") {
  for (const auto* name : {"text", "json", "jsonl", "timeml", "svg", "ics"}) {
    const auto format = parse_output_format(name);
    REQUIRE(format);
    CHECK(std::string(to_string(*format)) == name);
  }
  CHECK_FALSE(parse_output_format("xml"));
  CHECK_FALSE(parse_output_format(""));
  CHECK(supports_tagged(OutputFormat::timeml));
  CHECK_FALSE(supports_tagged(OutputFormat::svg));
  CHECK_FALSE(supports_tagged(OutputFormat::ics));
  std::string out;
  CHECK_THROWS_AS(write_tagged(out, OutputFormat::ics, TaggedDocument{}), std::invalid_argument);
}

TEST_CASE("output framing: a JSON array of records, JSON lines one per line", "[output]") {
  TaggedDocument a;
  a.id = "a";
  TaggedDocument b;
  b.id = "b";
  auto write_all = [&](OutputFormat format) {
    const auto framing = tagged_framing(format, 2);
    std::string out(framing.before);
    write_tagged(out, format, a);
    out += framing.between;
    write_tagged(out, format, b);
    out += framing.after;
    return out;
  };
  const std::string record_a = R"({"id":"a","reference":{"value":null,"source":"none"},"mentions":[]})";
  const std::string record_b = R"({"id":"b","reference":{"value":null,"source":"none"},"mentions":[]})";
  CHECK(write_all(OutputFormat::json) == "[" + record_a + ",\n" + record_b + "]\n");
  CHECK(write_all(OutputFormat::jsonl) == record_a + "\n" + record_b + "\n");
  const auto empty = tagged_framing(OutputFormat::json, 0);
  CHECK(std::string(empty.before) + std::string(empty.after) == "[]\n");
}

TEST_CASE("output framing: one TimeML document alone, several under one root", "[output]") {
  const auto one = tagged_framing(OutputFormat::timeml, 1);
  CHECK(std::string(one.before) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  CHECK(one.after.empty());
  const auto many = tagged_framing(OutputFormat::timeml, 3);
  CHECK_THAT(std::string(many.before), Catch::EndsWith("<TimeMLCollection>\n"));
  CHECK(std::string(many.after) == "</TimeMLCollection>\n");
}

TEST_CASE("text table: header with the reference, one line per mention", "[output]") {
  TaggedDocument doc;
  doc.id = "news.txt";
  doc.reference = {parse_timex_point("2025-02"), ReferenceSource::collection};
  Mention m;
  m.span = {10, 24};
  m.text = "오후\n2시께";
  m.value.type = TimexType::time;
  m.value.mod = Mod::approx;
  m.value.point = *parse_timex_point("2025-02-04T14:00");
  m.rule = "clock.meridiem_hour";
  m.anchor = "discourse date 2025-02-04";
  doc.mentions.push_back(m);
  std::string out;
  write_tag_text(out, doc);
  CHECK_THAT(out, Catch::StartsWith("# news.txt  (reference 2025-02, collection)\n"));
  CHECK_THAT(out, Catch::Contains("10-24"));
  CHECK_THAT(out, Catch::Contains("TIME     2025-02-04T14:00"));
  CHECK_THAT(out, Catch::Contains("APPROX    오후 2시께  [clock.meridiem_hour; discourse date 2025-02-04]\n"));

  TaggedDocument empty;
  empty.id = "e";
  std::string none;
  write_tag_text(none, empty);
  CHECK(none == "# e  (no reference time)\n  no time mentions\n");
}
