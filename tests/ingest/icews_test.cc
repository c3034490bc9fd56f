#include "diplograph/icews.h"

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "diplograph/cameo.h"
#include "diplograph/graph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::SizeIs;

const char kQuadSample[] =
    DIPLOGRAPH_SOURCE_DIR "/data/samples/icews14_sample.tsv";
const char kFullSample[] =
    DIPLOGRAPH_SOURCE_DIR "/data/samples/icews_events_sample.tab";

// The report of an import, or its error.
template <typename Import>
absl::StatusOr<IcewsImportReport> Reported(Import import) {
  IcewsImportReport r;
  absl::Status s = import(&r);
  if (!s.ok()) return s;
  return r;
}

absl::StatusOr<IcewsImportReport> ImportQuads(
    Graph& g, const std::string& text, const IcewsImportOptions& o = {}) {
  std::istringstream in(text);
  return Reported([&](IcewsImportReport* r) {
    return ImportIcewsQuadruples(in, "in.tsv", g, o, r);
  });
}

absl::StatusOr<IcewsImportReport> ImportFull(Graph& g, const std::string& text,
                                             const IcewsImportOptions& o = {}) {
  std::istringstream in(text);
  return Reported([&](IcewsImportReport* r) {
    return ImportIcewsEvents(in, "in.tab", g, o, r);
  });
}

absl::StatusOr<IcewsImportReport> ImportQuadsFile(Graph& g,
                                                  const std::string& path) {
  return Reported([&](IcewsImportReport* r) {
    return ImportIcewsQuadruplesFile(path, g, {}, r);
  });
}

absl::StatusOr<IcewsImportReport> ImportFullFile(Graph& g,
                                                 const std::string& path) {
  return Reported([&](IcewsImportReport* r) {
    return ImportIcewsEventsFile(path, g, {}, r);
  });
}

IcewsImportOptions Lenient() {
  IcewsImportOptions o;
  o.mode = ImportMode::kLenient;
  return o;
}

bool HasAffiliation(const Graph& g, ActorId member, ActorId org,
                    absl::string_view role) {
  for (const Affiliation& f : g.actor(member).affiliations) {
    if (f.organization == org && f.role == role) return true;
  }
  return false;
}

ActorId Find(const Graph& g, absl::string_view name) {
  absl::StatusOr<ActorId> id = g.FindActor(name);
  EXPECT_TRUE(id.ok()) << id.status();
  return id.ok() ? *id : ActorId();
}

const char kHeader[] =
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\t"
    "Event Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\t"
    "Target Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
    "Province\tCountry\tLatitude\tLongitude\n";

// ---------------------------------------------------------------------
// Quadruples.

TEST(IcewsQuadruplesTest, ImportsTheCommittedSample) {
  Graph g;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(IcewsImportReport r,
                                  ImportQuadsFile(g, kQuadSample));
  EXPECT_EQ(r.records_read, 3000u);
  EXPECT_EQ(r.statements_added, 3000u);
  EXPECT_EQ(r.duplicates_skipped, 0u);
  EXPECT_EQ(r.records_skipped, 0u);
  EXPECT_EQ(r.uncoded_rows, 0u);
  EXPECT_EQ(g.statement_count(), 3000u);
  std::ifstream f(kQuadSample, std::ios::binary);
  std::stringstream all;
  all << f.rdbuf();
  EXPECT_EQ(r.bytes_read, all.str().size());

  // Row 2: John Kerry / Express intent to meet or negotiate / China.
  const StatementView s = g.statement(StatementId(1));
  EXPECT_EQ(g.actor(s.speaker()).name, "John Kerry");
  ASSERT_THAT(s.about(), SizeIs(1));
  EXPECT_EQ(g.actor(s.about()[0]).name, "China");
  EXPECT_EQ(s.date().ToString(), "2014-11-04");
  EXPECT_EQ(s.event_type(),
            (EventType{"036", "Express intent to meet or negotiate"}));
  // Every statement carries a CAMEO code whose name is the relation.
  for (uint32_t i = 0; i < g.statement_count(); ++i) {
    const EventType& t = g.statement(StatementId(i)).event_type();
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(CameoCode c, LookupCameoCode(t.code));
    EXPECT_EQ(c.name, t.name);
  }
}

