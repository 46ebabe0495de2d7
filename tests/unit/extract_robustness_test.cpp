// Bad input never crashes or hangs the extractor.
#include <catch2/catch.hpp>

#include <string>

#include "extract_support.hpp"

using namespace ktimeline;

TEST_CASE("empty, blank and punctuation-only articles give no events", "[extract][robustness]") {
  for (const char* text : {"", " ", "\n\n\n", "“”‘’\"\"''(),.", "다. 다. 다."}) {
    const auto a = extract_test::analyze(text);
    CHECK(a.events.empty());
    CHECK(a.stays.empty());
  }
}

TEST_CASE("invalid UTF-8 and NUL bytes are read around", "[extract][robustness]") {
  std::string text = "최태원 회장은 4일 정신아 대표와 \xFF\xFE 회동했다.";
  text += std::string("\0\0", 2);
  text += "그는 \xED\xA0\x80 오후 \xC3 출국했다. \xE1\x80";
  const auto a = extract_test::analyze(text);
  CHECK(a.events.size() >= 1);
  for (const auto& e : a.events) {
    CHECK(e.sentence_span.end <= a.document.text.size());
  }
}

TEST_CASE("a huge line and unbalanced quotes are read in time, without a crash", "[extract][robustness]") {
  std::string line;
  for (int i = 0; i < 3000; ++i) line += "최태원 회장은 4일 “정신아 대표와 회동했고 이어 ‘김포공항으로 향했다 (";
  const auto a = extract_test::analyze(line);
  CHECK(a.document.text.size() == line.size());
  std::string plain;
  for (int i = 0; i < 3000; ++i) plain += "최태원 회장은 4일 정신아 대표와 회동했고 이어 김포공항으로 이동했으며 ";
  plain += "떠났다.";
  const auto b = extract_test::analyze(plain);
  CHECK(b.events.size() >= 3000);
  for (std::size_t i = 0; i < b.events.size(); ++i) {
    for (const auto& r : b.events[i].relations) CHECK(r.other < i);
  }
}

TEST_CASE("the extractor is const and gives the same analysis twice", "[extract][robustness]") {
  const std::string text = "최태원 회장은 4일 오전 9시 정신아 대표와 회동했다. 이어 그는 공항으로 향했다.";
  const auto a = extract_test::analyze(text);
  const auto b = extract_test::analyze(text);
  REQUIRE(a.events.size() == b.events.size());
  for (std::size_t i = 0; i < a.events.size(); ++i) {
    CHECK(a.events[i].summary == b.events[i].summary);
    CHECK(a.events[i].participants == b.events[i].participants);
  }
}
