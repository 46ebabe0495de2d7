// Aho-Corasick: a trie of the phrases, failure links by breadth-first search,
// then every missing transition filled in so scanning never backtracks.
#include "phrase_matcher.hpp"

#include <algorithm>
#include <array>
#include <deque>

namespace ktimeline {
namespace detail {

namespace {

constexpr unsigned char fold(unsigned char b) noexcept {
  return (b >= 'A' && b <= 'Z') ? static_cast<unsigned char>(b - 'A' + 'a') : b;
}

constexpr std::uint32_t none = 0xFFFFFFFFu;

}  // namespace

void PhraseMatcher::Builder::add(std::string_view phrase, std::uint32_t id) {
  if (!phrase.empty()) phrases_.emplace_back(std::string(phrase), id);
}

PhraseMatcher PhraseMatcher::Builder::build() const {
  PhraseMatcher m;
  if (phrases_.empty()) return m;

  // Byte classes: class 0 for bytes no phrase uses, so the table stays narrow.
  std::array<bool, 256> used{};
  std::uint32_t max_id = 0;
  for (const auto& [phrase, id] : phrases_) {
    for (char c : phrase) used[fold(static_cast<unsigned char>(c))] = true;
    max_id = std::max(max_id, id);
  }
  std::size_t classes = 1;
  for (int b = 0; b < 256; ++b) {
    if (used[static_cast<std::size_t>(b)]) m.byte_class_[static_cast<std::size_t>(b)] = static_cast<std::uint8_t>(classes++);
  }
  for (int b = 'A'; b <= 'Z'; ++b) m.byte_class_[static_cast<std::size_t>(b)] = m.byte_class_[fold(static_cast<unsigned char>(b))];
  m.classes_ = classes;
  m.lengths_.assign(max_id + 1, 0);

  // The trie, with `none` for missing edges.
  std::vector<std::uint32_t> next(classes, none);
  std::vector<std::vector<std::uint32_t>> own_outputs(1);
  for (const auto& [phrase, id] : phrases_) {
    std::uint32_t state = 0;
    for (char c : phrase) {
      const auto cls = m.byte_class_[static_cast<unsigned char>(c)];
      auto& edge = next[state * classes + cls];
      if (edge == none) {
        edge = static_cast<std::uint32_t>(own_outputs.size());
        own_outputs.emplace_back();
        next.resize(next.size() + classes, none);
      }
      state = next[state * classes + cls];
    }
    own_outputs[state].push_back(id);
    m.lengths_[id] = phrase.size();
  }
  const std::size_t states = own_outputs.size();

  // Failure links in breadth-first order; outputs merge along them.
  std::vector<std::uint32_t> fail(states, 0);
  std::vector<std::vector<std::uint32_t>> outputs = own_outputs;
  std::deque<std::uint32_t> queue;
  for (std::size_t c = 0; c < classes; ++c) {
    auto& edge = next[c];
    if (edge == none) {
      edge = 0;
    } else {
      fail[edge] = 0;
      queue.push_back(edge);
    }
  }
  while (!queue.empty()) {
    const auto s = queue.front();
    queue.pop_front();
    auto& out = outputs[s];
    const auto& inherited = outputs[fail[s]];
    out.insert(out.end(), inherited.begin(), inherited.end());
    for (std::size_t c = 0; c < classes; ++c) {
      auto& edge = next[s * classes + c];
      const auto via_fail = next[fail[s] * classes + c];
      if (edge == none) {
        edge = via_fail;
      } else {
        fail[edge] = via_fail;
        queue.push_back(edge);
      }
    }
  }

  m.next_ = std::move(next);
  m.output_begin_.reserve(states + 1);
  for (const auto& out : outputs) {
    m.output_begin_.push_back(static_cast<std::uint32_t>(m.outputs_.size()));
    m.outputs_.insert(m.outputs_.end(), out.begin(), out.end());
  }
  m.output_begin_.push_back(static_cast<std::uint32_t>(m.outputs_.size()));
  return m;
}

}  // namespace detail
}  // namespace ktimeline