TEST(IcewsQuadruplesTest, SectorNamesAreAffiliatedToTheirCountry) {
  Graph g;
  ASSERT_THAT(ImportQuadsFile(g, kQuadSample), IsOk());
  const ActorId china = Find(g, "China");
  const ActorId hog = Find(g, "Head of Government (China)");
  EXPECT_TRUE(HasAffiliation(g, hog, china, "part of"));
  EXPECT_EQ(g.actor(hog).kind, ActorKind::kOrganization);
  absl::Span<const ActorId> members = g.MembersOf(china);
  EXPECT_NE(std::find(members.begin(), members.end(), hog), members.end());
  // Plain names get no affiliation.
  EXPECT_TRUE(g.actor(Find(g, "John Kerry")).affiliations.empty());

  // The country is created (as a state) when absent.
  Graph h;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      IcewsImportReport r,
      ImportQuads(h,
                  "Police (Atlantis)\tMake statement\tLemuria\t2014-01-01\n"));
  EXPECT_EQ(r.actors_added, 3u);
  EXPECT_EQ(r.affiliations_added, 1u);
  const ActorId atlantis = Find(h, "Atlantis");
  EXPECT_EQ(h.actor(atlantis).kind, ActorKind::kState);
  EXPECT_TRUE(
      HasAffiliation(h, Find(h, "Police (Atlantis)"), atlantis, "part of"));
  EXPECT_EQ(h.StatementsBy(atlantis).size(), 0u);
}

TEST(IcewsQuadruplesTest, NewActorsAreOrganizationsByDefault) {
  // The quadruple layout says nothing about what an actor is: a name the
  // country table knows becomes the registry's state, with its ISO code, and
  // a "Sector (Country)" name of the sector table the registry's sector
  // actor; any other name (a person included) an organization, as icews.h
  // documents.
  Graph g;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      IcewsImportReport r0,
      ImportQuads(g,
                  "Barack Obama\tMake statement\tChina\t2014-01-01\n"
                  "Government (Russia)\tMake statement\tChina\t2014-01-02\n"));
  EXPECT_EQ(r0.actors_added, 4u);  // Obama, China, Russia, its government
  EXPECT_EQ(r0.affiliations_added, 1u);
  EXPECT_EQ(g.actor(Find(g, "Barack Obama")).kind, ActorKind::kOrganization);
  EXPECT_TRUE(g.actor(Find(g, "Barack Obama")).iso3.empty());
  const ActorId state = Find(g, "China");
  EXPECT_EQ(g.actor(state).kind, ActorKind::kState);
  EXPECT_EQ(g.actor(state).iso3, "CHN");
  EXPECT_EQ(*g.FindActorByIso3("CHN"), state);
  const ActorId russia = Find(g, "Russia");
  EXPECT_EQ(g.actor(russia).kind, ActorKind::kState);
  EXPECT_EQ(g.actor(russia).iso3, "RUS");
  const ActorId government = Find(g, "Government (Russia)");
  EXPECT_EQ(g.actor(government).kind, ActorKind::kOrganization);
  EXPECT_EQ(g.actor(government).cameo_code, "RUSGOV");
  EXPECT_TRUE(HasAffiliation(g, government, russia, "part of"));
  EXPECT_THAT(g.actor(government).affiliations, SizeIs(1));

  // Another spelling of a known country names the same actor.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      IcewsImportReport r1,
      ImportQuads(g, "Russian Federation\tConsult\tChina\t2014-01-03\n"));
  EXPECT_EQ(r1.actors_added, 0u);
  EXPECT_THAT(g.StatementsBy(russia), SizeIs(1));

  // Actors the graph already knows keep their kind.
  Graph h;
  Actor china;
  china.name = "China";
  china.kind = ActorKind::kState;
  Actor obama;
  obama.name = "Barack Obama";
  obama.kind = ActorKind::kPerson;
  ASSERT_THAT(h.AddActor(china), IsOk());
  ASSERT_THAT(h.AddActor(obama), IsOk());
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      IcewsImportReport r,
      ImportQuads(h, "Barack Obama\tMake statement\tChina\t2014-01-01\n"));
  EXPECT_EQ(r.actors_added, 0u);
  EXPECT_EQ(h.actor(Find(h, "Barack Obama")).kind, ActorKind::kPerson);
  EXPECT_EQ(h.actor(Find(h, "China")).kind, ActorKind::kState);
}

