// Reading a collection (reference precedence of interface.md), tagging a read
// document, the entity matcher, and analyzed articles to one timeline.
#include <catch2/catch.hpp>

#include "ktimeline/collection.hpp"

using namespace ktimeline;

namespace {

const Gazetteer& gazetteer() {
  static const Gazetteer instance = GazetteerBuilder{}.build();
  return instance;
}

const EventExtractor& extractor() {
  static const EventExtractor instance(gazetteer(), TaggerBuilder{}.build());
  return instance;
}

const char* dated_article =
    "입력 2025-03-11 19:40\n"
    "토마스 베커 가상그룹 회장은 10일 밤 10시께 인천국제공항에 도착했다.\n"
    "베커 회장은 11일 오후 5시 30분께 출국했다.\n";

const char* undated_article = "토마스 베커 가상그룹 회장은 11일 오전 10시 서울 중구에서 김도윤 가상전자 회장과 만났다.\n";

}  // namespace

TEST_CASE("read_source_document: the caller's reference, then the text's, then --reference", "[collection]") {
  PipelineOptions options;
  options.reference = parse_timex_point("2025-06-01");

  const auto from_text = read_source_document({"a", dated_article, std::nullopt}, options);
  CHECK(from_text.reference->timex() == "2025-03-11T19:40");
  CHECK(from_text.reference_source == ReferenceSource::byline);

  const auto given = read_source_document({"b", dated_article, parse_timex_point("2025-03-12")}, options);
  CHECK(given.reference->timex() == "2025-03-12");
  CHECK(given.reference_source == ReferenceSource::given);

  const auto fallback = read_source_document({"c", undated_article, std::nullopt}, options);
  CHECK(fallback.reference->timex() == "2025-06-01");
  CHECK(fallback.reference_source == ReferenceSource::given);
}

TEST_CASE("read_collection: an undated article takes the collection's month", "[collection]") {
  const auto docs = read_collection({{"a", dated_article, std::nullopt}, {"b", undated_article, std::nullopt}}, {});
  REQUIRE(docs.size() == 2);
  CHECK(docs[1].reference->timex() == "2025-03");
  CHECK(docs[1].reference_source == ReferenceSource::collection);
}

TEST_CASE("tag_read_document: mentions resolved against the document's reference", "[collection]") {
  auto doc = read_source_document({"a", dated_article, std::nullopt}, {});
  const auto tagged = tag_read_document(TaggerBuilder{}.build(), std::move(doc), {});
  CHECK(tagged.id == "a");
  CHECK(tagged.reference.source == ReferenceSource::byline);
  REQUIRE(tagged.mentions.size() >= 2);
  CHECK(tagged.mentions[0].value.value() == "2025-03-11T19:40");  // the byline itself
  CHECK(tagged.mentions[1].value.value() == "2025-03-10T22:00");
}

TEST_CASE("EntityMatcher: aliases, romanization and last names of gazetteer people", "[collection][entity]") {
  EntityMatcher by_last_name("올트먼", gazetteer());
  CHECK(by_last_name.display_name() == "샘 올트먼");
  CHECK(by_last_name("샘 올트먼"));
  CHECK_FALSE(by_last_name("최태원"));

  EntityMatcher romanized("Sam Altman", gazetteer());
  CHECK(romanized.display_name() == "샘 올트먼");
  CHECK(romanized("샘 올트먼"));

  EntityMatcher variant("알트먼", gazetteer());
  CHECK(variant("샘 올트먼"));
}

TEST_CASE("EntityMatcher: a person the gazetteer does not know, through the articles", "[collection][entity]") {
  EntityMatcher matcher("베커", gazetteer());
  CHECK(matcher.display_name() == "베커");
  auto analysis = extractor().analyze(read_document("a", dated_article), Context{});
  matcher.learn(analysis.entities);
  CHECK(matcher.display_name() == "토마스 베커");
  CHECK(matcher("토마스 베커"));
  CHECK_FALSE(matcher("김도윤"));
}

TEST_CASE("EntityMatcher: remembered verdicts answer alike, in copies and after learning", "[collection][entity]") {
  EntityMatcher matcher("베커", gazetteer());
  const bool before = matcher("토마스 베커");
  CHECK(matcher("토마스 베커") == before);  // the second answer comes from the memo
  CHECK_FALSE(matcher("김도윤"));
  CHECK_FALSE(matcher("김도윤"));
  auto analysis = extractor().analyze(read_document("a", dated_article), Context{});
  matcher.learn(analysis.entities);  // forgets the verdicts: learned names may turn them
  CHECK(matcher("토마스 베커"));
  const EntityMatcher copy = matcher;
  CHECK(copy("토마스 베커"));
  CHECK_FALSE(copy("김도윤"));
}

TEST_CASE("EntityMatcher: an empty query matches everyone", "[collection][entity]") {
  EntityMatcher everyone("", gazetteer());
  CHECK(everyone("아무개"));
  CHECK(everyone.display_name().empty());
}

TEST_CASE("timeline_of_articles: the entity's stay from two articles", "[collection][timeline]") {
  std::vector<ArticleAnalysis> analyses;
  for (auto& doc : read_collection({{"a", dated_article, std::nullopt}, {"b", undated_article, std::nullopt}}, {})) {
    analyses.push_back(extractor().analyze(std::move(doc), Context{}));
  }
  TimelineRequest request;
  request.entity = "베커";
  const auto t = timeline_of_articles(analyses, gazetteer(), request);
  CHECK(t.entity == "토마스 베커");
  REQUIRE(t.window.start);
  CHECK(t.window.start->timex() == "2025-03-10T22:00");
  CHECK(t.window.end->timex() == "2025-03-11T17:30");
  REQUIRE(t.events.size() == 3);
  CHECK(t.events[1].type == EventType::meet);
  CHECK(t.events[1].start->timex() == "2025-03-11T10:00");
}
