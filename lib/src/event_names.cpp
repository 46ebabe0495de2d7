// Names of the event enums, as the JSON output spells them.
#include <array>

#include "ktimeline/event.hpp"

namespace ktimeline {

std::string_view to_string(EventType t) noexcept {
  constexpr std::array<std::string_view, 8> names{"arrive", "depart", "meet", "meal",
                                                  "attend", "announce", "move", "other"};
  return names[static_cast<std::size_t>(t)];
}

std::string_view to_string(EventStatus s) noexcept {
  constexpr std::array<std::string_view, 3> names{"reported", "planned", "denied"};
  return names[static_cast<std::size_t>(s)];
}

std::string_view to_string(RelationKind k) noexcept {
  constexpr std::array<std::string_view, 4> names{"right_after", "after", "before", "offset_after"};
  return names[static_cast<std::size_t>(k)];
}

std::optional<EventType> parse_event_type(std::string_view s) noexcept {
  for (int i = 0; i <= static_cast<int>(EventType::other); ++i) {
    if (to_string(static_cast<EventType>(i)) == s) return static_cast<EventType>(i);
  }
  return std::nullopt;
}

}  // namespace ktimeline