TEST(IcewsQuadruplesTest, TheLastParenthesesPickTheCountry) {
  Graph g;
  ASSERT_THAT(ImportQuads(g,
                          "Police (Kerala) (India)\tConsult\tA\t2014-01-01\n"
                          "Police (Kerala (Bharat))\tConsult\tA\t2014-01-01\n"
                          "Citizen (Ocean)\tConsult\tA\t2014-01-01\n"
                          "Citizen (India)\tConsult\tA\t2014-01-01\n"),
              IsOk());
  // "(India)", the last parentheses, names the country, the state of the
  // country table; the name is kept whole.
  const ActorId india = Find(g, "India");
  EXPECT_EQ(g.actor(india).kind, ActorKind::kState);
  EXPECT_EQ(g.actor(india).iso3, "IND");
  const ActorId police = Find(g, "Police (Kerala) (India)");
  EXPECT_EQ(g.actor(police).kind, ActorKind::kOrganization);
  EXPECT_TRUE(HasAffiliation(g, police, india, "part of"));
  EXPECT_FALSE(g.FindActor("Kerala").ok());
  // Parentheses inside the country: a plain name, no country.
  EXPECT_TRUE(
      g.actor(Find(g, "Police (Kerala (Bharat))")).affiliations.empty());
  EXPECT_FALSE(g.FindActor("Bharat").ok());
  EXPECT_FALSE(g.FindActor("Kerala (Bharat)").ok());
  // A sector of the table in a known country is the shared sector actor,
  // part of the same state.
  const ActorId citizens = Find(g, "Citizen (India)");
  EXPECT_EQ(g.actor(citizens).kind, ActorKind::kOrganization);
  EXPECT_TRUE(HasAffiliation(g, citizens, india, "part of"));
  EXPECT_FALSE(g.actor(citizens).cameo_code.empty());
  // A country the table does not know is created as a state all the same,
  // without an ISO code; its "Citizen" is an organization part of it.
  const ActorId ocean = Find(g, "Ocean");
  EXPECT_EQ(g.actor(ocean).kind, ActorKind::kState);
  EXPECT_TRUE(g.actor(ocean).iso3.empty());
  const ActorId ocean_citizens = Find(g, "Citizen (Ocean)");
  EXPECT_EQ(g.actor(ocean_citizens).kind, ActorKind::kOrganization);
  EXPECT_TRUE(HasAffiliation(g, ocean_citizens, ocean, "part of"));
  EXPECT_TRUE(g.actor(ocean_citizens).cameo_code.empty());
}

TEST(IcewsQuadruplesTest, OddButLegalRowsLoad) {
  Graph g;
  // BOM, CRLF, literal quotes, a self-loop, non-ASCII, no final line end.
  const std::string text =
      "\xEF\xBB\xBF"
      "Party \"Unity\" (Georgia)\tMake statement\tParty \"Unity\" "
      "(Georgia)\t2014-01-02\r\n"
      "São Tomé\tConsult\tOluṣẹgun Ọbasanjọ\t2014-02-03\r\n"
      "\"Quoted\"\tPraise or endorse\tSão Tomé\t2014-02-04";
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(IcewsImportReport r, ImportQuads(g, text));
  EXPECT_EQ(r.records_read, 3u);
  EXPECT_EQ(r.statements_added, 3u);
  EXPECT_EQ(r.bytes_read, text.size());
  const ActorId unity = Find(g, "Party \"Unity\" (Georgia)");
  const StatementView loop = g.statement(StatementId(0));
  EXPECT_EQ(loop.speaker(), unity);
  EXPECT_THAT(loop.about(), ElementsAre(unity));
  EXPECT_TRUE(HasAffiliation(g, unity, Find(g, "Georgia"), "part of"));
  EXPECT_EQ(g.actor(g.statement(StatementId(1)).about()[0]).name,
            "Oluṣẹgun Ọbasanjọ");
  EXPECT_EQ(g.actor(g.statement(StatementId(2)).speaker()).name, "\"Quoted\"");
  EXPECT_EQ(g.statement(StatementId(2)).event_type().code, "051");
}

