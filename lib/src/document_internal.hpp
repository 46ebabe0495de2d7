#pragma once
// Shared pieces of the document module (document_*.cpp). Internal.
#include <array>
#include <cstddef>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document_lexicon.hpp"
#include "ktimeline/document.hpp"
#include "ktimeline/text.hpp"

namespace ktimeline {
namespace detail {

// ---- small text helpers over byte spans -----------------------------------

/// White space, and control characters (NUL included), which never carry text.
constexpr bool is_blank_cp(char32_t cp) noexcept { return is_space(cp) || cp < 0x20 || cp == 0x7F || cp == 0xFEFF; }

/// The span without leading and trailing blanks.
ByteSpan trim(std::string_view text, ByteSpan span) noexcept;
/// Number of code points in a span.
std::size_t count_chars(std::string_view text, ByteSpan span) noexcept;
/// The last code point of a non-empty span, and where it starts.
utf8::Decoded last_cp(std::string_view text, ByteSpan span, std::size_t* where = nullptr) noexcept;
/// True for closing quotes: ” ’ " ' 」 』.
bool is_closing_quote(char32_t cp) noexcept;
/// True for opening or closing quote marks of any kind.
bool is_quote(char32_t cp) noexcept;
/// True for list bullets: • · - – — * ▪ ◦ ㆍ ∙ ‣ ○ □.
bool is_bullet(char32_t cp) noexcept;
/// True for sub-heading marks: ▶ ► ■ ◆ ◇ ● ◈ ▷.
bool is_heading_mark(char32_t cp) noexcept;
/// The span after any leading bullets, heading marks and blanks.
ByteSpan skip_leading_marks(std::string_view text, ByteSpan span) noexcept;
/// Up to `capacity` words of a span, held without allocating.
class WordSpans {
 public:
  static constexpr std::size_t capacity = 48;
  WordSpans() noexcept {}  // leaves the storage uninitialized: only [0, size()) is ever read
  const ByteSpan* begin() const noexcept { return items_; }
  const ByteSpan* end() const noexcept { return items_ + count_; }
  std::size_t size() const noexcept { return count_; }
  bool empty() const noexcept { return count_ == 0; }
  const ByteSpan& operator[](std::size_t i) const noexcept { return items_[i]; }
  const ByteSpan& back() const noexcept { return items_[count_ - 1]; }
  void pop_back() noexcept { --count_; }
  void push_back(ByteSpan s) noexcept { new (&items_[count_++]) ByteSpan(s); }

