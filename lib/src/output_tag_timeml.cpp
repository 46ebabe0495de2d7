// TimeML: the article's text with each time mention inline as a TIMEX3 element.
#include <fmt/format.h>

#include "ktimeline/output.hpp"

namespace ktimeline {

namespace {

constexpr std::string_view replacement_utf8 = "\xEF\xBF\xBD";

// Code points XML 1.0 allows: tab, newline, carriage return, and everything
// from U+0020 except surrogates (never decoded) and U+FFFE/U+FFFF.
constexpr bool xml_allowed(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF);
}

void append_attribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_xml_escaped(out, value, true);
  out += '"';
}

}  // namespace

void append_xml_escaped(std::string& out, std::string_view s, bool attribute) {
  out.reserve(out.size() + s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"':
          if (attribute) {
            out += "&quot;";
          } else {
            out += '"';
          }
          break;
        default: out += static_cast<char>(c); break;
      }
      ++i;
      continue;
    }
    const auto d = utf8::decode(s, i);
    if (!xml_allowed(d.cp) || d.cp == utf8::replacement) {
      out += replacement_utf8;
    } else if (attribute && d.cp < 0x20) {
      // A newline or tab inside an attribute would be normalized to a space by
      // any XML reader: keep it as a character reference instead.
      out += fmt::format("&#{};", static_cast<unsigned>(d.cp));
    } else {
      out.append(s.data() + i, d.length);
    }
    i += d.length;
  }
}

void write_tag_timeml(std::string& out, const TaggedDocument& doc) {
  out += "<TimeML>\n<DOCID>";
  append_xml_escaped(out, doc.id, false);
  out += "</DOCID>\n";
  if (doc.reference.time) {
    const auto value = doc.reference.time->timex();
    out += "<DCT><TIMEX3";
    append_attribute(out, "tid", "t0");
    append_attribute(out, "type", doc.reference.time->grain >= Grain::hour ? "TIME" : "DATE");
    append_attribute(out, "value", value);
    append_attribute(out, "functionInDocument", "CREATION_TIME");
    out += '>';
    append_xml_escaped(out, value, false);
    out += "</TIMEX3></DCT>\n";
  }
  out += "<TEXT>";
  const std::string_view text = doc.text;
  std::size_t cursor = 0;
  std::size_t tid = 0;
  for (const auto& m : doc.mentions) {
    // Spans come from the tagger over this very text; still, never trust them
    // blindly: a span out of range or overlapping the previous one is skipped.
    if (m.span.begin < cursor || m.span.end > text.size() || m.span.empty()) continue;
    append_xml_escaped(out, text.substr(cursor, m.span.begin - cursor), false);
    out += "<TIMEX3";
    append_attribute(out, "tid", fmt::format("t{}", ++tid));
    append_attribute(out, "type", to_string(m.value.type));
    append_attribute(out, "value", m.value.value());
    if (m.value.mod != Mod::none) append_attribute(out, "mod", to_string(m.value.mod));
    if (m.value.type == TimexType::set && m.value.frequency > 0) {
      append_attribute(out, "freq", fmt::format("{}X", m.value.frequency));
    }
    out += '>';
    append_xml_escaped(out, text.substr(m.span.begin, m.span.size()), false);
    out += "</TIMEX3>";
    cursor = m.span.end;
  }
  append_xml_escaped(out, text.substr(cursor), false);
  out += "</TEXT>\n</TimeML>";
}

}  // namespace ktimeline