TEST(IcewsQuadruplesTest, UnknownRelationsAreKeptUncodedAndCounted) {
  Graph g;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      IcewsImportReport r,
      ImportQuads(g,
                  "A\tHold a press conference\tB\t2014-01-01\n"
                  "A\tMake statement\tB\t2014-01-01\n"
                  "B\tHold a press conference\tA\t2014-01-02\n"
                  "B\tmake statement\tA\t2014-01-02\n"));
  EXPECT_EQ(r.statements_added, 4u);
  EXPECT_EQ(r.uncoded_rows, 3u);
  EXPECT_THAT(r.uncoded_event_types,
              ElementsAre("Hold a press conference", "make statement"));
  EXPECT_EQ(g.statement(StatementId(0)).event_type(),
            (EventType{"", "Hold a press conference"}));
  EXPECT_EQ(g.statement(StatementId(1)).event_type().code, "010");
  EXPECT_THAT(r.ToString(), HasSubstr("uncoded rows: 3"));
}

TEST(IcewsQuadruplesTest, RepeatedRowsAreKeptUnlessAskedToSkip) {
  const std::string text =
      "A\tConsult\tB\t2014-01-01\n"
      "A\tConsult\tB\t2014-01-01\n"
      "A\tConsult\tB\t2014-01-02\n"
      "A\tConsult\tB\t2014-01-01\r\n";
  Graph g;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(IcewsImportReport keep, ImportQuads(g, text));
  EXPECT_EQ(keep.statements_added, 4u);
  EXPECT_EQ(keep.duplicates_skipped, 0u);

  Graph h;
  IcewsImportOptions o;
  o.skip_repeated_rows = true;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(IcewsImportReport skip,
                                  ImportQuads(h, text, o));
  EXPECT_EQ(skip.records_read, 4u);
  EXPECT_EQ(skip.statements_added, 2u);
  EXPECT_EQ(skip.duplicates_skipped, 2u);
  EXPECT_EQ(h.statement_count(), 2u);
}

const char kBadRows[] =
    "A\tConsult\tB\t2014-01-01\n"         // 1 good
    "A\tConsult\tB\n"                     // 2 three fields
    "A\tConsult\tB\t2014-02-30\n"         // 3 not on the calendar
    "\tConsult\tB\t2014-01-01\n"          // 4 empty subject
    "A\tConsult\t\xff\xfe\t2014-01-01\n"  // 5 invalid UTF-8
    "\n"                                  // 6 empty line
    "A\tConsult\tB\t14-01-01\n"           // 7 malformed date
    "A\t\tB\t2014-01-01\n"                // 8 empty relation
    " A\tConsult\tB\t2014-01-01\n"        // 9 leading space
    "A\tConsult\tB\t2014-01-03\textra\n"  // 10 five fields
    "C\tConsult\tD\t2014-01-04\n";        // 11 good

TEST(IcewsQuadruplesTest, LenientModeReportsBadRowsWithLineNumbers) {
  Graph g;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(IcewsImportReport r,
                                  ImportQuads(g, kBadRows, Lenient()));
  EXPECT_EQ(r.records_read, 11u);
  EXPECT_EQ(r.statements_added, 2u);
  EXPECT_EQ(r.records_skipped, 9u);
  ASSERT_THAT(r.problems, SizeIs(9));
  std::vector<uint64_t> lines;
  for (const ImportProblem& b : r.problems) lines.push_back(b.line);
  EXPECT_THAT(lines, ElementsAre(2, 3, 4, 5, 6, 7, 8, 9, 10));
  EXPECT_THAT(r.problems[0].ToString(), HasSubstr("found 3"));
  EXPECT_THAT(r.problems[1].ToString(), HasSubstr("not a calendar date"));
  EXPECT_THAT(r.problems[2].ToString(), HasSubstr("subject: empty"));
  EXPECT_THAT(r.problems[3].ToString(), HasSubstr("object: invalid UTF-8"));
  EXPECT_THAT(r.problems[4].ToString(), HasSubstr("found 1"));
  EXPECT_THAT(r.problems[5].ToString(), HasSubstr("YYYY-MM-DD"));
  EXPECT_THAT(r.problems[6].ToString(), HasSubstr("relation: empty"));
  EXPECT_THAT(r.problems[7].ToString(), HasSubstr("leading or trailing"));
  EXPECT_THAT(r.problems[8].ToString(), HasSubstr("found 5"));
  // Bad rows add nothing: only A, B, C, D exist.
  EXPECT_EQ(g.actor_count(), 4u);
  EXPECT_THAT(r.ToString(), HasSubstr("in.tsv:3: date:"));

  // Each problem names the file, the line and the field.
  EXPECT_EQ(r.problems[1].file, "in.tsv");
  EXPECT_EQ(r.problems[1].path, "date");
  EXPECT_EQ(r.problems[1].message, "\"2014-02-30\" is not a calendar date");
  EXPECT_EQ(r.problems[0].path, "");  // the row as a whole
  EXPECT_EQ(r.problem_count, 9u);

  // The list is capped, the count is not.
  Graph h;
  IcewsImportOptions o = Lenient();
  o.max_problems = 2;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(IcewsImportReport capped,
                                  ImportQuads(h, kBadRows, o));
  EXPECT_EQ(capped.records_skipped, 9u);
  EXPECT_THAT(capped.problems, SizeIs(2));
  EXPECT_THAT(capped.ToString(), HasSubstr("and 7 more"));
}

