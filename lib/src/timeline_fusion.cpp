// Fusion: one real event from the reports of a cluster.
//
// A start (or end) is chosen among the distinct values the reports state that
// contain no other stated value (the finest: a part of day or date around a
// clock time supports it, never beats it), by, in turn: support from body text over photo captions only, the number of
// documents that agree with it (a value agrees with the units that contain it:
// 2025-02-04 and TNI support 23:00 that night), the finer grain, an exact over
// an approximate statement, a clock time off the round hour over one on it
// (`5시 30분께` over `6시께`), a report that names the place, and finally the
// earlier value.
// Values that agree with the chosen one are refinements; the others are
// conflicts. Two reported times are never averaged.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "ktimeline/detail/timeline_fusion.hpp"

namespace ktimeline {
namespace detail {

namespace {

template <class Strings>
std::string join(const Strings& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

// A small sorted set of document ids that points into the observations
// (fusion runs per cluster, so it must not allocate a string per report).
using DocSet = std::vector<std::string_view>;

// Adds a document to a set filled in canonical order: a cluster's members
// are ascending observation indices, and observations are sorted by
// document, so a document is either the last one added or a new, greater one.
void add_next_doc(DocSet& docs, std::string_view doc) {
  if (docs.empty() || docs.back() != doc) docs.push_back(doc);
}

// The sorted, distinct union of documents gathered in any order.
void sort_docs(DocSet& docs) {
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
}

std::vector<std::string> strings_of(const DocSet& docs) { return {docs.begin(), docs.end()}; }

bool is_reported(const Event& e) noexcept { return e.status == EventStatus::reported; }

// For clock times: whether the minutes are off the round hour (`5시 30분께`
// says more than `6시께`, which may well be a rounding).
bool off_the_hour(const TimePoint& p) noexcept {
  if (p.grain < Grain::minute) return false;
  const auto since_midnight = p.start - date::floor<date::days>(p.start);
  return std::chrono::duration_cast<std::chrono::minutes>(since_midnight).count() % 60 != 0;
}

// One distinct stated value of a time field and what supports it.
struct TimeChoice {
  TimePoint value;
  std::vector<std::size_t> stating;   // observations that state exactly this value
  DocSet docs;                        // documents whose value agrees with it
  bool body = false;                  // supported by body text
  bool exact = false;                 // some report states it without 약/께
  bool placed = false;                // some report stating it names a place

  // Larger is better; the last keys make the order total on content.
  auto key() const {
    return std::make_tuple(body, docs.size(), static_cast<int>(value.grain), exact, off_the_hour(value), placed,
                           -value.start.time_since_epoch().count(),
                           -static_cast<int>(value.grain), static_cast<int>(value.part), value.date_known);
  }
};

template <class Strings>
std::string docs_label(const Strings& docs) {
  return join(docs, ", ");
}

std::string caption_note(const std::vector<Event>& obs, const TimeChoice& c) {
  for (const auto i : c.stating) {
    if (!obs[i].from_caption) return {};
  }
  return " caption";
}

std::string time_reason(const TimeChoice& chosen, const TimeChoice& other) {
  if (chosen.body != other.body) return "body text over a photo caption";
  if (chosen.docs.size() != other.docs.size()) {
    return fmt::format("more sources ({} documents vs {})", chosen.docs.size(), other.docs.size());
  }
  if (chosen.value.grain != other.value.grain) {
    return fmt::format("finer grain ({} vs {})", to_string(chosen.value.grain), to_string(other.value.grain));
  }
  if (chosen.exact != other.exact) return "stated exactly, not approximately";
  if (off_the_hour(chosen.value) != off_the_hour(other.value)) return "more precise clock time (not a round hour)";
  if (chosen.placed != other.placed) return "the report that also names the place";
  return "the earlier of equally supported values";
}

// Chooses among the values that `value_of` gives for the reported members.
// Returns the chosen value's index into `choices` (or -1 if none).
// Members are grouped by value first; which values agree is decided once per
// pair of distinct values, so a cluster of hundreds of reports costs its
// members times its few distinct values.
template <class ValueOf>
int choose_time(const std::vector<Event>& obs, const std::vector<std::size_t>& members, ValueOf value_of,
                std::vector<TimeChoice>& choices, FusionScratch& scratch) {
  choices.clear();
  std::vector<int>& value_at = scratch.value_at;  // per member: its choice, -1 when it states none
  value_at.assign(members.size(), -1);
  for (std::size_t k = 0; k < members.size(); ++k) {
    const auto i = members[k];
    const Event& e = obs[i];
    const std::optional<TimePoint>& v = value_of(e);
    if (!is_reported(e) || !v) continue;
    auto it = std::find_if(choices.begin(), choices.end(), [&](const TimeChoice& c) { return c.value == *v; });
    if (it == choices.end()) {
      choices.push_back(TimeChoice{*v, {}, {}, false, false, false});
      it = choices.end() - 1;
    }
    value_at[k] = static_cast<int>(it - choices.begin());
    it->stating.push_back(i);
    it->exact = it->exact || !e.approx;
    it->placed = it->placed || !e.place.empty();
  }
  if (choices.empty()) return -1;
  std::vector<char>& agree = scratch.agree;
  agree.assign(choices.size(), 0);
  std::vector<char>& refined = scratch.refined;  // per choice: it contains a finer stated value
  refined.assign(choices.size(), 0);
  for (std::size_t k = 0; k < choices.size(); ++k) {
    auto& c = choices[k];
    for (std::size_t v = 0; v < choices.size(); ++v) {
      agree[v] = agrees(choices[v].value, c.value);
      if (v != k && contains(c.value, choices[v].value)) refined[k] = 1;
    }
    for (std::size_t k = 0; k < members.size(); ++k) {
      if (value_at[k] < 0 || !agree[static_cast<std::size_t>(value_at[k])]) continue;
      const Event& e = obs[members[k]];
      add_next_doc(c.docs, e.doc);
      c.body = c.body || !e.from_caption;
    }
  }
  // The finest compatible value wins: a unit that contains a finer stated
  // value (`오후` around `14:00`) supports it and never beats it, however many
  // documents it has (it agrees with every clock time inside it, so it would
  // count the documents of rival clock times too). A unit that contains no
  // other value still competes; one that does not contain the winner stays a conflict.
  std::size_t best = choices.size();
  for (std::size_t k = 0; k < choices.size(); ++k) {
    if (refined[k]) continue;
    if (best == choices.size() || choices[k].key() > choices[best].key()) best = k;
  }
  return static_cast<int>(best);
}

// The distinct documents of some observations given in canonical order.
std::vector<std::string> docs_in_order(const std::vector<Event>& obs, const std::vector<std::size_t>& stating) {
  std::size_t n = 0;
  for (std::size_t k = 0; k < stating.size(); ++k) n += k == 0 || obs[stating[k]].doc != obs[stating[k - 1]].doc;
  std::vector<std::string> docs;
  docs.reserve(n);
  for (const auto i : stating) {
    if (docs.empty() || docs.back() != obs[i].doc) docs.push_back(obs[i].doc);
  }
  return docs;
}

// The conflict entry for a time field, or nothing when every value agrees.
std::optional<TimelineConflict> time_conflict(const std::vector<Event>& obs, std::string field,
                                              const std::vector<TimeChoice>& choices, std::size_t chosen) {
  const TimeChoice& winner = choices[chosen];
  std::vector<const TimeChoice*> rival_list;
  for (std::size_t k = 0; k < choices.size(); ++k) {
    if (k != chosen && !agrees(choices[k].value, winner.value)) rival_list.push_back(&choices[k]);
  }
  if (rival_list.empty()) return std::nullopt;
  std::sort(rival_list.begin(), rival_list.end(),
            [](const TimeChoice* a, const TimeChoice* b) { return a->key() > b->key(); });
  TimelineConflict c;
  c.field = std::move(field);
  // Every document involved, gathered as views and copied once, sorted.
  // Each value's documents come sorted when its reports are in the canonical
  // order, so they are merged in value by value (a list out of order is sorted first).
  DocSet all_docs;
  auto add = [&](const TimeChoice& t) {
    c.values.push_back(t.value.timex());
    c.value_docs.push_back(docs_in_order(obs, t.stating));
    const auto middle = static_cast<std::ptrdiff_t>(all_docs.size());
    for (const auto i : t.stating) add_next_doc(all_docs, obs[i].doc);  // views into the observations, which stay put
    if (!std::is_sorted(all_docs.begin() + middle, all_docs.end())) std::sort(all_docs.begin() + middle, all_docs.end());
    std::inplace_merge(all_docs.begin(), all_docs.begin() + middle, all_docs.end());
  };
  add(winner);
  for (const auto* r : rival_list) add(*r);
  all_docs.erase(std::unique(all_docs.begin(), all_docs.end()), all_docs.end());
  c.docs = strings_of(all_docs);
  c.chosen = c.values[0];
  const TimeChoice& runner_up = *rival_list.front();
  c.why = fmt::format("{} ({}{}) over {} ({}{}): {}", c.chosen, docs_label(winner.docs), caption_note(obs, winner),
                      c.values[1], docs_label(c.value_docs[1]), caption_note(obs, runner_up),
                      time_reason(winner, runner_up));
  return c;
}

struct DurationChoice {
  Duration value;
  DocSet docs;
  bool body = false;
  bool exact = false;
  auto key() const {
    return std::make_tuple(body, docs.size(), exact, -value.approximate_seconds().count(), value.iso());
  }
};

struct PlaceChoice {
  std::string_view value;
  DocSet docs;    // documents naming it or a name it contains or is contained in
  DocSet naming;  // documents naming exactly it
  auto key() const { return std::make_tuple(docs.size(), value.size(), value); }
};

bool places_agree(std::string_view a, std::string_view b) noexcept {
  return a == b || a.find(b) != std::string_view::npos || b.find(a) != std::string_view::npos;
}

}  // namespace

std::vector<std::string> documents_of(const std::vector<Event>& observations, const std::vector<std::size_t>& members) {
  DocSet docs;
  docs.reserve(members.size());
  for (const auto i : members) docs.push_back(observations[i].doc);
  sort_docs(docs);
  return strings_of(docs);
}

void sort_conflicts(std::vector<TimelineConflict>& conflicts) {
  auto rank = [](const std::string& f) {
    static constexpr std::string_view order[] = {"start", "end", "duration", "place", "order"};
    for (std::size_t i = 0; i < std::size(order); ++i) {
      if (f == order[i]) return i;
    }
    return std::size(order);
  };
  // Compared in place: building tuples of the fields would copy every value list per comparison.
  std::stable_sort(conflicts.begin(), conflicts.end(), [&](const TimelineConflict& a, const TimelineConflict& b) {
    const auto ra = rank(a.field), rb = rank(b.field);
    if (ra != rb) return ra < rb;
    if (a.field != b.field) return a.field < b.field;
    return a.values < b.values;
  });
}

FusedEvent fuse_cluster(const std::vector<Event>& obs, const std::vector<std::size_t>& members,
                        const std::vector<MoveScope>& scopes) {
  FusionScratch scratch;
  return fuse_cluster(obs, members, scopes, scratch);
}

FusedEvent fuse_cluster(const std::vector<Event>& obs, const std::vector<std::size_t>& members,
                        const std::vector<MoveScope>& scopes, FusionScratch& scratch) {
  FusedEvent fused;
  TimelineEvent& out = fused.event;
  out.observations = members;
  // Members of a cluster ascend in the canonical order, so they come grouped
  // by document in ascending document order; the shortcuts that rely on it
  // check it once (a caller may pass members in any order).
  bool in_doc_order = true;
  for (std::size_t k = 1; k < members.size() && in_doc_order; ++k) {
    in_doc_order = !(obs[members[k]].doc < obs[members[k - 1]].doc);
  }
  bool any_reported = false;
  for (const auto i : members) {
    any_reported = any_reported || is_reported(obs[i]);
    const auto scope = scopes[i];
    if (scope == MoveScope::country || (scope == MoveScope::site && fused.scope == MoveScope::unknown)) {
      fused.scope = scope;
    }
  }
  out.status = any_reported ? EventStatus::reported : EventStatus::planned;
  // Plans that a report confirms count as sources, never as facts; a cluster of
  // plans alone is read as the plan it is.
  auto counts = [&](const Event& e) { return any_reported ? is_reported(e) : true; };
  std::vector<std::size_t>& facts = scratch.facts;
  facts.clear();
  for (const auto i : members) {
    if (counts(obs[i])) facts.push_back(i);
  }
  std::vector<std::size_t>& as_reported = scratch.as_reported;  // choose_time reads status: plans alone are judged as stated
  as_reported.assign(facts.begin(), facts.end());
  std::vector<Event> plan_copies;
  const std::vector<Event>* source = &obs;
  if (!any_reported) {
    plan_copies.reserve(facts.size());
    for (std::size_t k = 0; k < facts.size(); ++k) {
      plan_copies.push_back(obs[facts[k]]);
      plan_copies.back().status = EventStatus::reported;
      as_reported[k] = k;
    }
    source = &plan_copies;
  }
  const std::vector<Event>& pool = *source;

  // Start.
  std::vector<TimeChoice> choices;
  const int start_choice = choose_time(pool, as_reported, [](const Event& e) -> const std::optional<TimePoint>& { return e.start; }, choices, scratch);
  if (start_choice >= 0) {
    const TimeChoice& c = choices[static_cast<std::size_t>(start_choice)];
    out.start = c.value;
    fused.start_stated = true;
    fused.start_docs = c.docs.size();
    fused.start_caption_only = !c.body;
    out.approx = true;
    for (const auto i : c.stating) out.approx = out.approx && pool[i].approx;
    if (auto conflict = time_conflict(pool, "start", choices, static_cast<std::size_t>(start_choice))) {
      out.conflicts.push_back(std::move(*conflict));
    }
  }
  // Stated end.
  const int end_choice = choose_time(pool, as_reported, [](const Event& e) -> const std::optional<TimePoint>& { return e.end; }, choices, scratch);
  if (end_choice >= 0) {
    const TimeChoice& c = choices[static_cast<std::size_t>(end_choice)];
    out.end = c.value;
    fused.end_stated = true;
    fused.end_approx = true;
    for (const auto i : c.stating) fused.end_approx = fused.end_approx && pool[i].approx;
    if (auto conflict = time_conflict(pool, "end", choices, static_cast<std::size_t>(end_choice))) {
      out.conflicts.push_back(std::move(*conflict));
    }
  }

  // Duration: equal lengths agree whatever their wording (`약 40분간`, `40분간`).
  std::vector<DurationChoice> durations;
  std::vector<std::vector<std::size_t>> duration_stating;
  for (const auto i : as_reported) {
    const Event& e = pool[i];
    if (!e.duration || e.duration->empty()) continue;
    const auto secs = e.duration->approximate_seconds();
    auto it = std::find_if(durations.begin(), durations.end(),
                           [&](const DurationChoice& d) { return d.value.approximate_seconds() == secs; });
    if (it == durations.end()) {
      durations.push_back(DurationChoice{*e.duration, {}, false, false});
      duration_stating.emplace_back();
      it = durations.end() - 1;
    }
    const auto k = static_cast<std::size_t>(it - durations.begin());
    duration_stating[k].push_back(i);
    add_next_doc(it->docs, e.doc);
    it->body = it->body || !e.from_caption;
    it->exact = it->exact || !e.approx;
  }
  if (!durations.empty()) {
    std::size_t best = 0;
    for (std::size_t k = 1; k < durations.size(); ++k) {
      if (durations[k].key() > durations[best].key()) best = k;
    }
    out.duration = durations[best].value;
    fused.duration_docs = durations[best].docs.size();
    fused.duration_approx = !durations[best].exact;
    if (durations.size() > 1) {
      std::vector<std::size_t> order(durations.size());
      for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
      std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (a == best || b == best) return a == best && b != best;
        return durations[a].key() > durations[b].key();
      });
      TimelineConflict c;
      c.field = "duration";
      DocSet all;
      for (const auto k : order) {
        c.values.push_back(durations[k].value.iso());
        c.value_docs.push_back(strings_of(durations[k].docs));
        all.insert(all.end(), durations[k].docs.begin(), durations[k].docs.end());
      }
      sort_docs(all);
      c.docs = strings_of(all);
      c.chosen = durations[best].value.iso();
      const auto& runner = durations[order[1]];
      const auto& chosen = durations[best];
      const char* reason = chosen.body != runner.body                   ? "body text over a photo caption"
                           : chosen.docs.size() != runner.docs.size() ? "more sources"
                           : chosen.exact != runner.exact             ? "stated exactly, not approximately"
                                                                      : "the shorter of equally supported lengths";
      c.why = fmt::format("{} ({}) over {} ({}): {}", c.chosen, docs_label(chosen.docs), runner.value.iso(),
                          docs_label(runner.docs), reason);
      out.conflicts.push_back(std::move(c));
    }
  }
  // An end the reports imply: a stated clock start plus the duration.
  if (!out.end && out.start && out.duration && out.start->grain >= Grain::hour && out.start->date_known) {
    TimePoint end = *out.start;
    end.start = add(out.start->start, *out.duration);
    end.grain = Grain::minute;
    out.end = end;
    fused.end_approx = out.approx || fused.duration_approx;
  }

