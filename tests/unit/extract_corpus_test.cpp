// Whole articles through the event extractor: our own pages in
// tests/corpus/events/*.txt and, when ../shared/seeds exists, the five seed
// articles read as one collection. Each article's expected facts are in its
// .expected file (format: tests/corpus/events/README.md).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "extract_support.hpp"

using namespace ktimeline;
namespace fs = std::filesystem;

namespace {

struct ExpectedEvent {
  int line = 0;
  std::string type, start, end, people, place, flags;
};

struct Expected {
  std::size_t max_events = 1000;
  bool no_stays = false;
  std::vector<std::pair<std::string, std::string>> stays;  // duration, subject
  std::vector<ExpectedEvent> events;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(s);
  while (std::getline(in, field, sep)) out.push_back(field);
  return out;
}

Expected read_expected(const fs::path& path) {
  Expected e;
  std::istringstream in(extract_test::read_file(path.string()));
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const auto f = split(line, '\t');
    if (f[0] == "max_events") e.max_events = std::stoul(f.at(1));
    else if (f[0] == "no_stays") e.no_stays = true;
    else if (f[0] == "stay") e.stays.emplace_back(f.at(1), f.at(2));
    else {
      REQUIRE(f.size() == 6);
      e.events.push_back({number, f[0], f[1], f[2], f[3], f[4], f[5]});
    }
  }
  return e;
}

bool time_matches(const std::optional<TimePoint>& t, const std::string& want) {
  if (want == "*") return true;
  if (want == "-") return !t;
  return t && t->timex() == want;
}

bool matches(const ArticleAnalysis& a, const Event& e, const ExpectedEvent& x) {
  if (std::string(to_string(e.type)) != x.type) return false;
  if (!time_matches(e.start, x.start) || !time_matches(e.end, x.end)) return false;
  if (x.people != "*") {
    for (const auto& name : split(x.people, '|')) {
      if (!extract_test::takes_part(e, name)) return false;
    }
  }
  if (x.place != "*" && e.place != (x.place == "-" ? std::string() : x.place)) return false;
  if (x.flags == "-") return true;
  for (const auto& flag : split(x.flags, ',')) {
    if (flag == "caption" && !e.from_caption) return false;
    if (flag == "body" && e.from_caption) return false;
    if (flag == "planned" && e.status != EventStatus::planned) return false;
    if (flag == "denied" && e.status != EventStatus::denied) return false;
    if (flag == "approx" && !e.approx) return false;
    if (flag.rfind("duration=", 0) == 0 && (!e.duration || e.duration->iso() != flag.substr(9))) return false;
    if (flag.rfind("subject=", 0) == 0 && e.subject != flag.substr(8)) return false;
    if (flag.rfind("relation=", 0) == 0) {
      const auto spec = flag.substr(9);
      const auto gt = spec.find('>');
      const auto kind = spec.substr(0, gt);
      const auto other_type = spec.substr(gt + 1);
      const bool found = std::any_of(e.relations.begin(), e.relations.end(), [&](const EventRelation& r) {
        return std::string(to_string(r.kind)) == kind && r.other < a.events.size() &&
               std::string(to_string(a.events[r.other].type)) == other_type;
      });
      if (!found) return false;
    }
  }
  return true;
}

// What every analysis must hold whatever the article.
void check_invariants(const ArticleAnalysis& a) {
  for (std::size_t i = 0; i < a.events.size(); ++i) {
    const auto& e = a.events[i];
    INFO("event " << i << ": " << e.sentence);
    CHECK(e.index == i);
    CHECK(e.doc == a.document.id);
    for (const auto& r : e.relations) CHECK(r.other < i);
    // Only body and caption sentences yield events: never a headline,
    // byline, page furniture or spam.
    const bool in_text = std::any_of(a.document.lines.begin(), a.document.lines.end(), [&](const Line& line) {
      return line.span.begin <= e.sentence_span.begin && e.sentence_span.begin < line.span.end &&
             (line.kind == LineKind::body || line.kind == LineKind::caption);
    });
    CHECK(in_text);
    CHECK(e.from_caption == std::any_of(a.document.sentences.begin(), a.document.sentences.end(), [&](const Sentence& s) {
            return s.span == e.sentence_span && s.kind == LineKind::caption;
          }));
    if (!e.participants.empty() && !e.subject.empty()) CHECK(e.participants.front() == e.subject);
    if (e.start && e.end) CHECK(e.start->start <= e.end->start);
  }
}

void check_article(const ArticleAnalysis& a, const Expected& x) {
  INFO(a.document.id << "\n" << extract_test::describe(a.events));
  check_invariants(a);
  CHECK(a.events.size() <= x.max_events);
  for (const auto& want : x.events) {
    INFO("expected on line " << want.line << ": " << want.type << " " << want.start << " " << want.end << " "
                             << want.people << " " << want.place << " " << want.flags);
    const bool found =
        std::any_of(a.events.begin(), a.events.end(), [&](const Event& e) { return matches(a, e, want); });
    CHECK(found);
  }
  if (x.no_stays) CHECK(a.stays.empty());
  for (const auto& [duration, subject] : x.stays) {
    INFO("expected stay " << duration << " of " << subject);
    const bool found = std::any_of(a.stays.begin(), a.stays.end(), [&](const StayStatement& s) {
      return s.duration.iso() == duration && s.subject == subject && s.doc == a.document.id;
    });
    CHECK(found);
  }
}

}  // namespace

TEST_CASE("our own articles: every expected event is read, nothing from furniture", "[extract][corpus]") {
  const fs::path dir = fs::path(KTIMELINE_TEST_CORPUS_DIR) / "events";
  std::vector<fs::path> articles;
  for (const auto& f : fs::directory_iterator(dir)) {
    if (f.path().extension() == ".txt") articles.push_back(f.path());
  }
  std::sort(articles.begin(), articles.end());
  REQUIRE(articles.size() >= 3);
  for (const auto& path : articles) {
    SECTION(path.filename().string()) {
      auto doc = read_document(path.filename().string(), extract_test::read_file(path.string()));
      const auto analysis = extract_test::extractor().analyze(std::move(doc), Context{});
      auto expected_path = path;
      expected_path.replace_extension(".expected");
      check_article(analysis, read_expected(expected_path));
    }
  }
}

TEST_CASE("the seed articles: the expected events of each article that states them", "[extract][seeds]") {
  const fs::path dir = fs::path(KTIMELINE_SHARED_DIR) / "seeds";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;  // ../shared is optional
  std::vector<fs::path> files;
  for (const auto& f : fs::directory_iterator(dir, ec)) {
    if (f.path().extension() == ".txt") files.push_back(f.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Document> docs;
  for (const auto& f : files) docs.push_back(read_document(f.filename().string(), extract_test::read_file(f.string())));
  fill_collection_references(docs);
  const fs::path expected_dir = fs::path(KTIMELINE_TEST_CORPUS_DIR) / "events" / "seeds";
  std::size_t checked = 0;
  for (auto& doc : docs) {
    const auto expected_path = expected_dir / (fs::path(doc.id).stem().string() + ".expected");
    if (!fs::exists(expected_path)) continue;
    const auto analysis = extract_test::extractor().analyze(std::move(doc), Context{});
    check_article(analysis, read_expected(expected_path));
    ++checked;
  }
  CHECK(checked == files.size());
}