TEST(IcewsQuadruplesTest, StrictModeFailsAndLeavesTheGraphUnchanged) {
  Graph g;
  ASSERT_THAT(ImportQuads(g, "China\tConsult\tJapan\t2014-01-01\n"), IsOk());
  const size_t actors = g.actor_count();
  const size_t statements = g.statement_count();
  EXPECT_THAT(ImportQuads(g,
                          "Ministry (Narnia)\tConsult\tChina\t2014-01-02\n"
                          "Narnia\tConsult\tJapan\t2014-01-03\n"
                          "Narnia\tConsult\tJapan\t2014-13-03\n"
                          "Narnia\tConsult\tJapan\t2014-01-04\n"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("in.tsv:3: date: \"2014-13-03\"")));
  EXPECT_EQ(g.actor_count(), actors);
  EXPECT_EQ(g.statement_count(), statements);
  // The report lists the row that failed the import.
  std::istringstream in("Narnia\tConsult\tJapan\t2014-13-03\n");
  IcewsImportReport report;
  EXPECT_FALSE(ImportIcewsQuadruples(in, "in.tsv", g, {}, &report).ok());
  ASSERT_THAT(report.problems, SizeIs(1));
  EXPECT_EQ(report.problems[0].line, 1u);
  EXPECT_EQ(report.problems[0].path, "date");
  EXPECT_EQ(report.records_skipped, 0u);
  EXPECT_THAT(g.FindActor("Narnia"),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("Narnia")));
  EXPECT_EQ(g.StatementsAbout(Find(g, "China")).size(), 0u);
  EXPECT_TRUE(g.MembersOf(Find(g, "China")).empty());
  // The graph still works: the same rows import leniently.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      IcewsImportReport r,
      ImportQuads(g, "Narnia\tConsult\tJapan\t2014-01-03\n", Lenient()));
  EXPECT_EQ(r.statements_added, 1u);
  EXPECT_EQ(g.StatementsAbout(Find(g, "Japan")).size(), 2u);
}

TEST(IcewsQuadruplesTest, ReusesActorsAlreadyInTheGraph) {
  Graph g;
  Actor china;
  china.name = "China";
  china.kind = ActorKind::kState;
  china.iso3 = "CHN";
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId id, g.AddActor(china));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      IcewsImportReport r,
      ImportQuads(g, "Ministry (China)\tConsult\tChina\t2014-01-01\n"));
  EXPECT_EQ(r.actors_added, 1u);
  EXPECT_EQ(g.StatementsAbout(id).size(), 1u);
  EXPECT_TRUE(HasAffiliation(g, Find(g, "Ministry (China)"), id, "part of"));
}

TEST(IcewsQuadruplesTest, ReportsProgressInRowsAndBytes) {
  std::string text;
  for (int i = 0; i < 10; ++i) {
    absl::StrAppend(&text, "A", i, "\tConsult\tB\t2014-01-01\n");
  }
  Graph g;
  IcewsImportOptions o;
  o.progress_every_records = 4;
  std::vector<ImportProgress> seen;
  o.progress = [&](const ImportProgress& p) { seen.push_back(p); };
  ASSERT_THAT(ImportQuads(g, text, o), IsOk());
  ASSERT_THAT(seen, SizeIs(3));  // rows 4, 8, and the end
  EXPECT_EQ(seen[0].records, 4u);
  EXPECT_EQ(seen[1].records, 8u);
  EXPECT_EQ(seen[2].records, 10u);
  EXPECT_EQ(seen[2].bytes, text.size());
  EXPECT_LT(seen[0].bytes, seen[1].bytes);
}

