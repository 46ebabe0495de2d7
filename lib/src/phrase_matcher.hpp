#pragma once
// Finds every occurrence of many phrases in one left-to-right pass over the
// bytes (an Aho-Corasick automaton compiled to a table), so that checking a
// line against hundreds of marker words costs one table step per byte.
// ASCII letters match case-insensitively. Internal to the library.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ktimeline {
namespace detail {

class PhraseMatcher {
 public:
  /// One occurrence: bytes [begin, end) of the scanned text hold phrase `id`.
  struct Hit {
    std::size_t begin;
    std::size_t end;
    std::uint32_t id;
  };

  /// Collects phrases, then builds the immutable matcher.
  class Builder {
   public:
    /// Adds a phrase (non-empty) reported with `id`.
    ///   builder.add("카지노", 7);
    void add(std::string_view phrase, std::uint32_t id);
    PhraseMatcher build() const;

   private:
    std::vector<std::pair<std::string, std::uint32_t>> phrases_;
  };

  /// Calls on_hit(Hit) for every occurrence, in order of end position.
  ///   matcher.scan(line, [&](PhraseMatcher::Hit h) { ... });
  template <class OnHit>
  void scan(std::string_view text, OnHit&& on_hit) const {
    if (classes_ == 0) return;
    std::uint32_t state = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      state = next_[state * classes_ + byte_class_[static_cast<unsigned char>(text[i])]];
      for (std::uint32_t k = output_begin_[state]; k < output_begin_[state + 1]; ++k) {
        const auto id = outputs_[k];
        on_hit(Hit{i + 1 - lengths_[id], i + 1, id});
      }
    }
  }

 private:
  std::vector<std::uint8_t> byte_class_ = std::vector<std::uint8_t>(256, 0);
  std::size_t classes_ = 0;
  std::vector<std::uint32_t> next_;          // state * classes_ + class -> state
  std::vector<std::uint32_t> output_begin_;  // outputs of state s: [begin[s], begin[s+1])
  std::vector<std::uint32_t> outputs_;       // phrase ids
  std::vector<std::size_t> lengths_;         // by phrase id
};

}  // namespace detail
}  // namespace ktimeline
