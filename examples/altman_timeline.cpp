// altman_timeline: Sam Altman's visit to Seoul on 3-4 February 2025, from the
// articles bundled with the project or from the FILEs given.
//   altman_timeline                       the bundled articles, as text
//   altman_timeline --format json a.txt   these articles
//
// It is the library's whole chain in a few lines (altman_timeline() below):
// read_collection -> EventExtractor::analyze -> timeline_of_articles ->
// write_timeline. Nothing in it knows about Altman but the name it asks for.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bundled_articles.hpp"
#include "ktimeline/collection.hpp"
#include "ktimeline/timeline_output.hpp"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_failed = 1;
constexpr int exit_usage = 2;

std::vector<ktimeline::SourceDocument> bundled() {
  std::vector<ktimeline::SourceDocument> docs;
  for (const auto& article : altman::bundled_articles()) {
    docs.push_back({std::string(article.name), std::string(article.text), std::nullopt});
  }
  return docs;
}

// Reads the FILEs; one that cannot be read is reported and skipped.
std::vector<ktimeline::SourceDocument> from_files(const std::vector<std::string>& files, bool& failed) {
  std::vector<ktimeline::SourceDocument> docs;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    if (!in || !(text << in.rdbuf()) || std::filesystem::is_directory(file)) {
      std::fprintf(stderr, "altman_timeline: cannot read %s\n", file.c_str());
      failed = true;
      continue;
    }
    docs.push_back({std::filesystem::path(file).filename().string(), text.str(), std::nullopt});
  }
  return docs;
}

// The library's stages, one after the other: read the articles and settle
// their reference dates across the collection, analyze each one (time
// mentions, people, events), then build Sam Altman's timeline.
ktimeline::Timeline altman_timeline(std::vector<ktimeline::SourceDocument> sources) {
  const ktimeline::PipelineOptions options;
  const auto gazetteer = ktimeline::GazetteerBuilder{}.build();
  const ktimeline::EventExtractor extractor(gazetteer, ktimeline::TaggerBuilder{}.build());
  std::vector<ktimeline::ArticleAnalysis> analyses;
  for (auto& doc : ktimeline::read_collection(std::move(sources), options)) {
    analyses.push_back(extractor.analyze(std::move(doc), ktimeline::base_context(options)));
  }
  ktimeline::TimelineRequest request;
  request.entity = "샘 올트먼";
  return ktimeline::timeline_of_articles(analyses, gazetteer, request);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"altman_timeline: Sam Altman's visit to Seoul, 3-4 February 2025", "altman_timeline"};
  std::vector<std::string> files;
  std::string format_name = "text";
  app.add_option("FILE", files, "articles to read instead of the bundled ones");
  app.add_option("--format", format_name, "output form")
      ->check(CLI::IsMember({"text", "json", "jsonl", "svg", "ics"}))
      ->capture_default_str();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? exit_ok : exit_usage;
  }
  const auto format = ktimeline::parse_output_format(format_name).value_or(ktimeline::OutputFormat::text);
  if (!ktimeline::supports_timeline(format)) {
    std::fprintf(stderr, "altman_timeline: a timeline cannot be written as %s\n", format_name.c_str());
    return exit_usage;
  }

  try {
    bool failed = false;
    auto docs = files.empty() ? bundled() : from_files(files, failed);
    std::string out;
    ktimeline::write_timeline(out, format, altman_timeline(std::move(docs)));
    std::fwrite(out.data(), 1, out.size(), stdout);
    return failed ? exit_failed : exit_ok;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "altman_timeline: %s\n", e.what());
    return exit_failed;
  }
}
