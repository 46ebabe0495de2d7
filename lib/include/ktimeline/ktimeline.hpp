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
