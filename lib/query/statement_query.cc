#include "diplograph/statement_query.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "diplograph/relationship.h"
#include "query/actor_check.h"
#include "query/date_ranges.h"
#include "query/text_match.h"

namespace diplograph {

namespace internal {

// Everything a cursor needs besides its runs: the residual filters.
struct QueryPlan {
  std::optional<std::string> code_pattern;
  std::optional<QuadClass> quad;
  std::optional<Polarity> polarity;
  std::optional<std::string> topic;
  bool has_label = false;
  absl::flat_hash_set<StatementId> label_evidence;
  std::optional<std::string> text;
  std::function<bool(const StatementView&)> predicate;
  // Index runs built for the query (joint statements of a co-speaker about
  // a target), kept alive with the cursor.
  std::vector<std::vector<StatementId>> owned_runs;

  static bool InQuad(absl::string_view code, QuadClass quad) {
    if (code.empty()) return false;  // uncoded: no error status to build
    absl::StatusOr<QuadClass> q = QuadClassOfCode(code);
    return q.ok() && *q == quad;
  }

  bool Keeps(const StatementView& s) const {
    if (code_pattern && !EventCodeMatches(*code_pattern, s.event_type().code)) {
      return false;
    }
    if (quad && !InQuad(s.event_type().code, *quad)) return false;
    if (polarity && OverallPolarity(s) != *polarity) return false;
    if (has_label && !label_evidence.contains(s.id())) return false;
    if (topic) {
      bool found = false;
      for (absl::string_view t : s.topics()) {
        if (absl::EqualsIgnoreCase(t, *topic)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    if (text && !ContainsIgnoringAsciiCase(s.text(), *text)) return false;
    if (predicate && !predicate(s)) return false;
    return true;
  }
};

}  // namespace internal

Polarity OverallPolarity(const StatementView& statement) {
  int sum = 0;
  for (const Stance& s : statement.stances())
    sum += static_cast<int>(s.polarity);
  if (sum > 0) return Polarity::kCooperative;
  if (sum < 0) return Polarity::kConflictual;
  return Polarity::kNeutral;
}

bool EventCodeMatches(absl::string_view pattern, absl::string_view code) {
  if (code.empty()) return false;
  if (!pattern.empty() && pattern.back() == '*') {
    return absl::StartsWith(code, pattern.substr(0, pattern.size() - 1));
  }
  return code == pattern;
}

namespace {

absl::Status CheckPattern(absl::string_view pattern) {
  absl::string_view digits = pattern;
  const bool prefix = !digits.empty() && digits.back() == '*';
  if (prefix) digits.remove_suffix(1);
  bool ok =
      !digits.empty() && digits.size() <= 4 && (digits.size() >= 2 || prefix);
  for (char c : digits) {
    ok = ok && absl::ascii_isdigit(static_cast<unsigned char>(c));
  }
  if (!ok) {
    return absl::InvalidArgumentError(absl::StrCat(
        "EventCode: \"", pattern,
        "\" is not a code of 2-4 digits or a prefix of 1-4 digits followed by "
        "'*'"));
  }
  // Every CAMEO code starts with a zero-padded root 01-20, so its first digit
  // is 0-2 and it does not start with "00".
  if (digits[0] > '2') {
    std::string hint;
    if (digits.size() < 4) {
      hint = absl::StrCat(" (did you mean \"0", pattern, "\"?)");
    }
    return absl::InvalidArgumentError(absl::StrCat(
        "EventCode: \"", pattern,
        "\" can never match a CAMEO code: codes start with a zero-padded root "
        "01-20, so their first digit is 0, 1 or 2",
        hint));
  }
  if (digits.size() >= 2 && digits[0] == '0' && digits[1] == '0') {
    return absl::InvalidArgumentError(absl::StrCat(
        "EventCode: \"", pattern,
        "\" can never match a CAMEO code: no root code is \"00\" (roots are "
        "01-20)"));
  }
  return absl::OkStatus();
}

struct PairKeyLess {
  bool operator()(uint32_t ka, StatementId a, uint32_t kb,
                  StatementId b) const {
    return ka != kb ? ka < kb : a < b;
  }
};

}  // namespace

// ----------------------------------------------------------------------
// StatementCursor

StatementCursor::StatementCursor(
    const Graph* graph, std::shared_ptr<const internal::QueryPlan> plan,
    Runs runs, bool chained)
    : graph_(graph),
      plan_(std::move(plan)),
      runs_(std::move(runs)),
      chained_(chained) {
  runs_.erase(
      std::remove_if(runs_.begin(), runs_.end(),
                     [](absl::Span<const StatementId> r) { return r.empty(); }),
      runs_.end());
  if ((runs_.size() <= 1 || chained_) && plan_ == nullptr) {
    single_ = true;
    if (!runs_.empty()) {
      cur_ = runs_[0].data();
      end_ = cur_ + runs_[0].size();
    }
  } else if (chained_) {
    // read in order by NextCandidate
  } else if (runs_.size() == 2) {
    Refill(0);
    Refill(1);
  } else if (runs_.size() > 2) {
    heap_.reserve(runs_.size());
    for (uint32_t i = 0; i < runs_.size(); ++i) {
      const StatementId id = runs_[i].front();
      heap_.push_back({internal::SortKey(graph_->statement(id).date()), id, i});
    }
    std::make_heap(heap_.begin(), heap_.end(),
                   [](const HeapEntry& a, const HeapEntry& b) {
                     return PairKeyLess()(b.key, b.id, a.key, a.id);
                   });
  }
}

StatementCursor::StatementCursor(StatementCursor&&) noexcept = default;
StatementCursor& StatementCursor::operator=(StatementCursor&&) noexcept =
    default;
StatementCursor::~StatementCursor() = default;

void StatementCursor::Refill(int r) {
  const size_t n = std::min<size_t>(kKeyBlock, runs_[r].size());
  for (size_t i = 0; i < n; ++i) {
    keys_[r][i] = internal::SortKey(graph_->statement(runs_[r][i]).date());
  }
  key_at_[r] = 0;
  key_end_[r] = static_cast<uint32_t>(n);
}

void StatementCursor::Advance(int r) {
  runs_[r].remove_prefix(1);
  if (++key_at_[r] == key_end_[r] && !runs_[r].empty()) Refill(r);
}

bool StatementCursor::NextRun() {
  while (run_at_ + 1 < runs_.size()) {
    const absl::Span<const StatementId> run = runs_[++run_at_];
    cur_ = run.data();
    end_ = cur_ + run.size();
    if (cur_ != end_) return true;
  }
  return false;
}

bool StatementCursor::NextCandidate(StatementId* id) {
  if (runs_.size() == 1 || chained_) {
    while (run_at_ < runs_.size() && runs_[run_at_].empty()) ++run_at_;
    if (run_at_ == runs_.size()) return false;
    *id = runs_[run_at_].front();
    runs_[run_at_].remove_prefix(1);
    return true;
  }
  if (runs_.size() == 2) {
    // A linear merge of two runs, each head's key read once.
    const bool a = !runs_[0].empty(), b = !runs_[1].empty();
    if (!a && !b) return false;
    int take;
    if (!b) {
      take = 0;
    } else if (!a) {
      take = 1;
    } else if (keys_[0][key_at_[0]] != keys_[1][key_at_[1]]) {
      take = keys_[0][key_at_[0]] < keys_[1][key_at_[1]] ? 0 : 1;
    } else if (runs_[0][0] != runs_[1][0]) {
      take = runs_[0][0] < runs_[1][0] ? 0 : 1;
    } else {  // the same statement in both runs: once
      *id = runs_[0][0];
      Advance(0);
      Advance(1);
      return true;
    }
    *id = runs_[take][0];
    Advance(take);
    return true;
  }
  auto greater = [](const HeapEntry& a, const HeapEntry& b) {
    return PairKeyLess()(b.key, b.id, a.key, a.id);
  };
  while (!heap_.empty()) {
    std::pop_heap(heap_.begin(), heap_.end(), greater);
    HeapEntry top = heap_.back();
    heap_.pop_back();
    absl::Span<const StatementId>& run = runs_[top.run];
    run.remove_prefix(1);
    if (!run.empty()) {
      const StatementId next = run.front();
      heap_.push_back(
          {internal::SortKey(graph_->statement(next).date()), next, top.run});
      std::push_heap(heap_.begin(), heap_.end(), greater);
    }
    if (top.id == last_) continue;  // the same statement from another run
    last_ = top.id;
    *id = top.id;
    return true;
  }
  return false;
}

bool StatementCursor::NextMerged(StatementId* id) {
  if (plan_ == nullptr) return NextCandidate(id);  // no residual filter
  StatementId candidate;
  while (NextCandidate(&candidate)) {
    if (plan_->Keeps(graph_->statement(candidate))) {
      *id = candidate;
      return true;
    }
  }
  return false;
}

// ----------------------------------------------------------------------
// StatementQuery

StatementQuery::StatementQuery(const Graph& graph) : graph_(&graph) {}

StatementQuery& StatementQuery::By(ActorId speaker) {
  speaker_ = speaker;
  return *this;
}
StatementQuery& StatementQuery::About(ActorId target) {
  target_ = target;
  return *this;
}
StatementQuery& StatementQuery::Involving(ActorId actor) {
  involving_ = actor;
  return *this;
}
StatementQuery& StatementQuery::Between(ActorId a, ActorId b) {
  pair_a_ = a;
  pair_b_ = b;
  return *this;
}
StatementQuery& StatementQuery::WithAffiliates(bool on) {
  affiliates_ = on ? AffiliateSides::kBoth : AffiliateSides::kNone;
  return *this;
}
StatementQuery& StatementQuery::WithAffiliates(AffiliateSides sides) {
  affiliates_ = sides;
  return *this;
}
StatementQuery& StatementQuery::During(const Interval& window) {
  window_ = window;
  return *this;
}
StatementQuery& StatementQuery::EventCode(absl::string_view pattern) {
  code_pattern_ = std::string(pattern);
  return *this;
}
StatementQuery& StatementQuery::InQuadClass(QuadClass quad) {
  quad_ = quad;
  return *this;
}
StatementQuery& StatementQuery::WithPolarity(Polarity polarity) {
  polarity_ = polarity;
  return *this;
}
StatementQuery& StatementQuery::WithTopic(absl::string_view topic) {
  topic_ = std::string(topic);
  return *this;
}
StatementQuery& StatementQuery::SupportingRelationship(
    absl::string_view label) {
  label_ = std::string(label);
  return *this;
}
StatementQuery& StatementQuery::TextContains(absl::string_view needle) {
  text_ = std::string(needle);
  return *this;
}
StatementQuery& StatementQuery::Where(
    std::function<bool(const StatementView&)> predicate) {
  predicate_ = std::move(predicate);
  return *this;
}

absl::StatusOr<StatementCursor> StatementQuery::Run() const {
  return Start(nullptr);
}

absl::StatusOr<StatementCursor> StatementQuery::Start(
    const PageToken* after) const {
  const Graph& g = *graph_;
  // Validate.
  auto check_actor = [&g](absl::string_view field, ActorId id) {
    return internal::CheckActor(g, field, id);
  };
  const int relations =
      (speaker_ || target_ ? 1 : 0) + (involving_ ? 1 : 0) + (pair_a_ ? 1 : 0);
  if (relations > 1) {
    return absl::InvalidArgumentError(
        "StatementQuery: By/About, Involving and Between are exclusive");
  }
  if (speaker_) {
    if (absl::Status s = check_actor("By", *speaker_); !s.ok()) return s;
  }
  if (target_) {
    if (absl::Status s = check_actor("About", *target_); !s.ok()) return s;
  }
  if (involving_) {
    if (absl::Status s = check_actor("Involving", *involving_); !s.ok())
      return s;
  }
  if (pair_a_) {
    if (absl::Status s = check_actor("Between.a", *pair_a_); !s.ok()) return s;
    if (absl::Status s = check_actor("Between.b", *pair_b_); !s.ok()) return s;
  }
  if (code_pattern_) {
    if (absl::Status s = CheckPattern(*code_pattern_); !s.ok()) return s;
  }
  if (quad_ && (*quad_ < QuadClass::kVerbalCooperation ||
                *quad_ > QuadClass::kMaterialConflict)) {
    return absl::InvalidArgumentError(
        absl::StrCat("InQuadClass: ", static_cast<int>(*quad_),
                     " is not a QuadClass (1-4)"));
  }

  // The residual filters, when there are any.
  std::shared_ptr<internal::QueryPlan> plan;
  if (code_pattern_ || quad_ || polarity_ || topic_ || text_ || predicate_ ||
      label_) {
    plan = std::make_shared<internal::QueryPlan>();
  }
  if (plan) {
    plan->code_pattern = code_pattern_;
    plan->quad = quad_;
    plan->polarity = polarity_;
    plan->topic = topic_;
    plan->text = text_;
    plan->predicate = predicate_;
    if (label_) {
      plan->has_label = true;
      const std::string key = NormalizeLabel(*label_);
      for (uint32_t i = 0; i < g.relationship_count(); ++i) {
        const Relationship& r = g.relationship(RelationshipId(i));
        bool match = r.key == key;
        for (const std::string& v : r.label_variants) {
          match = match || NormalizeLabel(v) == key;
        }
        if (!match) continue;
        for (const Evidence& e : r.evidence) {
          if (e.statement.valid()) plan->label_evidence.insert(e.statement);
        }
      }
    }
  }

  // The index runs.
  const internal::KeyRanges window = internal::KeysOverlapping(window_);
  // The actors `actor` stands for on one side of a statement.
  auto expands = [&](AffiliateSides which) {
    return (static_cast<uint8_t>(affiliates_) & static_cast<uint8_t>(which)) !=
           0;
  };
  auto side = [&](ActorId actor, AffiliateSides which) {
    if (expands(which)) {
      return internal::Hierarchy(g, actor);
    }
    return std::vector<internal::HierarchyMember>{{actor, internal::AllKeys()}};
  };
  const AffiliateSides kSpeaker = AffiliateSides::kSpeaker;
  const AffiliateSides kTarget = AffiliateSides::kTarget;
  StatementCursor::Runs runs;
  bool chained = false;
  auto add = [&](absl::Span<const StatementId> list,
                 const internal::KeyRanges& keys) {
    if (list.empty()) return;
    internal::KeySlices(
        g, list, keys, [&](absl::Span<const StatementId> slice) {
          if (after != nullptr && after->started && !slice.empty()) {
            auto pos = std::partition_point(
                slice.begin(), slice.end(), [&](StatementId id) {
                  return !PairKeyLess()(
                      after->date_key, after->last,
                      internal::SortKey(g.statement(id).date()), id);
                });
            slice.remove_prefix(static_cast<size_t>(pos - slice.begin()));
          }
          if (!slice.empty()) runs.push_back(slice);
        });
  };
  // Joint statements with `speaker` among their co-speakers and `target`
  // among their targets (co-speakers are not in the pair index; their lists
  // are short).
  auto add_co_spoken = [&](ActorId speaker, ActorId target,
                           const internal::KeyRanges& keys) {
    const absl::Span<const StatementId> co = g.StatementsCoSpokenBy(speaker);
    if (co.empty()) return;
    std::vector<StatementId> run;
    for (StatementId id : co) {
      const absl::Span<const ActorId> about = g.statement(id).about();
      if (std::find(about.begin(), about.end(), target) != about.end()) {
        run.push_back(id);
      }
    }
    if (run.empty()) return;
    // The plan keeps the run alive with the cursor; a query without
    // residual filters gets one just for that (it filters nothing).
    if (!plan) plan = std::make_shared<internal::QueryPlan>();
    plan->owned_runs.push_back(std::move(run));
    add(plan->owned_runs.back(), keys);
  };
  // Statements by any of `speakers` about any of `targets`.
  auto add_directed =
      [&](const std::vector<internal::HierarchyMember>& speakers,
          const std::vector<internal::HierarchyMember>& targets) {
        for (const auto& s : speakers) {
          const internal::KeyRanges sk = internal::Intersect(s.keys, window);
          for (const auto& t : targets) {
            const internal::KeyRanges keys = internal::Intersect(sk, t.keys);
            add(g.StatementsFromTo(s.actor, t.actor), keys);
            add_co_spoken(s.actor, t.actor, keys);
          }
        }
      };
  if (speaker_ && target_) {
    add_directed(side(*speaker_, kSpeaker), side(*target_, kTarget));
  } else if (speaker_ && !expands(kSpeaker)) {
    add(g.StatementsBy(*speaker_), window);
    add(g.StatementsCoSpokenBy(*speaker_), window);  // usually empty
  } else if (speaker_) {
    for (const auto& s : side(*speaker_, kSpeaker)) {
      const internal::KeyRanges keys = internal::Intersect(s.keys, window);
      add(g.StatementsBy(s.actor), keys);
      add(g.StatementsCoSpokenBy(s.actor), keys);
    }
  } else if (target_ && !expands(kTarget)) {
    add(g.StatementsAbout(*target_), window);
  } else if (target_) {
    for (const auto& t : side(*target_, kTarget)) {
      add(g.StatementsAbout(t.actor), internal::Intersect(t.keys, window));
    }
  } else if (involving_ && affiliates_ == AffiliateSides::kNone) {
    // Two runs, merged linearly by the cursor (three with joint
    // statements).
    add(g.StatementsBy(*involving_), window);
    add(g.StatementsAbout(*involving_), window);
    add(g.StatementsCoSpokenBy(*involving_), window);
  } else if (involving_) {
    for (const auto& m : side(*involving_, kSpeaker)) {
      const internal::KeyRanges keys = internal::Intersect(m.keys, window);
      add(g.StatementsBy(m.actor), keys);
      add(g.StatementsCoSpokenBy(m.actor), keys);
    }
    for (const auto& m : side(*involving_, kTarget)) {
      add(g.StatementsAbout(m.actor), internal::Intersect(m.keys, window));
    }
  } else if (pair_a_ && affiliates_ == AffiliateSides::kNone) {
    add(g.StatementsFromTo(*pair_a_, *pair_b_), window);
    add_co_spoken(*pair_a_, *pair_b_, window);
    if (*pair_a_ != *pair_b_) {
      add(g.StatementsFromTo(*pair_b_, *pair_a_), window);
      add_co_spoken(*pair_b_, *pair_a_, window);
    }
  } else if (pair_a_ && (affiliates_ == AffiliateSides::kNone ||
                         affiliates_ == AffiliateSides::kBoth)) {
    // Both directions see the same members: expand each actor once, and
    // intersect the keys of each member pair once for both directions.
    const auto as = side(*pair_a_, kSpeaker);
    const auto bs = side(*pair_b_, kSpeaker);
    for (const auto& a : as) {
      const internal::KeyRanges ak = internal::Intersect(a.keys, window);
      for (const auto& b : bs) {
        const internal::KeyRanges keys = internal::Intersect(ak, b.keys);
        add(g.StatementsFromTo(a.actor, b.actor), keys);
        add(g.StatementsFromTo(b.actor, a.actor), keys);
        add_co_spoken(a.actor, b.actor, keys);
        add_co_spoken(b.actor, a.actor, keys);
      }
    }
  } else if (pair_a_) {
    add_directed(side(*pair_a_, kSpeaker), side(*pair_b_, kTarget));
    add_directed(side(*pair_b_, kSpeaker), side(*pair_a_, kTarget));
  } else {
    // The date index alone: its slices come block by block (runs that
    // follow one another in order), read one after the other.
    chained = true;
    const StatementRange by_date = g.StatementsByDate();
    if (!by_date.empty()) {
      internal::KeySlices(g, by_date, window, [&](StatementRange slice) {
        if (after != nullptr && after->started && !slice.empty()) {
          auto pos = std::partition_point(
              slice.begin(), slice.end(), [&](StatementId id) {
                return !PairKeyLess()(after->date_key, after->last,
                                      internal::SortKey(g.statement(id).date()),
                                      id);
              });
          slice = slice.subspan(static_cast<size_t>(pos - slice.begin()));
        }
        slice.ForEachBlock([&](absl::Span<const StatementId> piece) {
          runs.push_back(piece);
        });
      });
    }
  }
  return StatementCursor(&g, std::move(plan), std::move(runs), chained);
}

absl::StatusOr<StatementPage> StatementQuery::Page(
    size_t limit, const PageToken& after) const {
  absl::StatusOr<StatementCursor> cursor = Start(&after);
  if (!cursor.ok()) return cursor.status();
  StatementPage page;
  page.next = after;
  StatementId id;
  while (page.ids.size() < limit && cursor->Next(&id)) page.ids.push_back(id);
  if (!page.ids.empty()) {
    page.next.started = true;
    page.next.last = page.ids.back();
    page.next.date_key =
        internal::SortKey(graph_->statement(page.ids.back()).date());
  }
  page.has_more = cursor->Next(&id);
  return page;
}

absl::StatusOr<size_t> StatementQuery::Count() const {
  absl::StatusOr<StatementCursor> cursor = Run();
  if (!cursor.ok()) return cursor.status();
  size_t n = 0;
  StatementId id;
  while (cursor->Next(&id)) ++n;
  return n;
}

}  // namespace diplograph
