// Bad input never crashes the tagger, and every span it returns is valid.
#include <catch2/catch.hpp>

#include <random>

#include "ktimeline/error.hpp"
#include "ktimeline/tagger.hpp"

using namespace ktimeline;

namespace {

const Tagger& tagger() {
  static const Tagger instance = TaggerBuilder{}.build();
  return instance;
}

Context news_context() {
  Context ctx;
  ctx.reference = parse_timex_point("2025-02-04T13:20");
  return ctx;
}

void check_spans(std::string_view text, const std::vector<Mention>& mentions) {
  std::size_t previous_end = 0;
  for (const auto& m : mentions) {
    REQUIRE(m.span.begin < m.span.end);
    REQUIRE(m.span.end <= text.size());
    REQUIRE(m.span.begin >= previous_end);  // in order, never overlapping
    REQUIRE(m.text == text.substr(m.span.begin, m.span.size()));
    previous_end = m.span.end;
  }
}

}  // namespace

TEST_CASE("empty and whitespace-only input give no mention", "[tagger][robustness]") {
  CHECK(tagger().tag("", news_context()).empty());
  CHECK(tagger().tag("   \n\n\t ", news_context()).empty());
}

TEST_CASE("invalid UTF-8 around a mention leaves the mention intact", "[tagger][robustness]") {
  const std::string text = std::string("\xff\xfe 그는 4일 오후 2시께 \xc3 도착했다 \xed\xa0\x80");
  const auto mentions = tagger().tag(text, news_context());
  check_spans(text, mentions);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].value.value() == "2025-02-04T14:00");
}

TEST_CASE("NUL bytes are ordinary separators", "[tagger][robustness]") {
  std::string text = "그는 4일";
  text += '\0';
  text += "오후 3시 만났다";
  const auto mentions = tagger().tag(text, news_context());
  check_spans(text, mentions);
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].text == "4일");
  CHECK(mentions[1].value.value() == "2025-02-04T15:00");
}

TEST_CASE("a truncated multi-byte sequence at the very end is harmless", "[tagger][robustness]") {
  for (const std::string tail : {"\xea", "\xea\xb0", "\xec\x9d", "4", "4일 오"}) {
    const std::string text = "회의는 오전 9시" + tail;
    const auto mentions = tagger().tag(text, news_context());
    check_spans(text, mentions);
  }
}

TEST_CASE("random bytes never crash and give valid spans", "[tagger][robustness]") {
  std::mt19937 random(20250204);
  const std::string alphabet[] = {"4", "일", "오후", " ", "시", "\xff", "\0", "~", "부터", "까지", "(", ")", "약",
                                  "분", "께", ".", "2025", "년", "월", "전날", "\xed", "이날", "밤", "\n"};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int pieces = static_cast<int>(random() % 40);
    for (int i = 0; i < pieces; ++i) text += alphabet[random() % std::size(alphabet)];
    check_spans(text, tagger().tag(text, news_context()));
  }
}

TEST_CASE("a long single line with many mentions is tagged whole", "[tagger][robustness]") {
  // One INTERVAL mention per sentence: 4일 오후 2시 40분께부터 약 2시간.
  std::string sentence = "그는 4일 오후 2시 40분께부터 약 2시간 회의를 했고 ";
  std::string text;
  while (text.size() < 4'000'000) text += sentence;
  const auto mentions = tagger().tag(text, news_context());
  check_spans(text, mentions);
  CHECK(mentions.size() == text.size() / sentence.size());
  CHECK(mentions.back().value.type == TimexType::interval);
}

TEST_CASE("without a reference time dates keep their unknown parts", "[tagger][robustness]") {
  const auto mentions = tagger().tag("그는 4일 만났고 4일 오후 3시 다시 만났다. 5시에 헤어졌다", Context{});
  REQUIRE(mentions.size() == 3);
  CHECK(mentions[0].value.value() == "XXXX-XX-04");
  CHECK(mentions[1].value.value() == "XXXX-XX-04T15:00");
  CHECK(mentions[2].value.value() == "XXXX-XX-XXT17:00");
}

TEST_CASE("an unknown time zone gives values without instants, not a failure", "[tagger][robustness]") {
  Context ctx = news_context();
  ctx.timezone = "Mars/Olympus_Mons";
  const auto mentions = tagger().tag("오후 3시에 만났다", ctx);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].value.value() == "2025-02-04T15:00");
  CHECK_FALSE(mentions[0].value.instant.has_value());
}

TEST_CASE("a user lexicon extends the tagger, and a malformed row names its line", "[tagger][robustness]") {
  // 한낮 is not bundled; a user table makes it a midday word.
  const auto extended = TaggerBuilder{}.add_lexicon("# mine\n한낮\tdaypart\tmidday\tclock.daypart\r\n", "mine.tsv").build();
  const auto found = extended.tag("그는 4일 한낮 도착했다.", news_context());
  REQUIRE(found.size() == 1);
  CHECK(found.front().value.value() == "2025-02-04TMI");

  const auto fails_with = [](std::string_view tsv, std::string_view needle) {
    try {
      (void)TaggerBuilder{}.add_lexicon(tsv, "mine.tsv").build();
      FAIL("no TableError for: " << tsv);
    } catch (const TableError& e) {
      CHECK_THAT(e.what(), Catch::Contains("mine.tsv") && Catch::Contains(std::string(needle)));
    }
  };
  fails_with("# header\n한낮\tdaypart\tmidday\n", "4 tab-separated columns");
  fails_with("한낮\tdaypart\tmidday\tclock.daypart\textra\n", "4 tab-separated columns");
  fails_with("한낮\tnoon\tmidday\tclock.daypart\n", "unknown category");
  fails_with("하루\trelday\tone\tdate.relative_day\n", "integer");
  // A holiday's value is read by position: a malformed one must fail at load, not at a match.
  fails_with("단오\tholiday\tL5-5\tdate.lunar_holiday\n", "holiday row");
  fails_with("단오\tholiday\tL05-05/x\tdate.lunar_holiday\n", "holiday row");
  fails_with("단오\tholiday\t\tdate.lunar_holiday\n", "holiday row");
}

TEST_CASE("a user's lunar holiday resolves through the bundled calendar, and only within it", "[tagger][robustness]") {
  // 단오 is not bundled; the calendar table covers 설날, 부처님오신날 and 추석 only,
  // so a lunar 05-05 stays unresolved rather than being guessed.
  const auto extended = TaggerBuilder{}.add_lexicon("정월\tholiday\tL01-01\tdate.lunar_holiday\n단오\tholiday\tL05-05\tdate.lunar_holiday\n", "mine.tsv").build();
  const auto first = extended.tag("가족은 정월에 모였다.", news_context());
  REQUIRE(first.size() == 1);
  CHECK(first.front().value.value() == "2025-01-29");
  const auto other = extended.tag("가족은 단오에 모였다.", news_context());
  REQUIRE(other.size() == 1);
  CHECK(other.front().value.value() == "XXXX-XX-XX");
}
