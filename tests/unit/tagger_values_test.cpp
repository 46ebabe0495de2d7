// Parts of a value that the corpus rows do not show: frequencies, zones and
// instants, the two phases called separately, rule ids and anchors.
#include <catch2/catch.hpp>
#include <date/date.h>

#include "ktimeline/tagger.hpp"

using namespace ktimeline;

namespace {

const Tagger& tagger() {
  static const Tagger instance = TaggerBuilder{}.build();
  return instance;
}

Context context(const char* reference) {
  Context ctx;
  ctx.reference = parse_timex_point(reference);
  return ctx;
}

std::string utc(const std::optional<date::sys_seconds>& t) { return t ? date::format("%Y-%m-%dT%H:%MZ", *t) : "none"; }

}  // namespace

TEST_CASE("a frequency keeps its count", "[tagger][values]") {
  const auto m = tagger().tag("하루 세 번 복용한다", context("2025-02-04"));
  REQUIRE(m.size() == 1);
  CHECK(m[0].value.value() == "P1D");
  CHECK(m[0].value.frequency == 3);
}

TEST_CASE("clock times carry their instant in the collection's zone", "[tagger][values][zone]") {
  const auto m = tagger().tag("그는 4일 오후 2시 도착했다", context("2025-02-04"));
  REQUIRE(m.size() == 1);
  CHECK(m[0].value.zone == "Asia/Seoul");
  CHECK(utc(m[0].value.instant) == "2025-02-04T05:00Z");
}

TEST_CASE("현지시간 uses the dateline's zone and stays wall-clock", "[tagger][values][zone]") {
  auto ctx = context("2025-02-04");
  ctx.dateline = "워싱턴";
  const auto m = tagger().tag("백악관은 3일(현지시간) 오후 2시 성명을 냈다", ctx);
  REQUIRE(m.size() == 1);
  CHECK(m[0].value.value() == "2025-02-03T14:00");
  CHECK(m[0].value.zone == "America/New_York");
  CHECK(utc(m[0].value.instant) == "2025-02-03T19:00Z");
}

TEST_CASE("the ways outlets write local time all mean the dateline's zone", "[tagger][values][zone]") {
  auto ctx = context("2025-02-04");
  ctx.dateline = "워싱턴";
  for (const char* text : {"대통령은 3일 오후 2시(현지 시각) 회견을 열었다", "회견은 현지 시간으로 3일 오후 2시 시작됐다",
                           "회견은 3일(현지시각) 오후 2시 열렸다", "회견은 현지시간 기준 3일 오후 2시 열렸다"}) {
    const auto m = tagger().tag(text, ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].value.value() == "2025-02-03T14:00");
    CHECK(m[0].value.zone == "America/New_York");
    CHECK(utc(m[0].value.instant) == "2025-02-03T19:00Z");
  }
}

TEST_CASE("현지시간 finds a place named earlier in the sentence", "[tagger][values][zone]") {
  const auto m = tagger().tag("회의는 미국 뉴욕에서 3일(현지시간) 오전 9시 열렸다", context("2025-02-04"));
  REQUIRE(m.size() == 1);
  CHECK(m[0].value.zone == "America/New_York");
  CHECK(utc(m[0].value.instant) == "2025-02-03T14:00Z");
}

TEST_CASE("현지시간 with no place known keeps the value and gives no instant", "[tagger][values][zone]") {
  const auto m = tagger().tag("회의는 3일(현지시간) 오전 9시 열렸다", context("2025-02-04"));
  REQUIRE(m.size() == 1);
  CHECK(m[0].value.value() == "2025-02-03T09:00");
  CHECK_FALSE(m[0].value.instant.has_value());
}

TEST_CASE("match and resolve can be called apart", "[tagger][values][phases]") {
  const std::string text = "전날(3일) 밤 11시께 입국했다";
  const auto readings = tagger().match(text);
  REQUIRE(readings.size() == 1);
  const auto& r = readings[0];
  CHECK(r.date.base == DateBase::discourse);
  CHECK(r.date.day_offset == -1);
  CHECK(r.date.confirm_day == 3);
  CHECK(r.clock.hour == 11);
  CHECK(r.clock.word == DayWord::night);
  CHECK(r.mod == Mod::approx);
  // The same reading against two discourse dates.
  const auto a = tagger().resolve(text, r, context("2025-02-04"), parse_timex_point("2025-02-04"));
  CHECK(a.value.value() == "2025-02-03T23:00");
  CHECK(a.anchor == "discourse date 2025-02-04");
  const auto b = tagger().resolve(text, r, context("2025-03-10"), parse_timex_point("2025-03-04"));
  CHECK(b.value.value() == "2025-03-03T23:00");
}

TEST_CASE("the previous clock's day part carries over only within a paragraph", "[tagger][values]") {
  const auto same = tagger().tag("오후 2시께 도착해 3시 회의를 했다", context("2025-02-04"));
  REQUIRE(same.size() == 2);
  CHECK(same[1].value.value() == "2025-02-04T15:00");
  const auto evening = tagger().tag("오후 8시께 도착해 9시 회의를 했다", context("2025-02-04"));
  REQUIRE(evening.size() == 2);
  CHECK(evening[1].value.value() == "2025-02-04T21:00");
  const auto other = tagger().tag("오후 8시께 도착했다.\n9시 회의를 했다", context("2025-02-04"));
  REQUIRE(other.size() == 2);
  CHECK(other[1].value.value() == "2025-02-04T09:00");
}

TEST_CASE("a caption passed as an aside does not move the body's discourse date", "[tagger][values]") {
  const std::string text = "그는 4일 서울에 왔다.\n3일 오후 공항에 도착하고 있다.\n그는 이날 회의를 했다.";
  const auto caption_begin = text.find("3일");
  const ByteSpan caption{caption_begin, text.find('\n', caption_begin)};
  const auto with = tagger().tag(text, context("2025-02-04"), {caption});
  REQUIRE(with.size() == 3);
  CHECK(with[2].value.value() == "2025-02-04");
  const auto without = tagger().tag(text, context("2025-02-04"));
  CHECK(without[2].value.value() == "2025-02-03");
}
