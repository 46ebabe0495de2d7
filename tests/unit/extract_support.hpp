#pragma once
// Helpers for the event extractor tests: one shared extractor, reading an
// article, and a readable listing of the events for failure messages.
#include <ktimeline/extract.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace extract_test {

inline const ktimeline::EventExtractor& extractor() {
  static const ktimeline::EventExtractor e(ktimeline::GazetteerBuilder{}.build(), ktimeline::TaggerBuilder{}.build());
  return e;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// Analyzes a short text as one article with a given reference time.
inline ktimeline::ArticleAnalysis analyze(const std::string& text, const std::string& reference = "2025-02-04") {
  ktimeline::DocumentOptions options;
  options.reference = ktimeline::parse_timex_point(reference);
  return extractor().analyze(ktimeline::read_document("t", text, options), ktimeline::Context{});
}

/// One line per event: type, status, time, people, place, summary, relations.
inline std::string describe(const std::vector<ktimeline::Event>& events) {
  std::string out;
  for (const auto& e : events) {
    out += "e" + std::to_string(e.index) + " " + std::string(to_string(e.type));
    if (e.status != ktimeline::EventStatus::reported) out += " [" + std::string(to_string(e.status)) + "]";
    if (e.from_caption) out += " (caption)";
    out += " start=" + (e.start ? e.start->timex() : std::string("-"));
    out += " end=" + (e.end ? e.end->timex() : std::string("-"));
    out += " dur=" + (e.duration ? e.duration->iso() : std::string("-"));
    if (e.approx) out += " ~";
    out += " subj=" + e.subject + " people=";
    for (const auto& p : e.participants) out += p + ";";
    out += " place=" + e.place + " | " + e.summary;
    for (const auto& r : e.relations)
      out += " [" + std::string(to_string(r.kind)) + " e" + std::to_string(r.other) + " " + r.cue + "]";
    out += "\n";
  }
  return out;
}

/// The events of a type, in order.
inline std::vector<ktimeline::Event> of_type(const ktimeline::ArticleAnalysis& a, ktimeline::EventType type) {
  std::vector<ktimeline::Event> out;
  for (const auto& e : a.events) {
    if (e.type == type) out.push_back(e);
  }
  return out;
}

inline bool takes_part(const ktimeline::Event& e, const std::string& name) {
  for (const auto& p : e.participants) {
    if (p == name) return true;
  }
  return false;
}

}  // namespace extract_test