 private:
  // A union member so that the array is not value-initialized on every call.
  union {
    ByteSpan items_[capacity];
  };
  std::size_t count_ = 0;
};

/// The white-space separated words of a span, at most `limit` (<= WordSpans::capacity) of them.
WordSpans words(std::string_view text, ByteSpan span, std::size_t limit);
/// Where an e-mail-like word `a@b.c` covers the whole span.
bool is_email(std::string_view word) noexcept;
/// `http://...`, `https://...`, `www....`.
bool is_url(std::string_view word) noexcept;

// ---- what a line says, before its neighbours are considered ----------------

/// How a line's text ends.
enum class Ending : std::uint8_t {
  none,           // on a word: headline-like
  period,         // `다.` `요.` `)`+`.`: a sentence
  question,       // `?` or `!`
  quote_final,    // `다"`: ends inside closing quotes without a period
  open            // on an object particle or a comma: the sentence goes on in the next line
};

struct LineInfo {
  ByteSpan core;              // the line without surrounding blanks
  ByteSpan body;              // the part to read (body, caption, title)
  std::size_t chars = 0;      // code points of `body` (of `core` for non-text kinds)
  Ending ending = Ending::none;
  bool polite = false;        // 합니다/해요 form: UI text and ads, rarely news
  bool internal_end = false;  // a sentence ends before the end of `body`
  bool bullet = false;        // a list item
  bool starts_block = false;  // a related/ranking list header or a copyright line
  bool comment = false;       // comment-box UI
  bool dated_byline = false;  // a byline with a date label (`입력 ...`)
  bool bare_date = false;     // a line that is only a date
  bool candidate = false;     // headline-like: title, continuation or furniture by context
  bool continues = false;     // its last sentence continues on the next body line
  LineKind kind = LineKind::blank;
  ByteSpan dateline;          // the dateline place in the text, if the line has one
};

/// Classifies one line on its own. `hits` is scratch space.
LineInfo analyze_line(std::string_view text, ByteSpan span, const DocumentLexicon& lex,
                      std::vector<PhraseMatcher::Hit>& hits);

/// Settles the kinds that depend on neighbours: furniture blocks after list
/// headers, headlines at the top, sub-headings before body, continuations.
void resolve_context(std::vector<LineInfo>& lines);

/// How text ends (see Ending), and whether it is in polite form.
Ending classify_ending(std::string_view text, ByteSpan span, bool* polite) noexcept;
/// True if a sentence ends inside the span before its last character.
bool has_internal_end(std::string_view text, ByteSpan span) noexcept;

// ---- bylines ---------------------------------------------------------------

struct InlineByline {
  std::size_t body_begin;      // where the article text starts
  ByteSpan dateline;           // the place, or empty
  bool agency_photo = false;   // `(워싱턴 AP=연합뉴스)`: a foreign agency's photo, so a caption
};

/// `(서울=뉴스1) 홍길동 기자 = ...`, `[매체=홍길동 기자] ...`, `매체=홍길동 기자 | ...`.
std::optional<InlineByline> parse_inline_byline(std::string_view text, ByteSpan core, const DocumentLexicon& lex);
/// A line that is only a reporter's name (with title, outlet, e-mail): `홍길동 기자`.
bool is_reporter_line(std::string_view text, ByteSpan core, const DocumentLexicon& lex);
/// The length test of is_reporter_line (at most 60 characters), from the byte
/// count when it decides: cheap on long paragraphs.
bool maybe_reporter_line(std::string_view text, ByteSpan core) noexcept;
/// is_reporter_line on a line already split: `ws` holds its first
/// WordSpans::capacity words, and maybe_reporter_line(core) holds.
bool is_reporter_words(std::string_view text, const WordSpans& ws, const DocumentLexicon& lex);
/// Where a glued sub-heading `▶소제목=` ends (the body's start), or core.begin.
std::size_t skip_glued_heading(std::string_view text, ByteSpan core) noexcept;
/// The end of the body once a trailing `... 했다. 홍길동 기자` is cut off.
std::size_t cut_trailing_reporter(std::string_view text, ByteSpan body, const DocumentLexicon& lex);

// ---- captions --------------------------------------------------------------

/// The description part of a photo caption, if the line is one: the text
/// before its credit (`2025.2.4/뉴스1 ⓒ News1 ...`), or after a leading credit
/// in brackets; an empty span for a line that is only a credit.
std::optional<ByteSpan> caption_description(std::string_view text, ByteSpan core, const DocumentLexicon& lex,
                                            const std::vector<PhraseMatcher::Hit>& hits);

// ---- dates -----------------------------------------------------------------

/// A date as a byline or caption states it; year 0 when it gives none.
struct StatedDate {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  std::optional<int> minutes;  // time of day, when given
};

/// Reads a date (and optional clock time) starting at `pos`:
/// `2025-02-04 13:20`, `2025.10.01. 오후 3:41`, `2025/10/01`, `2025년 2월 4일`,
/// `10/01 20:14` (no year). `*end` receives the end of what was read.
std::optional<StatedDate> parse_stated_date(std::string_view text, std::size_t pos, std::size_t limit,
                                            bool allow_yearless, std::size_t* end);
/// Sets doc.reference, reference_source or yearless_reference from the
/// bylines and captions of doc.lines (kinds already settled).
void find_reference(Document& doc, const std::vector<LineInfo>& lines, const DocumentLexicon& lex);
/// The dates of a caption's credit: `2025.2.4/뉴스1`, `2025.2.3 ⓒ News1`.
void caption_dates(std::string_view text, ByteSpan core, std::vector<StatedDate>& out);

// ---- sentences -------------------------------------------------------------

/// Appends the sentences of text[span] to `out`.
void append_sentences(std::string_view text, ByteSpan span, const DocumentLexicon& lex, std::vector<ByteSpan>& out);

}  // namespace detail
}  // namespace ktimeline
