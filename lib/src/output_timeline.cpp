// Writing a timeline in the format a caller names.
#include <stdexcept>

#include "ktimeline/timeline_output.hpp"

namespace ktimeline {

bool supports_timeline(OutputFormat format) noexcept { return format != OutputFormat::timeml; }

void write_timeline(std::string& out, OutputFormat format, const Timeline& timeline) {
  switch (format) {
    case OutputFormat::text: write_timeline_text(out, timeline); return;
    case OutputFormat::json:
    case OutputFormat::jsonl:
      write_timeline_json(out, timeline);
      out += '\n';
      return;
    case OutputFormat::ics: write_timeline_ics(out, timeline); return;
    case OutputFormat::svg: write_timeline_svg(out, timeline); return;
    case OutputFormat::timeml: break;
  }
  throw std::invalid_argument("a timeline cannot be written as " + std::string(to_string(format)));
}

}  // namespace ktimeline
