#pragma once
// A small streaming JSON writer for the library's own output formats, so that
// public headers never need nlohmann-json. Keys come out in the order the
// caller writes them; strings are escaped so that ANY byte sequence gives
// valid JSON (invalid UTF-8 becomes U+FFFD).
//
//   std::string out;
//   ktimeline::JsonWriter w(out);
//   w.begin_object().key("id").value("a1").key("n").value(3).end_object();
//   // out == R"({"id":"a1","n":3})"
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ktimeline {

/// Appends `s` to `out` as a quoted JSON string: `"`, `\` and control
/// characters escaped, invalid UTF-8 bytes replaced by U+FFFD, U+2028/2029
/// escaped (so the output is also valid JavaScript), other text kept as UTF-8.
///   append_json_string(out, "a\"b");  // appends "a\"b" with the quotes
void append_json_string(std::string& out, std::string_view s);

/// Writes one JSON value into a string the caller owns. Misuse (a value where
/// a key is due) is not checked beyond debug asserts: the writer is for our
/// own fixed-shape records.
class JsonWriter {
 public:
  /// Writes into `out` (appending).
  ///   std::string s; JsonWriter w(s);
  explicit JsonWriter(std::string& out) : out_(out) {}

  /// `{` ... `}`:  w.begin_object().key("a").value(1).end_object();
  JsonWriter& begin_object();
  JsonWriter& end_object();
  /// `[` ... `]`:  w.begin_array().value(1).value(2).end_array();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  /// The key of the next member:  w.key("id").value("a1");
  JsonWriter& key(std::string_view name);

  /// A string value:  w.value("오후 2시");
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  /// A number:  w.value(std::int64_t{42});
  JsonWriter& value(std::int64_t n);
  JsonWriter& value(std::uint64_t n);
  JsonWriter& value(int n) { return value(static_cast<std::int64_t>(n)); }
  /// true / false:  w.value(true);
  JsonWriter& value(bool b);
  /// null:  w.key("mod").null();
  JsonWriter& null();

 private:
  void before_value();
  std::string& out_;
  std::vector<bool> has_member_;  // one flag per open container: a comma is due
  bool after_key_ = false;
};

}  // namespace ktimeline