TEST(IcewsQuadruplesTest, MissingFileIsNotFound) {
  Graph g;
  EXPECT_THAT(ImportIcewsQuadruplesFile("no/such/file.tsv", g),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("file.tsv")));
  EXPECT_THAT(ImportIcewsEventsFile("no/such/file.tab", g),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("file.tab")));
}

TEST(IcewsQuadruplesTest, LongInputsCrossReadChunks) {
  // Lines spanning the reader's buffers (64 KiB) come out whole.
  std::string text;
  size_t rows = 0;
  while (text.size() < 3 * (1u << 20)) {
    absl::StrAppend(&text, "Actor ", rows % 977, "\tConsult\tActor ",
                    (rows * 7) % 977, "\t2014-01-01\r\n");
    ++rows;
  }
  Graph g;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(IcewsImportReport r, ImportQuads(g, text));
  EXPECT_EQ(r.records_read, rows);
  EXPECT_EQ(r.statements_added, rows);
  EXPECT_EQ(r.records_skipped, 0u);
  EXPECT_EQ(g.actor_count(), 977u);
}

// ---------------------------------------------------------------------
// The full layout.

TEST(IcewsEventsTest, ImportsTheCommittedSample) {
  Graph g;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(IcewsImportReport r,
                                  ImportFullFile(g, kFullSample));
  EXPECT_EQ(r.records_read, 1200u);
  EXPECT_EQ(r.statements_added, 1200u);
  EXPECT_EQ(r.records_skipped, 0u);
  EXPECT_EQ(r.uncoded_rows, 0u);
  EXPECT_GT(r.sources_added, 0u);

  // Line 2: Foreign Affairs (Bangladesh), sectors
  // Executive,Foreign Ministry,Government, Consult (040), intensity 1, about
  // High Ranking Military Personnel (Vietnam); story 47400351 sentence 2 by
  // Vietnam News Agency Bulletin; Hanoi, Thanh Pho Ha Noi, Vietnam.
  const StatementView s = g.statement(StatementId(0));
  const ActorId fa = Find(g, "Foreign Affairs (Bangladesh)");
  const ActorId bangladesh = Find(g, "Bangladesh");
  EXPECT_EQ(s.speaker(), fa);
  EXPECT_EQ(g.actor(s.about()[0]).name,
            "High Ranking Military Personnel (Vietnam)");
  EXPECT_EQ(s.date().ToString(), "2018-06-01");
  EXPECT_EQ(s.event_type(), (EventType{"040", "Consult"}));
  EXPECT_EQ(s.StanceToward(s.about()[0]), Polarity::kCooperative);
  EXPECT_EQ(s.location(),
            "Hanoi, Thanh Pho Ha Noi, Vietnam (21.0245, 105.841)");
  EXPECT_EQ(g.actor(bangladesh).kind, ActorKind::kState);
  EXPECT_TRUE(HasAffiliation(g, fa, bangladesh, "part of"));
  for (const char* sector :
       {"Executive (Bangladesh)", "Foreign Ministry (Bangladesh)",
        "Government (Bangladesh)"}) {
    const ActorId org = Find(g, sector);
    EXPECT_TRUE(HasAffiliation(g, fa, org, "sector")) << sector;
    EXPECT_TRUE(HasAffiliation(g, org, bangladesh, "part of")) << sector;
  }
  // Source and outlet.
  ASSERT_TRUE(s.source().valid());
  const Source& src = g.source(s.source());
  EXPECT_EQ(src.locator, "icews:story:47400351#sentence:2");
  ASSERT_TRUE(src.outlet.valid());
  EXPECT_EQ(g.actor(src.outlet).name, "Vietnam News Agency Bulletin");
  EXPECT_EQ(g.actor(src.outlet).kind, ActorKind::kMediaOutlet);
  ASSERT_THAT(s.reported_by(), SizeIs(1));
  EXPECT_EQ(s.reported_by()[0].outlet, src.outlet);
  // Line 3 is the reverse event from the same sentence: same source.
  EXPECT_EQ(g.statement(StatementId(1)).source(), s.source());
}

