// Runs every rule family's examples (tests/corpus/ko) through the tagger: exactly
// one mention must cover the expected text, with that span, type, value and mod.
#include <catch2/catch.hpp>

#include <set>

#include "corpus_reader.hpp"
#include "ktimeline/tagger.hpp"

using namespace ktimeline;
using ktimeline_test::context_for;
using ktimeline_test::read_corpus;

namespace {

const Tagger& tagger() {
  static const Tagger instance = TaggerBuilder{}.build();
  return instance;
}

std::string corpus(const std::string& name) { return std::string(KTIMELINE_TEST_CORPUS_DIR) + "/ko/" + name + ".tsv"; }

// The rule ids the examples exercised, gathered across families.
std::set<std::string>& exercised_rules() {
  static std::set<std::string> rules;
  return rules;
}

void run_family(const std::string& family) {
  const auto rows = read_corpus(corpus(family));
  REQUIRE_FALSE(rows.empty());
  for (const auto& row : rows) {
    REQUIRE(row.fields.size() == 6);
    const auto& text = row.fields[0];
    const auto& expected = row.fields[2];
    INFO(family << ".tsv:" << row.line << ": " << text);
    const auto begin = text.find(expected);
    REQUIRE(begin != std::string::npos);
    const auto end = begin + expected.size();
    const auto mentions = tagger().tag(text, context_for(row.fields[1]));
    std::vector<const Mention*> covering;
    for (const auto& m : mentions) {
      if (m.span.begin < end && m.span.end > begin) covering.push_back(&m);
    }
    REQUIRE(covering.size() == 1);
    const auto& m = *covering.front();
    CHECK(m.text == expected);
    CHECK(to_string(m.value.type) == row.fields[3]);
    CHECK(m.value.value() == row.fields[4]);
    CHECK(std::string(m.value.mod == Mod::none ? "-" : to_string(m.value.mod)) == row.fields[5]);
    exercised_rules().insert(m.rule);
  }
}

}  // namespace

TEST_CASE("corpus: absolute and calendar dates", "[tagger][corpus]") { run_family("date"); }
TEST_CASE("corpus: relative dates and offsets", "[tagger][corpus]") { run_family("relative"); }
TEST_CASE("corpus: clock times", "[tagger][corpus]") { run_family("clock"); }
TEST_CASE("corpus: parts of day", "[tagger][corpus]") { run_family("daypart"); }
TEST_CASE("corpus: durations", "[tagger][corpus]") { run_family("duration"); }
TEST_CASE("corpus: intervals", "[tagger][corpus]") { run_family("interval"); }
TEST_CASE("corpus: sets", "[tagger][corpus]") { run_family("set"); }
TEST_CASE("corpus: approximation modifiers", "[tagger][corpus]") { run_family("modifier"); }
TEST_CASE("corpus: mention extent", "[tagger][corpus]") { run_family("extent"); }

TEST_CASE("corpus: look-alikes give no mention", "[tagger][corpus]") {
  for (const auto& row : read_corpus(corpus("not_time"))) {
    INFO("not_time.tsv:" << row.line << ": " << row.fields[0]);
    const auto mentions = tagger().tag(row.fields[0], context_for(row.fields[1]));
    for (const auto& m : mentions) INFO("tagged: " << m.text << " -> " << m.value.value());
    CHECK(mentions.empty());
  }
}

TEST_CASE("corpus: every grammar rule has an example", "[tagger][corpus][rules]") {
  for (const auto* family : {"date", "relative", "clock", "daypart", "duration", "interval", "set", "modifier", "extent"}) {
    run_family(family);
  }
  for (const auto& rule : rule_ids()) {
    INFO("rule without an example: " << rule);
    CHECK(exercised_rules().count(std::string(rule)) == 1);
  }
}