  // Place: the most supported, then the most specific name.
  std::vector<PlaceChoice> places;
  for (const auto i : as_reported) {
    const Event& e = pool[i];
    if (e.place.empty()) continue;
    auto it = std::find_if(places.begin(), places.end(), [&](const PlaceChoice& p) { return p.value == e.place; });
    if (it == places.end()) {
      places.push_back(PlaceChoice{e.place, {}, {}});
      it = places.end() - 1;
    }
    add_next_doc(it->naming, e.doc);
  }
  if (!places.empty()) {
    // Members in document order leave each naming list sorted, so the union
    // is merged list by list rather than sorted as a whole.
    for (auto& p : places) {
      for (const auto& q : places) {
        if (!places_agree(p.value, q.value)) continue;
        const auto middle = static_cast<std::ptrdiff_t>(p.docs.size());
        p.docs.insert(p.docs.end(), q.naming.begin(), q.naming.end());
        if (in_doc_order) std::inplace_merge(p.docs.begin(), p.docs.begin() + middle, p.docs.end());
      }
      if (in_doc_order) p.docs.erase(std::unique(p.docs.begin(), p.docs.end()), p.docs.end());
      else sort_docs(p.docs);
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < places.size(); ++k) {
      if (places[k].key() > places[best].key()) best = k;
    }
    out.place = std::string{places[best].value};
    std::vector<const PlaceChoice*> rivals;
    for (const auto& p : places) {
      if (!places_agree(p.value, out.place)) rivals.push_back(&p);
    }
    if (!rivals.empty()) {
      std::sort(rivals.begin(), rivals.end(), [](const PlaceChoice* a, const PlaceChoice* b) { return a->key() > b->key(); });
      TimelineConflict c;
      c.field = "place";
      DocSet all = places[best].naming;
      c.values.push_back(out.place);
      c.value_docs.push_back(strings_of(places[best].naming));
      for (const auto* r : rivals) {
        c.values.emplace_back(r->value);
        c.value_docs.push_back(strings_of(r->naming));
        all.insert(all.end(), r->naming.begin(), r->naming.end());
      }
      sort_docs(all);
      c.docs = strings_of(all);
      c.chosen = out.place;
      const bool more = places[best].docs.size() != rivals.front()->docs.size();
      c.why = fmt::format("{} ({}) over {} ({}): {}", out.place, docs_label(places[best].docs), rivals.front()->value,
                          docs_label(rivals.front()->naming), more ? "more sources" : "the more specific name");
      out.conflicts.push_back(std::move(c));
    }
  }