TEST(IcewsEventsTest, SectorsWithoutCountryAndMissingValues) {
  Graph g;
  const std::string text = absl::StrCat(
      kHeader,
      "1\t2018-06-01\tRebel Group\tRebels,Insurgents\tNA\tThreaten\t130\t-4.4\t"
      "Japan\tNA\tJapan\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\n");
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(IcewsImportReport r, ImportFull(g, text));
  EXPECT_EQ(r.statements_added, 1u);
  const StatementView s = g.statement(StatementId(0));
  const ActorId rebels = Find(g, "Rebel Group");
  EXPECT_TRUE(HasAffiliation(g, rebels, Find(g, "Rebels"), "sector"));
  EXPECT_TRUE(HasAffiliation(g, rebels, Find(g, "Insurgents"), "sector"));
  EXPECT_EQ(g.actor(Find(g, "Japan")).kind, ActorKind::kState);
  EXPECT_EQ(s.StanceToward(Find(g, "Japan")), Polarity::kConflictual);
  EXPECT_FALSE(s.source().valid());
  EXPECT_TRUE(s.reported_by().empty());
  EXPECT_EQ(s.location(), "");
  EXPECT_EQ(s.event_type(), (EventType{"130", "Threaten"}));
}

TEST(IcewsEventsTest, DuplicateEventIdPolicy) {
  const std::string row =
      "\t2018-06-01\tJapan\tNA\tJapan\tConsult\t040\t1\tVietnam\tNA\tVietnam\t"
      "9\t1\tNHK\tNA\tNA\tNA\tJapan\t35.6\t139.5\n";
  const std::string other =
      "\t2018-06-02\tJapan\tNA\tJapan\tConsult\t040\t1\tVietnam\tNA\tVietnam\t"
      "9\t1\tNHK\tNA\tNA\tNA\tJapan\t35.6\t139.5\n";
  const std::string text = absl::StrCat(kHeader, "7", row,  // line 2
                                        "7", row,    // identical: skipped
                                        "7", other,  // reused id: kept
                                        "8", row);   // new id: kept
  Graph g;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(IcewsImportReport r, ImportFull(g, text));
  EXPECT_EQ(r.records_read, 4u);
  EXPECT_EQ(r.duplicates_skipped, 1u);
  EXPECT_EQ(r.reused_event_ids, 1u);
  EXPECT_EQ(r.statements_added, 3u);
  EXPECT_EQ(g.statement_count(), 3u);
  EXPECT_EQ(g.statement(StatementId(1)).date().ToString(), "2018-06-02");
}

TEST(IcewsEventsTest, BadRowsAndHeaders) {
  Graph g;
  const std::string good =
      "1\t2018-06-01\tJapan\tNA\tJapan\tConsult\t040\t1\tVietnam\tNA\tVietnam\t"
      "9\t1\tNHK\tNA\tNA\tNA\tJapan\t35.6\t139.5\n";
  const std::string text = absl::StrCat(
      kHeader, good,
      "2\t2018-06-01\tJapan\tNA\tJapan\tConsult\t040\tstrong\tVietnam\tNA\t"
      "Vietnam\t9\t1\tNHK\tNA\tNA\tNA\tJapan\t35.6\t139.5\n",
      "3\t2018-06-01\tJapan\tNA\tJapan\tConsult\t040\t1\tVietnam\tNA\t"
      "Vietnam\t9\t1\tNHK\tNA\tNA\tNA\tJapan\t95\t139.5\n",
      "4\t2018-06-01\tNA\tNA\tJapan\tConsult\t040\t1\tVietnam\tNA\t"
      "Vietnam\t9\t1\tNHK\tNA\tNA\tNA\tJapan\t35\t139.5\n",
      "5\t2018-06-01\tJapan\tNA\tJapan\tConsult\t04x\t1\tVietnam\tNA\t"
      "Vietnam\t9\t1\tNHK\tNA\tNA\tNA\tJapan\t35\t139.5\n",
      "6\t2018-06-01\tJapan\tNA\n");
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(IcewsImportReport r,
                                  ImportFull(g, text, Lenient()));
  EXPECT_EQ(r.statements_added, 1u);
  ASSERT_THAT(r.problems, SizeIs(5));
  EXPECT_EQ(r.problems[0].line, 3u);
  EXPECT_THAT(r.problems[0].ToString(), HasSubstr("Intensity"));
  EXPECT_EQ(r.problems[1].line, 4u);
  EXPECT_THAT(r.problems[1].ToString(), HasSubstr("Latitude"));
  EXPECT_THAT(r.problems[2].ToString(), HasSubstr("Source Name: empty"));
  EXPECT_THAT(r.problems[3].ToString(), HasSubstr("CAMEO Code"));
  EXPECT_EQ(r.problems[4].line, 7u);
  EXPECT_THAT(r.problems[4].ToString(), HasSubstr("found 4"));

  Graph h;
  EXPECT_THAT(ImportFull(h, text), StatusIs(absl::StatusCode::kInvalidArgument,
                                            HasSubstr("in.tab:3: Intensity")));
  EXPECT_EQ(h.statement_count(), 0u);
  EXPECT_EQ(h.actor_count(), 0u);
  EXPECT_EQ(h.source_count(), 0u);

  EXPECT_THAT(ImportFull(h, "Event ID\tSource Name\n1\tJapan\n"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("in.tab:1: header: no \"Event Date\"")));
  EXPECT_THAT(ImportFull(h, ""), StatusIs(absl::StatusCode::kInvalidArgument,
                                          HasSubstr("no header")));
}

