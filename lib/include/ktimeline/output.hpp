#pragma once
// Writers: tagged documents as JSON lines, a JSON array, TimeML or a readable
// table. They append to a std::string the caller owns, so a program can format
// documents on worker threads and print them in input order.
//
//   std::string out;
//   ktimeline::write_tagged(out, ktimeline::OutputFormat::jsonl, doc);
//   std::fputs(out.c_str(), stdout);
//
// JSON comes from ktimeline::JsonWriter: no public header needs nlohmann-json.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ktimeline/analysis.hpp"

namespace ktimeline {

/// The output forms of interface.md (`--format`).
enum class OutputFormat : std::uint8_t { text, json, jsonl, timeml, svg, ics };

/// "text", "json", ...
std::string_view to_string(OutputFormat) noexcept;
/// The format named `name`, or nullopt:  parse_output_format("jsonl")
std::optional<OutputFormat> parse_output_format(std::string_view name) noexcept;

/// True if tagged documents (time mentions) can be written in `format`
/// (svg and ics draw timelines, not mentions).
///   supports_tagged(OutputFormat::timeml) == true
bool supports_tagged(OutputFormat format) noexcept;

/// What the writers need besides the documents.
struct OutputOptions {
  /// The collection's zone: a mention's `instant` is written in it
  /// ("2025-02-04T14:40+09:00"); an unknown zone falls back to UTC ("...Z").
  std::string timezone = "Asia/Seoul";
};

/// Appends one `tag` record of interface.md as one line of JSON without the
/// newline: id, reference {value, source}, mentions [{text, begin, end, type,
/// value, mod, rule, anchor}], plus `instant`, `zone` and `freq` on a mention
/// only when it has them.
///   write_tag_json(out, doc);  // {"id":"a1","reference":{...},"mentions":[...]}
void write_tag_json(std::string& out, const TaggedDocument& doc, const OutputOptions& options = {});

/// Appends the document as a TimeML element: DOCID, DCT (when the reference
/// is known), and TEXT with each mention inline as
/// `<TIMEX3 tid="t1" type="TIME" value="2025-02-04T14:40" mod="APPROX">`.
/// All text is XML-escaped; overlapping mentions keep only the first.
///   write_tag_timeml(out, doc);  // <TimeML>...</TimeML>
void write_tag_timeml(std::string& out, const TaggedDocument& doc);

/// Appends a readable table: a header line with the id and reference, then
/// one line per mention (offsets, type, value, mod, text, rule, anchor).
///   write_tag_text(out, doc);
void write_tag_text(std::string& out, const TaggedDocument& doc);

/// Appends one document in `format`, followed by what ends a record in that
/// format (a newline for JSON lines; nothing for a JSON array element).
/// Throws std::invalid_argument if !supports_tagged(format).
///   write_tagged(out, OutputFormat::jsonl, doc);
void write_tagged(std::string& out, OutputFormat format, const TaggedDocument& doc,
                  const OutputOptions& options = {});

/// What surrounds a sequence of records: `[`, `,` and `]` for a JSON array,
/// the XML declaration and a root element for TimeML.
struct Framing {
  std::string_view before;
  std::string_view between;
  std::string_view after;
};

/// The framing of `count` tagged documents in `format`. One TimeML document is
/// a lone <TimeML> root; several are wrapped in <TimeMLCollection>.
///   auto f = tagged_framing(OutputFormat::json, 3);  // "[", ",\n", "]\n"
Framing tagged_framing(OutputFormat format, std::size_t count) noexcept;

/// Appends `s` with `&`, `<`, `>` (and `"` when `attribute`) escaped; bytes
/// that XML 1.0 forbids (control characters, invalid UTF-8) become U+FFFD.
///   append_xml_escaped(out, "a<b", false);  // a&lt;b
void append_xml_escaped(std::string& out, std::string_view s, bool attribute);

}  // namespace ktimeline
