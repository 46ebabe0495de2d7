// Output format names, and writing a sequence of tagged documents in one of them.
#include <array>
#include <stdexcept>

#include "ktimeline/output.hpp"

namespace ktimeline {

namespace {

constexpr std::array<std::string_view, 6> format_names{"text", "json", "jsonl", "timeml", "svg", "ics"};
constexpr std::string_view xml_declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

}  // namespace

std::string_view to_string(OutputFormat f) noexcept { return format_names[static_cast<std::size_t>(f)]; }

std::optional<OutputFormat> parse_output_format(std::string_view name) noexcept {
  for (std::size_t i = 0; i < format_names.size(); ++i) {
    if (format_names[i] == name) return static_cast<OutputFormat>(i);
  }
  return std::nullopt;
}

bool supports_tagged(OutputFormat format) noexcept {
  return format == OutputFormat::text || format == OutputFormat::json || format == OutputFormat::jsonl ||
         format == OutputFormat::timeml;
}

void write_tagged(std::string& out, OutputFormat format, const TaggedDocument& doc, const OutputOptions& options) {
  switch (format) {
    case OutputFormat::jsonl:
      write_tag_json(out, doc, options);
      out += '\n';
      return;
    case OutputFormat::json: write_tag_json(out, doc, options); return;
    case OutputFormat::timeml:
      write_tag_timeml(out, doc);
      out += '\n';
      return;
    case OutputFormat::text:
      write_tag_text(out, doc);
      out += '\n';
      return;
    case OutputFormat::svg:
    case OutputFormat::ics: break;
  }
  throw std::invalid_argument("time mentions cannot be written as " + std::string(to_string(format)));
}

Framing tagged_framing(OutputFormat format, std::size_t count) noexcept {
  switch (format) {
    case OutputFormat::json: return {"[", ",\n", "]\n"};
    case OutputFormat::timeml:
      if (count == 1) return {xml_declaration, "", ""};
      return {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeMLCollection>\n", "", "</TimeMLCollection>\n"};
    default: return {"", "", ""};
  }
}

}  // namespace ktimeline
