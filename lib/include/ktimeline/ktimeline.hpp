#pragma once
// Everything ktimeline offers, in one include. Each header below is one concept
// and can be included alone (see docs/architecture.md for the layers).
//
//   #include <ktimeline/ktimeline.hpp>
//   auto tagger = ktimeline::TaggerBuilder{}.build();
#include "ktimeline/version.hpp"
#include "ktimeline/error.hpp"
#include "ktimeline/text.hpp"
#include "ktimeline/timex.hpp"
#include "ktimeline/reading.hpp"
#include "ktimeline/tagger.hpp"
#include "ktimeline/document.hpp"
#include "ktimeline/entity.hpp"
#include "ktimeline/event.hpp"
#include "ktimeline/extract.hpp"
#include "ktimeline/timeline.hpp"
#include "ktimeline/analysis.hpp"
#include "ktimeline/pipeline.hpp"
#include "ktimeline/collection.hpp"
#include "ktimeline/output.hpp"
#include "ktimeline/timeline_output.hpp"
