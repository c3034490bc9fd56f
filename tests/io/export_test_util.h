// Helpers for the export tests: what a reader of an actor-network export
// should find, computed from the graph through the public API (not through
// the exporters' own code), as the canonical lines the validator scripts of
// tests/validators print (see canon.py), and running those scripts.

#ifndef DIPLOGRAPH_TESTS_IO_EXPORT_TEST_UTIL_H_
#define DIPLOGRAPH_TESTS_IO_EXPORT_TEST_UTIL_H_

#include <dirent.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "diplograph/actor.h"
#include "diplograph/export.h"
#include "diplograph/graph.h"
#include "diplograph/statement_query.h"
#include "gtest/gtest.h"

namespace diplograph::testing {

// Text as the exports write it: invalid UTF-8 and C0 controls other than
// tab, line feed and carriage return replaced by U+FFFD.
inline std::string Cleaned(absl::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      out += "\xEF\xBF\xBD";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// canon.py's escaping of one field.
inline std::string Esc(absl::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

inline std::string Line(const std::vector<std::string>& fields) {
  std::vector<std::string> escaped;
  for (const std::string& f : fields) escaped.push_back(Esc(f));
  return absl::StrJoin(escaped, "\t");
}

inline std::string DateText(Date d) {
  return d.is_known() ? d.ToString() : std::string();
}

// One expected edge: its canonical line and its time span (GEXF).
struct ExpectedEdge {
  std::string line;
  std::string start, end;
};

// The nodes and edges of the whole-graph actor-network export of `g`,
// `sep` between list items.
struct ExpectedNetwork {
  std::vector<std::string> nodes;
  std::vector<ExpectedEdge> edges;

  // Sorted canonical lines; with_spans appends each edge's start and end.
  std::vector<std::string> Lines(bool with_spans) const {
    std::vector<std::string> out = nodes;
    for (const ExpectedEdge& e : edges) {
      out.push_back(with_spans ? e.line + "\t" + Line({e.start, e.end})
                               : e.line);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
};

inline std::string ActorRef(ActorId id) { return absl::StrCat("a", id.value); }

// The part of a graph a filtered export covers, worked out from the
// public API: the statements `query` matches within `during`, the
// relationships overlapping `during` with evidence among them, and the
// actors they refer to.
struct Subset {
  std::set<uint32_t> statements, relationships, actors;
};

inline Subset SubsetOf(const Graph& g, const StatementQuery& query,
                       const Interval& during) {
  Subset sub;
  absl::StatusOr<StatementCursor> cursor = query.Run();
  EXPECT_TRUE(cursor.ok()) << cursor.status();
  for (StatementId id : *cursor) {
    const StatementView s = g.statement(id);
    if (!Interval::During(s.date()).Overlaps(during) && s.date().is_known()) {
      continue;
    }
    if (!s.date().is_known() &&
        !(during.is_open_begin() && during.is_open_end())) {
      continue;
    }
    sub.statements.insert(id.value);
    sub.actors.insert(s.speaker().value);
    for (ActorId a : s.about()) sub.actors.insert(a.value);
    for (const Stance& st : s.stances()) sub.actors.insert(st.target.value);
    for (const Report& r : s.reported_by()) sub.actors.insert(r.outlet.value);
    if (s.source().valid() && g.source(s.source()).outlet.valid()) {
      sub.actors.insert(g.source(s.source()).outlet.value);
    }
  }
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    const Relationship& r = g.relationship(RelationshipId(i));
    if (!r.valid.Overlaps(during)) continue;
    bool supported = false;
    for (const Evidence& e : r.evidence) {
      supported |=
          e.statement.valid() && sub.statements.count(e.statement.value);
    }
    if (!supported) continue;
    sub.relationships.insert(i);
    sub.actors.insert(r.from.value);
    sub.actors.insert(r.to.value);
    for (const Evidence& e : r.evidence) {
      if (e.source.valid() && g.source(e.source).outlet.valid()) {
        sub.actors.insert(g.source(e.source).outlet.value);
      }
    }
  }
  return sub;
}

// The nodes and edges of the actor-network export of `g` (of `subset`
// when given), `sep` between list items.
inline ExpectedNetwork ExpectNetwork(const Graph& g,
                                     const std::string& sep = "|",
                                     const Subset* subset = nullptr) {
  ExpectedNetwork net;
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    if (subset != nullptr && !subset->actors.count(i)) continue;
    const Actor& a = g.actor(ActorId(i));
    net.nodes.push_back(Line({"node", ActorRef(ActorId(i)), a.name,
                              std::string(ActorKindName(a.kind)),
                              absl::StrJoin(a.aliases, sep)}));
  }
  for (uint32_t i = 0; i < g.statement_count(); ++i) {
    if (subset != nullptr && !subset->statements.count(i)) continue;
    const StatementView s = g.statement(StatementId(i));
    const EventType& type = s.event_type();
    const std::string label = !type.name.empty()   ? Cleaned(type.name)
                              : !type.code.empty() ? type.code
                                                   : "statement";
    for (size_t t = 0; t < s.about().size(); ++t) {
      const std::optional<Polarity> stance = s.StanceToward(s.about()[t]);
      ExpectedEdge e;
      e.line =
          Line({"edge", absl::StrCat("s", i, "-", t), ActorRef(s.speaker()),
                ActorRef(s.about()[t]), label, "1", "statement",
                absl::StrCat("s", i), DateText(s.date()), Cleaned(s.text()),
                std::string(PolarityName(
                    stance.has_value() ? *stance : OverallPolarity(s))),
                ""});
      if (s.date().is_known()) {
        e.start = s.date().FirstDay().ToString();
        e.end = s.date().LastDay().ToString();
      }
      net.edges.push_back(e);
    }
  }
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    if (subset != nullptr && !subset->relationships.count(i)) continue;
    const Relationship& r = g.relationship(RelationshipId(i));
    std::vector<std::string> evidence;
    for (const Evidence& ev : r.evidence) {
      if (subset != nullptr && ev.statement.valid() &&
          !subset->statements.count(ev.statement.value)) {
        continue;
      }
      evidence.push_back(absl::StrCat(
          EvidenceRoleName(ev.role), ":",
          ev.statement.valid() ? absl::StrCat("s", ev.statement.value)
                               : absl::StrCat("src", ev.source.value)));
    }
    ExpectedEdge e;
    e.line = Line(
        {"edge", absl::StrCat("r", i), ActorRef(r.from), ActorRef(r.to),
         r.label, absl::StrCat(evidence.empty() ? 1 : evidence.size()),
         "relationship", absl::StrCat("r", i), "", "",
         std::string(PolarityName(r.polarity)), absl::StrJoin(evidence, sep)});
    if (r.valid.begin().is_known()) {
      e.start = r.valid.begin().FirstDay().ToString();
    }
    if (r.valid.end().is_known()) e.end = r.valid.end().LastDay().ToString();
    net.edges.push_back(e);
  }
  return net;
}

// The result of a command: exit status and standard output.
struct CommandResult {
  int status = -1;
  std::string out;
};

// Runs `command` with /bin/sh, capturing standard output (standard error
// goes to the test log).
inline CommandResult RunCommand(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), pipe)) > 0) result.out.append(buf, n);
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// `text` in single quotes for /bin/sh.
inline std::string ShellQuote(absl::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out.push_back(c);
    }
  }
  out += "'";
  return out;
}

inline std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines =
      absl::StrSplit(text, '\n', absl::SkipEmpty());
  return lines;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Removes `path`: a file, or a directory of files (as the Neo4j export
// writes), so that a test can be run again.
inline void RemoveOutput(const std::string& path) {
  if (DIR* d = opendir(path.c_str())) {
    while (struct dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name != "." && name != "..") unlink((path + "/" + name).c_str());
    }
    closedir(d);
    rmdir(path.c_str());
  } else {
    unlink(path.c_str());
  }
}

}  // namespace diplograph::testing

#endif  // DIPLOGRAPH_TESTS_IO_EXPORT_TEST_UTIL_H_
