// The seed articles (../shared/seeds, when present) read through the whole
// per-document path (lines, references from captions and the collection,
// captions as asides) must give exactly the hand-checked gold mentions of
// tests/corpus/seeds/tagger_gold.tsv in their body and caption text.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "corpus_reader.hpp"
#include "ktimeline/document.hpp"
#include "ktimeline/tagger.hpp"

using namespace ktimeline;

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// "doc<TAB>mention<TAB>type<TAB>value<TAB>mod<TAB>kind" for each mention in body or caption text.
std::vector<std::string> tag_seeds(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Document> docs;
  for (const auto& f : files) docs.push_back(read_document(f.filename().string().substr(0, 3), read_file(f)));
  fill_collection_references(docs);
  const auto tagger = TaggerBuilder{}.build();
  std::vector<std::string> rows;
  for (const auto& d : docs) {
    Context ctx;
    ctx.reference = d.reference;
    ctx.reference_source = d.reference_source;
    ctx.dateline = d.dateline;
    std::vector<ByteSpan> asides;
    for (const auto& l : d.lines) {
      if (l.kind == LineKind::caption) asides.push_back(l.span);
    }
    for (const auto& m : tagger.tag(d.text, ctx, asides)) {
      for (const auto& l : d.lines) {
        if (l.span.begin > m.span.begin || m.span.end > l.span.end) continue;
        if (l.kind != LineKind::body && l.kind != LineKind::caption) break;
        if (m.span.begin < l.body_span.begin || m.span.end > l.body_span.end) break;
        rows.push_back(d.id + "\t" + m.text + "\t" + std::string(to_string(m.value.type)) + "\t" + m.value.value() +
                       "\t" + (m.value.mod == Mod::none ? std::string("-") : std::string(to_string(m.value.mod))) +
                       "\t" + std::string(to_string(l.kind)));
        break;
      }
    }
  }
  return rows;
}

}  // namespace

TEST_CASE("seed articles: every body and caption mention is found and right", "[tagger][seeds]") {
  const std::filesystem::path seeds = std::string(KTIMELINE_SHARED_DIR) + "/seeds";
  if (!std::filesystem::exists(seeds)) {
    WARN("../shared/seeds is not here; the seed gold check needs it");
    return;
  }
  std::vector<std::string> gold;
  for (const auto& row : ktimeline_test::read_corpus(std::string(KTIMELINE_TEST_CORPUS_DIR) + "/seeds/tagger_gold.tsv")) {
    std::string joined;
    for (const auto& f : row.fields) joined += (joined.empty() ? "" : "\t") + f;
    gold.push_back(joined);
  }
  const auto found = tag_seeds(seeds);
  for (std::size_t i = 0; i < std::max(gold.size(), found.size()); ++i) {
    INFO("gold row " << i + 1);
    CHECK((i < found.size() ? found[i] : std::string("(missing)")) == (i < gold.size() ? gold[i] : std::string("(extra)")));
  }
  CHECK(found.size() == gold.size());
}
