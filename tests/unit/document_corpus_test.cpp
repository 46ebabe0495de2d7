// Whole articles read end to end: our own pasted pages in
// tests/corpus/documents/*.txt, and the five seed articles in ../shared/seeds
// when that folder is present. Each article has a NAME.expected file giving the
// kind of every line, the reference, the dateline, and the sentences.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ktimeline/document.hpp"

using namespace ktimeline;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct ExpectedSentence {
  std::size_t line;  // 1-based
  std::string kind;
  std::string text;
};

struct Expected {
  std::vector<std::string> kinds;  // by line, 0-based
  std::string reference = "none";
  std::string reference_source = "none";
  std::string dateline;
  bool has_sentences = false;
  std::vector<ExpectedSentence> sentences;
  std::size_t sentence_count = 0;
};

Expected read_expected(const fs::path& path) {
  Expected e;
  std::istringstream in(read_file(path));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string key;
    fields >> key;
    if (key == "kind") {
      std::string range, kind;
      fields >> range >> kind;
      const auto dash = range.find('-');
      const std::size_t first = std::stoul(range.substr(0, dash));
      const std::size_t last = dash == std::string::npos ? first : std::stoul(range.substr(dash + 1));
      if (e.kinds.size() < last) e.kinds.resize(last);
      for (std::size_t i = first; i <= last; ++i) e.kinds[i - 1] = kind;
    } else if (key == "reference") {
      fields >> e.reference >> e.reference_source;
    } else if (key == "dateline") {
      fields >> e.dateline;
      if (e.dateline == "none") e.dateline.clear();
    } else if (key == "sentences") {
      fields >> e.sentence_count;
    } else if (key == "sentence") {
      e.has_sentences = true;
      ExpectedSentence s;
      fields >> s.line >> s.kind;
      const auto tab = line.find('\t');
      std::string text = tab == std::string::npos ? std::string() : line.substr(tab + 1);
      for (std::size_t p = 0; (p = text.find("\\n", p)) != std::string::npos;) text.replace(p, 2, "\n");
      s.text = text;
      e.sentences.push_back(s);
    }
  }
  return e;
}

std::string reference_value(const Document& doc) { return doc.reference ? doc.reference->timex() : "none"; }

/// Checks one document against its expectations, naming the line on failure.
void check_document(const Document& doc, const Expected& e) {
  INFO("document " << doc.id);
  REQUIRE(doc.lines.size() == e.kinds.size());
  for (std::size_t i = 0; i < doc.lines.size(); ++i) {
    INFO("line " << i + 1 << ": " << doc.view(doc.lines[i].span));
    CHECK(std::string(to_string(doc.lines[i].kind)) == e.kinds[i]);
  }
  CHECK(reference_value(doc) == e.reference);
  CHECK(std::string(to_string(doc.reference_source)) == e.reference_source);
  CHECK(doc.dateline == e.dateline);
  if (e.has_sentences) {
    const auto n = std::min(doc.sentences.size(), e.sentences.size());
    for (std::size_t i = 0; i < n; ++i) {
      const auto& got = doc.sentences[i];
      INFO("sentence " << i + 1);
      CHECK(std::string(doc.view(got.span)) == e.sentences[i].text);
      CHECK(got.line + 1 == e.sentences[i].line);
      CHECK(std::string(to_string(got.kind)) == e.sentences[i].kind);
    }
    CHECK(doc.sentences.size() == e.sentences.size());
  } else {
    CHECK(doc.sentences.size() == e.sentence_count);
  }
}

/// What must hold for every article: sentences sit inside body or caption
/// text, in order, and never carry a byline or a photo credit.
void check_sentence_invariants(const Document& doc) {
  INFO("document " << doc.id);
  std::size_t previous_end = 0;
  for (const auto& s : doc.sentences) {
    const auto text = doc.view(s.span);
    INFO("sentence: " << text);
    REQUIRE(s.line < doc.lines.size());
    const auto& line = doc.lines[s.line];
    CHECK((line.kind == LineKind::body || line.kind == LineKind::caption));
    CHECK(s.kind == line.kind);
    CHECK(s.span.begin >= line.body_span.begin);
    CHECK(s.span.begin >= previous_end);
    CHECK_FALSE(text.empty());
    CHECK(text.find("기자 =") == std::string_view::npos);
    CHECK(text.find("ⓒ") == std::string_view::npos);
    CHECK(text.find("/뉴스1") == std::string_view::npos);
    CHECK(text.find("=연합뉴스") == std::string_view::npos);
    previous_end = s.span.end;
  }
}

std::vector<fs::path> files_with_extension(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ext) out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("our pasted-page articles read as expected", "[document][corpus]") {
  const fs::path dir = fs::path(KTIMELINE_TEST_CORPUS_DIR) / "documents";
  const auto articles = files_with_extension(dir, ".txt");
  REQUIRE(articles.size() >= 4);
  for (const auto& path : articles) {
    const auto doc = read_document(path.filename().string(), read_file(path));
    auto expected_path = path;
    expected_path.replace_extension(".expected");
    REQUIRE(fs::exists(expected_path));
    check_document(doc, read_expected(expected_path));
    check_sentence_invariants(doc);
  }
}

TEST_CASE("the seed articles read as expected, with the collection's reference", "[document][corpus][seeds]") {
  const fs::path seeds = fs::path(KTIMELINE_SHARED_DIR) / "seeds";
  const auto articles = files_with_extension(seeds, ".txt");
  // ../shared is optional: without it there is nothing to check here.
  if (articles.empty()) return;
  std::vector<Document> docs;
  for (const auto& path : articles) docs.push_back(read_document(path.filename().string(), read_file(path)));
  fill_collection_references(docs);
  const fs::path expectations = fs::path(KTIMELINE_TEST_CORPUS_DIR) / "documents" / "seeds";
  for (std::size_t i = 0; i < docs.size(); ++i) {
    auto expected_path = expectations / articles[i].filename();
    expected_path.replace_extension(".expected");
    if (!fs::exists(expected_path)) continue;  // a seed we hold no expectations for
    check_document(docs[i], read_expected(expected_path));
    check_sentence_invariants(docs[i]);
    for (const auto& line : docs[i].lines) {
      // Page furniture and spam never pass for article text.
      const auto text = docs[i].view(line.span);
      if (text.find("댓글") != std::string_view::npos || text.find("카지노") != std::string_view::npos ||
          text.find("관련기사") != std::string_view::npos || text.find("무단전재") != std::string_view::npos) {
        CHECK(line.kind != LineKind::body);
      }
    }
  }
}
