// The readable table of `--format text`: one line per mention.
#include <fmt/format.h>

#include "ktimeline/output.hpp"

namespace ktimeline {

namespace {

// Mention text on one line: control characters (a span may cross a line
// break) become spaces and invalid bytes U+FFFD, so the table stays a table.
void append_one_line(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto d = utf8::decode(s, i);
    if (d.cp < 0x20 || d.cp == 0x7F) {
      out += ' ';
    } else if (d.cp == utf8::replacement) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(s.data() + i, d.length);
    }
    i += d.length;
  }
}

}  // namespace

void write_tag_text(std::string& out, const TaggedDocument& doc) {
  out += "# ";
  append_one_line(out, doc.id);
  if (doc.reference.time) {
    out += fmt::format("  (reference {}, {})", doc.reference.time->timex(), to_string(doc.reference.source));
  } else {
    out += "  (no reference time)";
  }
  out += '\n';
  if (doc.mentions.empty()) out += "  no time mentions\n";
  for (const auto& m : doc.mentions) {
    const auto mod = to_string(m.value.mod);
    out += fmt::format("  {:>7}-{:<7} {:<8} {:<33} {:<9} ", m.span.begin, m.span.end, to_string(m.value.type),
                       m.value.value(), mod.empty() ? "-" : mod);
    append_one_line(out, m.text);
    out += "  [";
    out += m.rule;
    if (!m.anchor.empty()) {
      out += "; ";
      append_one_line(out, m.anchor);
    }
    out += "]\n";
  }
}

}  // namespace ktimeline
