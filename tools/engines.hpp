#pragma once
// The engines a run builds once and shares across its threads: the
// gazetteer (bundled plus --gazetteer), the tagger and the event extractor.
#include <string>

#include "ktimeline/entity.hpp"
#include "ktimeline/extract.hpp"
#include "ktimeline/tagger.hpp"

namespace ktimeline_cli {

struct Engines {
  ktimeline::Gazetteer gazetteer;
  ktimeline::Tagger tagger;
  ktimeline::EventExtractor extractor;
};

/// Builds the engines; a --gazetteer file that cannot be read or parsed is a
/// UsageError naming the file and line.
///   const auto engines = build_engines(settings.gazetteer_file);
Engines build_engines(const std::string& gazetteer_file);

/// The gazetteer alone (bundled plus --gazetteer), for `merge`.
ktimeline::Gazetteer build_gazetteer(const std::string& gazetteer_file);

}  // namespace ktimeline_cli
