#pragma once
// Reading one article as it arrives: a pasted web page with headlines,
// bylines, photo captions, body paragraphs and the page's furniture (menus,
// share buttons, related-article lists, rankings, comment boxes) and spam.
//
//   auto doc = ktimeline::read_document("a1", page_text);
//   for (const auto& s : doc.sentences) std::cout << doc.view(s.span) << '\n';
//   if (doc.reference) std::cout << doc.reference->timex() << '\n';
//
// Every line gets a kind; body and caption text is split into sentences;
// the publication (reference) time is read from a byline or, failing that,
// from the photo captions; the dateline place (`(워싱턴=연합뉴스)`) is kept
// for the tagger's 현지시간 handling. All positions are UTF-8 byte offsets
// into Document::text. Reading never throws on bad input (invalid UTF-8,
// NUL bytes, \r\n, empty text, huge lines) and runs in linear time.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ktimeline/text.hpp"
#include "ktimeline/timex.hpp"

namespace ktimeline {

/// What a line of a pasted article is.
enum class LineKind : std::uint8_t {
  blank,      // nothing but white space
  title,      // headline, sub-headline, or a sub-heading inside the body
  byline,     // reporter and date lines: `입력 2025-02-04 13:20`, `홍길동 기자`
  body,       // article text
  caption,    // photo description or photo credit
  furniture,  // menus, share buttons, related/ranking lists, comment UI, copyright
  spam        // gambling words, junk domains, side-income ads, phone numbers
};

/// "blank", "title", "byline", "body", "caption", "furniture", "spam".
///   to_string(LineKind::body) == "body"
std::string_view to_string(LineKind kind) noexcept;

/// One line of the text (a paragraph, for the tagger).
struct Line {
  /// The whole line, without its line break (`\n` or `\r\n`).
  ByteSpan span;
  /// The part to read: body and caption text without inline bylines
  /// (`(서울=뉴스1) 홍길동 기자 =`), glued sub-headings (`▶소제목=`), trailing
  /// reporter names or photo credits; a title's text. Empty for other kinds.
  ByteSpan body_span;
  LineKind kind = LineKind::blank;
};

/// One sentence of body or caption text.
struct Sentence {
  ByteSpan span;              // never includes a byline or photo credit
  std::size_t line = 0;       // index into Document::lines of the line it starts on
  LineKind kind = LineKind::body;  // body or caption
};

/// A publication date whose byline gave no year (`송고시간 10/01 20:14`).
struct YearlessDate {
  unsigned month = 1;
  unsigned day = 1;
  std::optional<std::chrono::minutes> time_of_day;  // when a clock time was given
};

/// How to read a document.
struct DocumentOptions {
  /// A reference time the caller knows; wins over anything found in the text
  /// (ReferenceSource::given).
  std::optional<TimePoint> reference;
};

/// One article: its text, lines, sentences, reference time and dateline.
struct Document {
  std::string id;
  std::string text;  // the article's bytes, owned; every span points in here
  std::vector<Line> lines;
  std::vector<Sentence> sentences;
  /// The publication time: day grain, minute grain when a clock time was
  /// given, month grain when it comes from the collection.
  std::optional<TimePoint> reference;
  ReferenceSource reference_source = ReferenceSource::none;
  /// Set when a byline gave month and day but no year and nothing in the
  /// document told the year; fill_collection_references() completes it.
  std::optional<YearlessDate> yearless_reference;
  /// The dateline place (`(워싱턴=연합뉴스)` -> "워싱턴"), or "".
  std::string dateline;

  /// The text of a span (clamped to the text).
  ///   doc.view(doc.sentences[0].span)
  std::string_view view(ByteSpan span) const noexcept;
};

/// Reads one article: line kinds, sentences, reference time, dateline.
///   auto doc = ktimeline::read_document("a1", text);
Document read_document(std::string id, std::string text, const DocumentOptions& options = {});

/// Gives each document without a reference the collection's: the latest
/// reference among the others at month grain (source `collection`), since the
/// month is known but not the day. A yearless byline date takes the year that
/// puts it closest to the latest reference of the others (source `byline`).
///   ktimeline::fill_collection_references(docs);
void fill_collection_references(std::vector<Document>& docs);

/// The lines of a document that are not body text (titles, bylines,
/// captions, furniture), merged where adjacent: the tagger reads them as
/// asides, so they follow the body's discourse date but never move it.
///   tagger.tag(doc.text, ctx, ktimeline::aside_spans(doc));
std::vector<ByteSpan> aside_spans(const Document& document);

/// Splits text into sentences (Korean news endings, quotes, numbers and
/// abbreviations respected); spans are byte offsets into `text`.
///   split_sentences("올트먼이 왔다. 그는 떠났다.").size() == 2
std::vector<ByteSpan> split_sentences(std::string_view text);

}  // namespace ktimeline
