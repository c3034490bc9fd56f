// Speaker recognition probed form by form: every row of
// tests/text/data/person_probes.tsv names a person in one form (a title
// before the name in some government's style, an honorific, a name of some
// culture, a title after the name, a later short reference, a title with a
// surname the mention finder does not know) or holds a near-miss that is no
// person (a street, ship, prize or building named after one), and says
// which speaker, kind, role and state the extractor must read. Each row is a
// test case of its own (PersonProbe.Row/t_for_01, ...), so a failure names
// its form.

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using text_testing::NameOf;

struct PersonRow {
  std::string id, form, n, speaker, kind, role, state, words, notperson;
  std::string text;
};

void PrintTo(const PersonRow& r, std::ostream* os) { *os << r.id; }

constexpr size_t kColumns = 10;

// The rows of the probe file; aborts on a missing file or a malformed row
// (the file is part of the repository).
std::vector<PersonRow> ReadRows() {
  const std::string path =
      std::string(DIPLOGRAPH_SOURCE_DIR) + "/tests/text/data/person_probes.tsv";
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::abort();
  }
  std::vector<PersonRow> rows;
  std::string line;
  int line_no = 0;
  bool seen_header = false;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() != kColumns) {
      std::fprintf(stderr, "%s:%d: %zu columns, want %zu\n", path.c_str(),
                   line_no, f.size(), kColumns);
      std::abort();
    }
    if (!seen_header) {
      seen_header = true;
      continue;
    }
    PersonRow r{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]};
    r.text = absl::StrReplaceAll(r.text, {{"\\n", "\n"}});
    rows.push_back(std::move(r));
  }
  return rows;
}

const std::vector<PersonRow>& Rows() {
  static const std::vector<PersonRow>* const rows =
      new std::vector<PersonRow>(ReadRows());
  return *rows;
}

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Olga Tamm", .kind = ActorKind::kPerson});
    return g;
  }();
  return *graph;
}

const Extractor& TheExtractor() {
  static const Extractor* const e = text_testing::NewExtractor(Known());
  return *e;
}

// Words without surrounding spaces and , . ; : marks.
std::string Trimmed(absl::string_view w) {
  auto mark = [](char c) {
    return c == ',' || c == '.' || c == ';' || c == ':' ||
           absl::ascii_isspace(static_cast<unsigned char>(c));
  };
  while (!w.empty() && mark(w.front())) w.remove_prefix(1);
  while (!w.empty() && mark(w.back())) w.remove_suffix(1);
  return std::string(w);
}

bool WordsMatch(absl::string_view want, absl::string_view got) {
  if (want == "*") return true;
  if (absl::ConsumePrefix(&want, "~")) return absl::StrContains(got, want);
  return Trimmed(got) == Trimmed(want);
}

std::string KindWord(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson:
      return "person";
    case ActorKind::kState:
      return "state";
    default:
      return "other";
  }
}

// "role @ organisation" for each affiliation of actor `a`.
std::string Affiliations(const Extraction& x, int a) {
  std::vector<std::string> out;
  for (const ExtractedAffiliation& f : x.actors[a].affiliations) {
    out.push_back(absl::StrCat(f.role, " @ ", NameOf(x, f.organization)));
  }
  return absl::StrJoin(out, "; ");
}

std::string Describe(const Extraction& x) {
  std::vector<std::string> out;
  for (const ExtractedStatement& s : x.statements) {
    out.push_back(absl::StrCat("  [", NameOf(x, s.speaker), "] (",
                               s.speaker_rule, "/", s.rule, ") <", s.text,
                               ">"));
  }
  for (size_t a = 0; a < x.actors.size(); ++a) {
    out.push_back(absl::StrCat(
        "  actor ", x.actors[a].name, " (", KindWord(x.actors[a].kind), ", ",
        x.actors[a].rule, ") [", absl::StrJoin(x.actors[a].titles, "; "), "] {",
        Affiliations(x, static_cast<int>(a)), "}"));
  }
  return out.empty() ? "  (nothing)" : absl::StrJoin(out, "\n");
}

// Whether a title of `a`, or the role of one of its affiliations, holds
// `role` (any case).
bool HasRoleWord(const Extraction& x, int a, absl::string_view role) {
  const std::string want = absl::AsciiStrToLower(role);
  for (const std::string& t : x.actors[a].titles) {
    if (absl::StrContains(absl::AsciiStrToLower(t), want)) return true;
  }
  for (const ExtractedAffiliation& f : x.actors[a].affiliations) {
    if (absl::StrContains(absl::AsciiStrToLower(f.role), want)) return true;
  }
  return false;
}

// Whether one of `a`'s affiliations is tied to the state named `state`:
// the state itself, or an organisation whose name or own affiliation names
// it ("Ministry of Foreign Affairs of Japan").
bool TiedToState(const Extraction& x, int a, absl::string_view state) {
  for (const ExtractedAffiliation& f : x.actors[a].affiliations) {
    if (f.organization < 0) continue;
    const ExtractedActor& o = x.actors[f.organization];
    if (o.name == state || absl::StrContains(o.name, state)) return true;
    for (const ExtractedAffiliation& g : o.affiliations) {
      if (g.organization >= 0 && x.actors[g.organization].name == state) {
        return true;
      }
    }
  }
  return false;
}

class PersonProbe : public ::testing::TestWithParam<PersonRow> {};

TEST_P(PersonProbe, Row) {
  const PersonRow& r = GetParam();
  const Extraction x = text_testing::ExtractDated(TheExtractor(), r.text);
  SCOPED_TRACE(
      absl::StrCat(r.id, " (", r.form, "): ", r.text, "\n", Describe(x)));
  if (r.notperson != "-") {
    for (const ExtractedActor& a : x.actors) {
      EXPECT_FALSE(a.kind == ActorKind::kPerson &&
                   absl::StrContains(a.name, r.notperson))
          << a.name << " is no person";
    }
  }
  if (r.n != "*") {
    ASSERT_EQ(x.statements.size(), static_cast<size_t>(std::stoi(r.n)));
  }
  if (r.words == "*") return;
  const ExtractedStatement* s = nullptr;
  for (const ExtractedStatement& c : x.statements) {
    if (WordsMatch(r.words, c.text)) {
      s = &c;
      break;
    }
  }
  ASSERT_NE(s, nullptr) << "no statement with the words " << r.words;
  if (r.speaker != "*") {
    ASSERT_EQ(NameOf(x, s->speaker), r.speaker);
  }
  if (s->speaker < 0) return;
  if (r.kind != "*") {
    EXPECT_EQ(KindWord(x.actors[s->speaker].kind), r.kind);
  }
  if (r.role != "*") {
    EXPECT_TRUE(HasRoleWord(x, s->speaker, r.role))
        << "no role with " << r.role;
  }
  if (r.state != "*") {
    EXPECT_TRUE(TiedToState(x, s->speaker, r.state))
        << "no affiliation tied to " << r.state;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Rows, PersonProbe, ::testing::ValuesIn(Rows()),
    [](const ::testing::TestParamInfo<PersonRow>& info) {
      return absl::StrReplaceAll(info.param.id, {{"-", "_"}});
    });

}  // namespace
}  // namespace diplograph
