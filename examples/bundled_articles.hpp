#pragma once
// The example articles under examples/articles/, compiled into the program.
#include <string_view>
#include <vector>

namespace altman {

struct BundledArticle {
  std::string_view name;  // the file name, used as the document id
  std::string_view text;
};

/// Every bundled article, in file-name order.
///   for (const auto& a : altman::bundled_articles()) std::puts(a.name.data());
const std::vector<BundledArticle>& bundled_articles();

}  // namespace altman
