// Bad input never crashes or hangs, and every span stays inside the text.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "ktimeline/document.hpp"

using namespace ktimeline;

namespace {

/// Spans are ordered, inside the text, and nested: sentence in line body, body in line.
void check_spans(const Document& doc) {
  const auto size = doc.text.size();
  std::size_t previous_line_end = 0;
  for (const auto& line : doc.lines) {
    REQUIRE(line.span.begin <= line.span.end);
    REQUIRE(line.span.end <= size);
    REQUIRE(line.span.begin >= previous_line_end);
    REQUIRE(line.body_span.begin <= line.body_span.end);
    REQUIRE(line.body_span.begin >= line.span.begin);
    REQUIRE(line.body_span.end <= line.span.end);
    previous_line_end = line.span.end;
  }
  for (const auto& s : doc.sentences) {
    REQUIRE(s.span.begin < s.span.end);
    REQUIRE(s.span.end <= size);
    REQUIRE(s.line < doc.lines.size());
    REQUIRE(s.span.begin >= doc.lines[s.line].body_span.begin);
  }
}

}  // namespace

TEST_CASE("empty and blank texts", "[document][robust]") {
  const auto empty = read_document("e", "");
  CHECK(empty.lines.empty());
  CHECK(empty.sentences.empty());
  CHECK_FALSE(empty.reference);
  const auto blank = read_document("b", "\n\n  \r\n\t\n");
  CHECK(blank.lines.size() == 4);
  for (const auto& line : blank.lines) CHECK(line.kind == LineKind::blank);
}

TEST_CASE("invalid UTF-8 and NUL bytes", "[document][robust]") {
  std::string text = "행사가 열렸다.\xff\xfe 시민이 \xe1\x80 모였다.\n";
  text += std::string("입력 2025-02-04\0 13:20\n", 25);
  text += "\xc0\xaf\xed\xa0\x80 잘린 글자 \xec\x9d\n";
  text += std::string(5, '\0') + "\n";
  const auto doc = read_document("bad", text);
  check_spans(doc);
  CHECK(doc.lines.size() == 4);
  CHECK(doc.lines[0].kind == LineKind::body);
  CHECK(doc.lines[3].kind == LineKind::blank);
}

TEST_CASE("random bytes", "[document][robust]") {
  std::mt19937 rng(12345);
  const std::string alphabet[] = {"다", ".", " ", "\n", "\"", "“", "”", "=", "(", ")", "[", "]", "/", "기자", "ⓒ",
                                  "2025.2.4", "뉴스1", "▶", "카지노", "\xff", "\r", "?", "@", "댓글", "을", "입력 "};
  for (int round = 0; round < 50; ++round) {
    std::string text;
    const int pieces = static_cast<int>(rng() % 400);
    for (int i = 0; i < pieces; ++i) text += alphabet[rng() % (sizeof(alphabet) / sizeof(alphabet[0]))];
    const auto doc = read_document("r", text);
    check_spans(doc);
  }
}

TEST_CASE("a 10 MB single line", "[document][robust][large]") {
  SECTION("many sentences") {
    std::string text;
    while (text.size() < 10'000'000) text += "시민들이 광장에 모였다. 행사는 \"예정대로 열린다\"고 밝혔다. ";
    const auto doc = read_document("big", text);
    REQUIRE(doc.lines.size() == 1);
    CHECK(doc.lines[0].kind == LineKind::body);
    CHECK(doc.sentences.size() > 100'000);
    check_spans(doc);
  }
  SECTION("no punctuation, unbalanced quotes, brackets and bylines everywhere") {
    std::string text;
    while (text.size() < 10'000'000) text += "(서울=뉴스1) “가나다 [연합] /뉴스1 사진= 1 ";
    const auto doc = read_document("big", text);
    REQUIRE(doc.lines.size() == 1);
    check_spans(doc);
  }
}

TEST_CASE("many short lines", "[document][robust][large]") {
  std::string text;
  for (int i = 0; i < 200'000; ++i) text += (i % 3 == 0) ? "\n" : "짧은 줄\n";
  const auto doc = read_document("lines", text);
  CHECK(doc.lines.size() == 200'000);
  check_spans(doc);
}
