#pragma once
// Helpers for the entity tests: a simple sentence splitter (lines and `다. `)
// and lookups that print what was found when a check fails.
#include <ktimeline/entity.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace entity_test {

/// Splits at line breaks and after `다.` followed by a space.
inline std::vector<ktimeline::ByteSpan> split_sentences(std::string_view text) {
  std::vector<ktimeline::ByteSpan> out;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      if (i > begin) out.push_back({begin, i});
      begin = i + 1;
    } else if (text.substr(i, 5) == "다. ") {
      out.push_back({begin, i + 4});
      begin = i + 5;
      i += 4;
    }
  }
  if (begin < text.size()) out.push_back({begin, text.size()});
  return out;
}

inline const ktimeline::Gazetteer& bundled() {
  static const ktimeline::Gazetteer g = ktimeline::GazetteerBuilder{}.build();
  return g;
}

inline ktimeline::ArticleEntities recognize(std::string_view text) {
  return ktimeline::recognize_entities(text, split_sentences(text), bundled());
}

/// Canonical names of every entity of a kind, for readable failures.
inline std::vector<std::string> names(const ktimeline::ArticleEntities& found, ktimeline::EntityKind kind,
                                      bool with_reporters = false) {
  std::vector<std::string> out;
  for (const auto& e : found.entities) {
    if (e.kind == kind && (with_reporters || !e.reporter)) out.push_back(e.canonical);
  }
  return out;
}

/// The canonical names the mentions covering exactly `surface` (its n-th
/// occurrence in `text`) resolve to.
inline std::vector<std::string> resolved(const ktimeline::ArticleEntities& found, std::string_view text,
                                         std::string_view surface, std::size_t occurrence = 0) {
  std::size_t pos = text.find(surface);
  for (std::size_t k = 0; k < occurrence && pos != std::string_view::npos; ++k) pos = text.find(surface, pos + 1);
  std::vector<std::string> out;
  if (pos == std::string_view::npos) return out;
  for (const auto& m : found.mentions) {
    if (m.span.begin == pos && m.span.end == pos + surface.size()) out.push_back(found.entities[m.entity].canonical);
  }
  return out;
}

}  // namespace entity_test