TEST(IcewsEventsTest, UnknownCodesAreKeptUncoded) {
  Graph g;
  const std::string text = absl::StrCat(
      kHeader,
      "1\t2018-06-01\tJapan\tNA\tJapan\tSomething new\t2099\t0\tVietnam\tNA\t"
      "Vietnam\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\n",
      "2\t2018-06-01\tJapan\tNA\tJapan\tConsult\tNA\t0\tVietnam\tNA\t"
      "Vietnam\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\n");
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(IcewsImportReport r, ImportFull(g, text));
  EXPECT_EQ(r.statements_added, 2u);
  EXPECT_EQ(r.uncoded_rows, 1u);
  EXPECT_THAT(r.uncoded_event_types, ElementsAre("2099 Something new"));
  EXPECT_EQ(g.statement(StatementId(0)).event_type(),
            (EventType{"2099", "Something new"}));
  EXPECT_EQ(g.statement(StatementId(1)).event_type(),
            (EventType{"040", "Consult"}));
  EXPECT_EQ(g.statement(StatementId(1)).StanceToward(Find(g, "Vietnam")),
            Polarity::kNeutral);
}

// ---------------------------------------------------------------------
// Arbitrary bytes: lenient imports never fail on content, strict imports
// fail cleanly, and either way nothing crashes.

TEST(IcewsRobustnessTest, ArbitraryBytesNeverBreakAnImport) {
  std::mt19937 rng(20240611);
  static const char kBytes[] = "AB (C)\t\r\n\"\xEF\xBB\xBF\xff\xc3\xa9-09NA,";
  // Every byte of kBytes, a NUL, and more tabs and line ends.
  const std::string alphabet =
      std::string(kBytes, sizeof(kBytes) - 1) + std::string(1, '\0') + "\t\t\n";
  for (int round = 0; round < 200; ++round) {
    std::string text;
    if (round % 2 == 1) text = kHeader;
    const int n = static_cast<int>(rng() % 400);
    for (int i = 0; i < n; ++i)
      text.push_back(alphabet[rng() % alphabet.size()]);
    if (round % 5 == 0) absl::StrAppend(&text, "A\tConsult\tB\t2014-01-01\n");
    for (bool full : {false, true}) {
      Graph g;
      absl::StatusOr<IcewsImportReport> lenient =
          full ? ImportFull(g, text, Lenient())
               : ImportQuads(g, text, Lenient());
      if (full && !lenient.ok()) {
        // Only the header can fail a lenient full-layout import.
        EXPECT_THAT(lenient.status().message(), HasSubstr("in.tab:1:"));
        continue;
      }
      ASSERT_TRUE(lenient.ok()) << lenient.status();
      EXPECT_EQ(lenient->statements_added + lenient->records_skipped +
                    lenient->duplicates_skipped,
                lenient->records_read);
      EXPECT_EQ(g.statement_count(), lenient->statements_added);
      Graph h;
      absl::StatusOr<IcewsImportReport> strict =
          full ? ImportFull(h, text) : ImportQuads(h, text);
      if (!strict.ok()) {
        EXPECT_EQ(h.actor_count(), 0u);
        EXPECT_EQ(h.statement_count(), 0u);
      } else {
        EXPECT_EQ(strict->statements_added, lenient->statements_added);
      }
    }
  }
}

}  // namespace
}  // namespace diplograph