  // Participants: the union, most supported first, then by name. Members come
  // in document order, so a name's documents are counted as they change.
  std::vector<std::string_view> names;      // distinct, in order of first mention
  std::vector<std::size_t> name_docs;       // per name: documents naming it
  std::vector<std::size_t> name_last_doc;   // per name: the last document counted, + 1
  std::size_t doc_number = 0;
  std::string_view last_doc;
  // Distinct names are few in a small cluster, where a scan beats hashing; a
  // big one numbers them through a table, so that it stays linear.
  constexpr std::size_t kScanUpTo = 8;
  std::optional<StringInterner> numbering;
  if (as_reported.size() > kScanUpTo) numbering.emplace(as_reported.size() + 16);
  auto mention = [&](std::string_view name) {
    if (name.empty()) return;
    std::size_t k = 0;
    if (numbering) k = numbering->id(name);
    else while (k < names.size() && names[k] != name) ++k;
    if (k == names.size()) {
      names.push_back(name);
      name_docs.push_back(0);
      name_last_doc.push_back(0);
    }
    if (name_last_doc[k] != doc_number) {
      name_last_doc[k] = doc_number;
      ++name_docs[k];
    }
  };
  for (const auto i : as_reported) {
    const Event& e = pool[i];
    if (doc_number == 0 || e.doc != last_doc) {
      ++doc_number;
      last_doc = e.doc;
    }
    mention(e.subject);
    for (const auto& p : e.participants) mention(p);
  }
  std::vector<std::size_t> by_support(names.size());
  for (std::size_t k = 0; k < by_support.size(); ++k) by_support[k] = k;
  std::sort(by_support.begin(), by_support.end(), [&](std::size_t a, std::size_t b) {
    if (name_docs[a] != name_docs[b]) return name_docs[a] > name_docs[b];
    return names[a] < names[b];
  });
  out.participants.reserve(names.size());
  for (const auto k : by_support) out.participants.emplace_back(names[k]);

