#include "engines.hpp"

#include <fstream>
#include <sstream>

#include "exit_codes.hpp"
#include "ktimeline/error.hpp"

namespace ktimeline_cli {

ktimeline::Gazetteer build_gazetteer(const std::string& gazetteer_file) {
  ktimeline::GazetteerBuilder builder;
  if (!gazetteer_file.empty()) {
    std::ifstream in(gazetteer_file, std::ios::binary);
    std::ostringstream text;
    if (!in || !(text << in.rdbuf())) throw UsageError("cannot read --gazetteer " + gazetteer_file);
    try {
      builder.add_tsv(text.str(), gazetteer_file);
    } catch (const ktimeline::TableError& e) {
      throw UsageError(std::string("bad --gazetteer: ") + e.what());
    }
  }
  return builder.build();
}

Engines build_engines(const std::string& gazetteer_file) {
  auto gazetteer = build_gazetteer(gazetteer_file);
  auto tagger = ktimeline::TaggerBuilder{}.build();
  ktimeline::EventExtractor extractor(gazetteer, tagger);
  return Engines{std::move(gazetteer), std::move(tagger), std::move(extractor)};
}

}  // namespace ktimeline_cli
