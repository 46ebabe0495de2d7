// The document tables and the phrase matcher under them (internal pieces).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "../../lib/src/document_lexicon.hpp"
#include "../../lib/src/phrase_matcher.hpp"
#include "ktimeline/error.hpp"

using namespace ktimeline;
using namespace ktimeline::detail;

TEST_CASE("the phrase matcher finds every occurrence, overlapping ones too", "[document][matcher]") {
  PhraseMatcher::Builder builder;
  builder.add("카지노", 1);
  builder.add("노", 2);
  builder.add("Copyright", 3);
  builder.add("", 4);  // ignored
  const auto m = builder.build();
  std::vector<std::pair<std::string, std::uint32_t>> hits;
  const std::string text = "소닉카지노 COPYRIGHT 노";
  m.scan(text, [&](PhraseMatcher::Hit h) { hits.emplace_back(text.substr(h.begin, h.end - h.begin), h.id); });
  const std::vector<std::pair<std::string, std::uint32_t>> expected{
      {"카지노", 1}, {"노", 2}, {"COPYRIGHT", 3}, {"노", 2}};
  CHECK(hits == expected);

  const auto empty = PhraseMatcher::Builder{}.build();
  int count = 0;
  empty.scan("아무 글", [&](PhraseMatcher::Hit) { ++count; });
  CHECK(count == 0);
}

TEST_CASE("the bundled tables load", "[document][lexicon]") {
  const auto& lex = DocumentLexicon::bundled();
  CHECK(lex.is_outlet("뉴스1"));
  CHECK(lex.is_outlet("news1"));
  CHECK(lex.is_outlet("한빛경제신문"));
  CHECK_FALSE(lex.is_outlet("서울"));
  CHECK_FALSE(lex.is_outlet("뉴스"));
  CHECK(lex.is_abbreviation("Inc"));
  CHECK(lex.is_abbreviation("U"));
  CHECK_FALSE(lex.is_abbreviation("AI"));
  CHECK(lex.ends_with_reporter_title("홍길동기자"));
  CHECK_FALSE(lex.ends_with_reporter_title("기자회견"));
}

TEST_CASE("a malformed table names its file and line", "[document][lexicon]") {
  const std::string good_outlets = "# name\thow\n뉴스1\texact\n";
  const std::string labels = "입력\tpublished\n";
  const std::string abbreviations = "Inc\n";
  try {
    DocumentLexicon::from_tables("# header\n공유하기\tfurniture\t40\n카지노\tgamble\t*\n", good_outlets, labels,
                                 abbreviations);
    FAIL("no exception");
  } catch (const TableError& e) {
    CHECK(e.source() == "document_markers.tsv");
    CHECK(e.line() == 3);
  }
  CHECK_THROWS_AS(DocumentLexicon::from_tables("공유하기\tfurniture\tmany\n", good_outlets, labels, abbreviations),
                  TableError);
  CHECK_THROWS_AS(DocumentLexicon::from_tables("", "뉴스1\tsometimes\n", labels, abbreviations), TableError);
  CHECK_THROWS_AS(DocumentLexicon::from_tables("", good_outlets, "입력\tfirst\n", abbreviations), TableError);
  CHECK_NOTHROW(DocumentLexicon::from_tables("공유하기\tfurniture\t40\r\n", good_outlets, labels, abbreviations));
}
