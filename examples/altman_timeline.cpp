// altman_timeline: Sam Altman's visit to Seoul on 3-4 February 2025, from the
// articles bundled with the project or from the FILEs given.
//   altman_timeline                       the bundled articles, as text
//   altman_timeline --format json a.txt   these articles
//
// The program runs the library's stages one after the other: load the
// articles, analyze each one (ktimeline::tag_documents), then write. Until
// the event and timeline modules land, "write" prints each article's time
// mentions; the timeline stage slots in between analyze and write.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bundled_articles.hpp"
#include "ktimeline/output.hpp"
#include "ktimeline/pipeline.hpp"

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

std::string render(const std::vector<ktimeline::TaggedDocument>& tagged, ktimeline::OutputFormat format) {
  std::string out;
  if (format == ktimeline::OutputFormat::text) {
    out += "Sam Altman in Seoul, 3-4 February 2025: the time mentions of each article\n\n";
  }
  const auto framing = ktimeline::tagged_framing(format, tagged.size());
  out += framing.before;
  for (std::size_t i = 0; i < tagged.size(); ++i) {
    if (i > 0) out += framing.between;
    ktimeline::write_tagged(out, format, tagged[i]);
  }
  out += framing.after;
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"altman_timeline: Sam Altman's visit to Seoul, 3-4 February 2025", "altman_timeline"};
  std::vector<std::string> files;
  std::string format_name = "text";
  app.add_option("FILE", files, "articles to read instead of the bundled ones");
  app.add_option("--format", format_name, "output form")
      ->check(CLI::IsMember({"text", "json", "jsonl", "timeml", "svg", "ics"}))
      ->capture_default_str();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? exit_ok : exit_usage;
  }
  const auto format = ktimeline::parse_output_format(format_name).value_or(ktimeline::OutputFormat::text);
  if (!ktimeline::supports_tagged(format)) {
    std::fprintf(stderr, "altman_timeline: --format %s needs the timeline module, which is not built yet\n",
                 format_name.c_str());
    return exit_usage;
  }

  try {
    bool failed = false;
    auto docs = files.empty() ? bundled() : from_files(files, failed);
    const auto tagger = ktimeline::TaggerBuilder{}.build();
    const auto tagged = ktimeline::tag_documents(tagger, std::move(docs), {});
    const auto out = render(tagged, format);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return failed ? exit_failed : exit_ok;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "altman_timeline: %s\n", e.what());
    return exit_failed;
  }
}
