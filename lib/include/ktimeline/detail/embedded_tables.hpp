#pragma once
// Access to the rule tables compiled into the library (lib/rules/*.tsv).
#include <string_view>

namespace ktimeline {
namespace detail {

/// The bytes of lib/rules/NAME.tsv as built into the library; empty if unknown.
///   auto tsv = embedded_table("lexicon");
std::string_view embedded_table(std::string_view name) noexcept;

}  // namespace detail
}  // namespace ktimeline
