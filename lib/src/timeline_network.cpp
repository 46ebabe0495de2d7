// The simple temporal network solver: Bellman-Ford over difference
// constraints, negative cycles for contradictions.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "ktimeline/detail/timeline_network.hpp"

namespace ktimeline {
namespace detail {

namespace {

struct Edge {
  std::uint32_t from;
  std::uint32_t to;
  Seconds weight;  // x[to] - x[from] <= weight
  std::uint32_t constraint;
};

enum class Reading : std::uint8_t { dropped, tolerant, nominal };

// Contradictions resolved one by one before the rest are resolved in bulk.
constexpr std::size_t kRoundsBeforeBulk = 16;

std::vector<Edge> edges_of(const std::vector<DifferenceConstraint>& constraints, const std::vector<Reading>& reading) {
  std::vector<Edge> edges;
  edges.reserve(constraints.size() * 2);
  for (std::size_t i = 0; i < constraints.size(); ++i) {
    if (reading[i] == Reading::dropped) continue;
    const auto& c = constraints[i];
    const bool nominal = reading[i] == Reading::nominal;
    const Seconds lo = nominal ? c.nominal_lo : c.tolerant_lo;
    const Seconds hi = nominal ? c.nominal_hi : c.tolerant_hi;
    const auto from = static_cast<std::uint32_t>(c.from);
    const auto to = static_cast<std::uint32_t>(c.to);
    const auto id = static_cast<std::uint32_t>(i);
    if (hi < kUnbounded) edges.push_back(Edge{from, to, hi, id});
    if (lo > -kUnbounded) edges.push_back(Edge{to, from, -lo, id});
  }
  return edges;
}

// The constraints of one negative cycle, or nothing. Distances start at 0 for
// every node (a virtual source), so cycles anywhere are found.
std::optional<std::vector<std::size_t>> negative_cycle(std::size_t nodes, const std::vector<Edge>& edges) {
  constexpr std::uint32_t none = UINT32_MAX;
  std::vector<Seconds> dist(nodes, 0);
  std::vector<std::uint32_t> pred(nodes, none);
  std::uint32_t last = none;
  for (std::size_t pass = 0; pass < nodes; ++pass) {
    last = none;
    for (std::uint32_t e = 0; e < edges.size(); ++e) {
      const Edge& edge = edges[e];
      const Seconds candidate = dist[edge.from] + edge.weight;
      if (candidate < dist[edge.to]) {
        dist[edge.to] = candidate;
        pred[edge.to] = e;
        last = edge.to;
      }
    }
    if (last == none) return std::nullopt;
  }
  // Still relaxing after |nodes| passes: walk back into the cycle, then around it.
  std::uint32_t v = last;
  for (std::size_t i = 0; i < nodes; ++i) v = edges[pred[v]].from;
  std::vector<std::size_t> cycle;
  const std::uint32_t start = v;
  do {
    const Edge& e = edges[pred[v]];
    cycle.push_back(e.constraint);
    v = e.from;
  } while (v != start && cycle.size() <= nodes);
  std::sort(cycle.begin(), cycle.end());
  cycle.erase(std::unique(cycle.begin(), cycle.end()), cycle.end());
  return cycle;
}

// Shortest distances from `source` (or to it, on the reversed graph).
std::vector<Seconds> distances(std::size_t nodes, const std::vector<Edge>& edges, std::size_t source, bool reversed) {
  std::vector<Seconds> dist(nodes, kUnbounded);
  dist[source] = 0;
  for (std::size_t pass = 0; pass < nodes; ++pass) {
    bool changed = false;
    for (const Edge& edge : edges) {
      const auto from = reversed ? edge.to : edge.from;
      const auto to = reversed ? edge.from : edge.to;
      if (dist[from] >= kUnbounded) continue;
      const Seconds candidate = dist[from] + edge.weight;
      if (candidate < dist[to]) {
        dist[to] = candidate;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return dist;
}

std::size_t weakest_of(const std::vector<std::size_t>& cycle, const std::vector<DifferenceConstraint>& constraints) {
  std::size_t weakest = cycle.front();
  for (const auto c : cycle) {
    if (constraints[c].strength < constraints[weakest].strength ||
        (constraints[c].strength == constraints[weakest].strength && c > weakest)) {
      weakest = c;
    }
  }
  return weakest;
}

}  // namespace

NetworkSolution solve_network(std::size_t nodes, const std::vector<DifferenceConstraint>& constraints, std::size_t origin) {
  NetworkSolution out;
  out.relaxed.assign(constraints.size(), false);
  std::vector<Reading> reading(constraints.size(), Reading::tolerant);
  for (std::size_t i = 0; i < constraints.size(); ++i) {
    if (constraints[i].from >= nodes || constraints[i].to >= nodes) reading[i] = Reading::dropped;  // malformed
  }
  // Phase 1: what truly contradicts, under the tolerant reading. Each round
  // drops the weakest constraint of one contradictory cycle; a component that
  // keeps contradicting itself after a few rounds (adversarial input) loses
  // every constraint as weak as the cycle's weakest at once, so the number of
  // Bellman-Ford runs stays small.
  for (std::size_t round = 0; round <= constraints.size(); ++round) {
    const auto cycle = negative_cycle(nodes, edges_of(constraints, reading));
    if (!cycle) break;
    const std::size_t weakest = weakest_of(*cycle, constraints);
    if (round < kRoundsBeforeBulk) {
      reading[weakest] = Reading::dropped;
      out.dropped.push_back(weakest);
      out.clashes.push_back(*cycle);
      continue;
    }
    for (std::size_t i = 0; i < constraints.size(); ++i) {
      if (reading[i] != Reading::dropped && constraints[i].strength <= constraints[weakest].strength) {
        reading[i] = Reading::dropped;
        out.dropped.push_back(i);
        out.clashes.push_back(*cycle);
      }
    }
  }
  // Phase 2: the nominal reading, relaxed only where its face values clash.
  for (auto& r : reading) {
    if (r == Reading::tolerant) r = Reading::nominal;
  }
  for (std::size_t round = 0; round <= constraints.size(); ++round) {
    const auto cycle = negative_cycle(nodes, edges_of(constraints, reading));
    if (!cycle) break;
    if (round >= kRoundsBeforeBulk) {
      // Too many clashes of face values: read the whole component tolerantly.
      for (std::size_t i = 0; i < constraints.size(); ++i) {
        if (reading[i] != Reading::nominal) continue;
        reading[i] = Reading::tolerant;
        const auto& k = constraints[i];
        out.relaxed[i] = k.nominal_lo != k.tolerant_lo || k.nominal_hi != k.tolerant_hi;
      }
      continue;
    }
    bool relaxed_any = false;
    for (const auto c : *cycle) {
      const auto& k = constraints[c];
      if (reading[c] == Reading::nominal && (k.nominal_lo != k.tolerant_lo || k.nominal_hi != k.tolerant_hi)) {
        reading[c] = Reading::tolerant;
        out.relaxed[c] = true;
        relaxed_any = true;
      } else if (reading[c] == Reading::nominal) {
        reading[c] = Reading::tolerant;  // same bounds either way
      }
    }
    if (!relaxed_any) {
      // Cannot happen when phase 1 succeeded; kept so that no input can loop.
      const std::size_t weakest = weakest_of(*cycle, constraints);
      reading[weakest] = Reading::dropped;
      out.dropped.push_back(weakest);
      out.clashes.push_back(*cycle);
    }
  }
  const auto edges = edges_of(constraints, reading);
  const auto up = distances(nodes, edges, origin, false);
  const auto down = distances(nodes, edges, origin, true);
  out.earliest.resize(nodes);
  out.latest.resize(nodes);
  for (std::size_t v = 0; v < nodes; ++v) {
    out.latest[v] = up[v] >= kUnbounded ? kUnbounded : up[v];
    out.earliest[v] = down[v] >= kUnbounded ? -kUnbounded : -down[v];
  }
  return out;
}

}  // namespace detail
}  // namespace ktimeline