  // The representative report: it states the chosen start, is body text, names
  // the most people and has a summary; ties go to the canonical order.
  std::size_t rep = as_reported.empty() ? 0 : as_reported.front();
  auto rep_key = [&](std::size_t i) {
    const Event& e = pool[i];
    const bool states_start = out.start && e.start && *e.start == *out.start;
    const bool timed = e.start.has_value() || e.duration.has_value() || !e.relations.empty();
    return std::make_tuple(states_start, !e.from_caption, timed, e.participants.size(), !e.summary.empty());
  };
  for (const auto i : as_reported) {
    if (rep_key(i) > rep_key(rep)) rep = i;
  }
  if (!as_reported.empty()) {
    out.type = pool[rep].type;
    out.summary = pool[rep].summary;
    if (out.type == EventType::move) {
      // A move reported together with the arrival it ends is the arrival.
      for (const auto i : as_reported) {
        if (pool[i].type == EventType::arrive) out.type = EventType::arrive;
      }
    }
    if (out.summary.empty()) {
      for (const auto i : as_reported) {
        if (!pool[i].summary.empty()) {
          out.summary = pool[i].summary;
          break;
        }
      }
    }
  }

  // Sources: every report, plans included; ordered and deduplicated before
  // their strings are copied.
  // Members ascend in the canonical order, which groups them by document in
  // ascending document order: only each document's run needs sorting, by the
  // rest of the key (the document names are not compared again).
  auto source_key = [&](std::size_t i) {
    const Event& e = obs[i];
    return std::make_tuple(std::string_view{e.sentence}, std::string_view{e.time_text}, e.from_caption,
                           e.status == EventStatus::planned);
  };
  std::vector<std::size_t>& told = scratch.told;
  told.clear();
  for (std::size_t begin = 0; begin < members.size();) {
    std::size_t end = begin + 1;
    while (end < members.size() && (!in_doc_order || obs[members[end]].doc == obs[members[begin]].doc)) ++end;
    const auto run = static_cast<std::ptrdiff_t>(told.size());
    told.insert(told.end(), members.begin() + static_cast<std::ptrdiff_t>(begin),
                members.begin() + static_cast<std::ptrdiff_t>(end));
    if (end - begin > 1) {
      std::sort(told.begin() + run, told.end(), [&](std::size_t a, std::size_t b) {
        if (!in_doc_order && obs[a].doc != obs[b].doc) return obs[a].doc < obs[b].doc;
        return source_key(a) < source_key(b);
      });
      told.erase(std::unique(told.begin() + run, told.end(),
                             [&](std::size_t a, std::size_t b) {
                               return obs[a].doc == obs[b].doc && source_key(a) == source_key(b);
                             }),
                 told.end());
    }
    begin = end;
  }
  out.sources.reserve(told.size());
  for (const auto i : told) {
    const Event& e = obs[i];
    out.sources.push_back(TimelineSource{e.doc, e.sentence, e.time_text, e.from_caption, e.status == EventStatus::planned});
  }
  sort_conflicts(out.conflicts);
  return fused;
}

}  // namespace detail
}  // namespace ktimeline
