// Binary snapshots: round trips (seed graph, ICEWS imports, random graphs)
// compared through ToJson, and every kind of damage a file can suffer:
// wrong magic, unsupported version, each truncation, flipped bytes in each
// section, counts, offsets and ids out of range, records the graph refuses.
// A failed load must leave the graph empty.
//
// With DIPLOGRAPH_SNAPSHOT_SEED_DIR set, SnapshotTest.WritesFuzzSeeds writes
// the fuzzer's seed snapshots (fuzz/corpus/snapshot) there.

#include "diplograph/snapshot.h"

#include <unistd.h>
#include <xxhash.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "diplograph/json.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "io/json_test_util.h"
#include "seed_graph.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::ExpectSameGraph;
using ::diplograph::testing::IsOk;
using ::diplograph::testing::RandomGraph;
using ::diplograph::testing::StatusIs;
using ::testing::AllOf;
using ::testing::HasSubstr;

// Layout of docs/snapshot.md, as the tests need it to aim their damage.
// Format version 2 has the sections of version 1 and `lists`.
constexpr size_t kFixedHeader = 32;
constexpr size_t kEntry = 40;
constexpr size_t kSections = 7;
constexpr size_t kHeaderEnd = kFixedHeader + kSections * kEntry;  // checksum
const char* const kSectionNames[kSections] = {
    "strings",       "actors", "sources", "statements",
    "relationships", "events", "lists"};
constexpr size_t kListsSection = 6;

uint64_t Get64(const std::string& b, size_t at) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(b[at + i]);
  return v;
}
void Put64(std::string& b, size_t at, uint64_t v) {
  for (int i = 0; i < 8; ++i) b[at + i] = static_cast<char>(v >> (8 * i));
}
uint64_t SectionOffset(const std::string& b, size_t i) {
  return Get64(b, kFixedHeader + i * kEntry + 8);
}
uint64_t SectionLength(const std::string& b, size_t i) {
  return Get64(b, kFixedHeader + i * kEntry + 16);
}
// Recomputes every checksum, so that a deliberate edit reaches the decoder.
// Only the header's when `sections` is false (for a directory made to point
// outside the file).
void FixChecksums(std::string& b, bool sections = true) {
  const size_t n = static_cast<uint8_t>(b[18]);  // the section count
  const size_t header_end = kFixedHeader + n * kEntry;
  for (size_t i = 0; sections && i < n; ++i) {
    Put64(b, kFixedHeader + i * kEntry + 32,
          XXH64(b.data() + SectionOffset(b, i), SectionLength(b, i), 0));
  }
  Put64(b, header_end, XXH64(b.data(), header_end, 0));
}
uint32_t Get32(const std::string& b, size_t at) {
  return static_cast<uint32_t>(Get64(b, at) & 0xFFFFFFFFu);
}
void Put32(std::string& b, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) b[at + i] = static_cast<char>(v >> (8 * i));
}

absl::Status Load(const std::string& bytes, Graph& g,
                  const SnapshotLoadOptions& options = {}) {
  return LoadSnapshot(
      absl::Span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()),
                                bytes.size()),
      "t.dgs", g, options);
}

bool IsEmpty(const Graph& g) {
  return g.actor_count() == 0 && g.statement_count() == 0 &&
         g.relationship_count() == 0 && g.source_count() == 0 &&
         g.event_count() == 0;
}

std::string TempPath(absl::string_view name) {
  return absl::StrCat(::testing::TempDir(), "/snapshot_test_", getpid(), "_",
                      name);
}

std::vector<StatementId> Ids(absl::Span<const StatementId> s) {
  return std::vector<StatementId>(s.begin(), s.end());
}
std::vector<StatementId> Ids(const StatementRange& s) {
  return std::vector<StatementId>(s.begin(), s.end());
}

// Every statement list of `loaded` equals that of `original`: by, about,
// every (speaker, target) pair's (and a pair with no statement), by date,
// links.
void ExpectSameLists(const Graph& original, const Graph& loaded) {
  ASSERT_EQ(original.actor_count(), loaded.actor_count());
  for (uint32_t a = 0; a < original.actor_count(); ++a) {
    const ActorId id(a);
    ASSERT_EQ(Ids(original.StatementsBy(id)), Ids(loaded.StatementsBy(id)))
        << "by " << a;
    ASSERT_EQ(Ids(original.StatementsAbout(id)),
              Ids(loaded.StatementsAbout(id)))
        << "about " << a;
    for (StatementId s : original.StatementsBy(id)) {
      for (ActorId t : original.statement(s).about()) {
        ASSERT_EQ(Ids(original.StatementsFromTo(id, t)),
                  Ids(loaded.StatementsFromTo(id, t)))
            << "pair " << a << " " << t.value;
      }
    }
    ASSERT_EQ(Ids(original.StatementsFromTo(id, id)),
              Ids(loaded.StatementsFromTo(id, id)));
  }
  ASSERT_EQ(Ids(original.StatementsByDate()), Ids(loaded.StatementsByDate()));
  for (uint32_t s = 0; s < original.statement_count(); ++s) {
    ASSERT_EQ(Ids(original.LinksTo(StatementId(s))),
              Ids(loaded.LinksTo(StatementId(s))))
        << "links to " << s;
  }
}

void ExpectRoundTrip(const Graph& original) {
  const std::string path = TempPath("roundtrip.dgs");
  for (uint32_t version : {kSnapshotFormatVersion, uint32_t{1}}) {
    SCOPED_TRACE(absl::StrCat("format version ", version));
    ASSERT_THAT(SaveSnapshot(original, path, {.format_version = version}),
                IsOk());
    for (bool mmap : {true, false}) {
      SCOPED_TRACE(mmap ? "mmap" : "read");
      Graph loaded;
      ASSERT_THAT(LoadSnapshot(path, loaded, {.use_mmap = mmap}), IsOk());
      EXPECT_EQ(ToJson(loaded), ToJson(original));
      ExpectSameGraph(original, loaded);
      // The loaded graph's indexes answer like the original's.
      ExpectSameLists(original, loaded);
      EXPECT_EQ(SnapshotBytes(loaded), SnapshotBytes(original));
      EXPECT_EQ(SnapshotBytes(loaded, {.format_version = 1}),
                SnapshotBytes(original, {.format_version = 1}));
    }
  }
  std::remove(path.c_str());
}

// A small graph using every section: two states, an outlet, a source, two
// statements (one linking the other, one joint with a mention), a
// relationship with evidence and an event.
Graph SmallGraph() {
  Graph g;
  const ActorId a = *g.AddActor({.name = "A",
                                 .kind = ActorKind::kState,
                                 .aliases = {"Aa"},
                                 .iso3 = "AAA"});
  const ActorId b = *g.AddActor({.name = "B", .kind = ActorKind::kState});
  const ActorId tv =
      *g.AddActor({.name = "TV",
                   .kind = ActorKind::kMediaOutlet,
                   .affiliations = {{.organization = a, .role = "owned by"}}});
  const SourceId src =
      *g.AddSource({.title = "News",
                    .outlet = tv,
                    .date = *Date::FromYearMonthDay(2024, 1, 2)});
  const SourceId src2 = *g.AddSource({.title = "Other", .locator = "x"});
  const StatementId s0 = *g.AddStatement(
      {.speaker = a,
       .date = *Date::FromYearMonthDay(2024, 1, 2),
       .source = src,
       .span = TextSpan{0, 5},
       .reported_by = {{tv, ReportKind::kQuoted}},
       .text = "Hello there",
       .quote = QuoteKind::kDirectQuote,
       .about = {b},
       .topics = {"trade"},
       .event_type = {.code = "051", .name = "Praise or endorse"},
       .stances = {{b, Polarity::kCooperative}}});
  const StatementId s1 = *g.AddStatement(
      {.speaker = b,
       .date = *Date::FromYearMonth(2024, 1),
       .text = "We agree",
       .about = {a},
       .links = {{s0, StatementLinkKind::kRespondsTo, Polarity::kCooperative}},
       .co_speakers = {tv},
       .mentions = {{.source = src2}}});
  EXPECT_TRUE(
      g.AddRelationship({.from = a,
                         .to = b,
                         .label = "partners",
                         .polarity = Polarity::kCooperative,
                         .valid = Interval::Since(*Date::FromYear(2020)),
                         .evidence = {{s0, src, EvidenceRole::kAsserts},
                                      {s1, {}, EvidenceRole::kConfirms}}})
          .ok());
  EXPECT_TRUE(g.AddEvent({.label = "Summit",
                          .date = *Date::FromYear(2024),
                          .participants = {a, b},
                          .source = src})
                  .ok());
  return g;
}

TEST(SnapshotTest, SmallGraphRoundTrip) { ExpectRoundTrip(SmallGraph()); }

TEST(SnapshotTest, EmptyGraphRoundTrip) { ExpectRoundTrip(Graph()); }

TEST(SnapshotTest, SeedGraphRoundTrip) {
  Graph seed;
  ASSERT_THAT(seed::BuildSeedGraph(seed), IsOk());
  ExpectRoundTrip(seed);
}

TEST(SnapshotTest, IcewsQuadruplesRoundTrip) {
  Graph g;
  ASSERT_THAT(ImportIcewsQuadruplesFile(std::string(DIPLOGRAPH_SOURCE_DIR) +
                                            "/data/samples/icews14_sample.tsv",
                                        g),
              IsOk());
  ASSERT_GT(g.statement_count(), 0u);
  ExpectRoundTrip(g);
}

TEST(SnapshotTest, IcewsEventsRoundTrip) {
  Graph g;
  ASSERT_THAT(ImportIcewsEventsFile(std::string(DIPLOGRAPH_SOURCE_DIR) +
                                        "/data/samples/icews_events_sample.tab",
                                    g),
              IsOk());
  ASSERT_GT(g.statement_count(), 0u);
  ExpectRoundTrip(g);
}

TEST(SnapshotTest, RandomGraphsRoundTrip) {
  for (uint32_t seed = 1; seed <= 100; ++seed) {
    SCOPED_TRACE(::testing::Message() << "seed " << seed);
    const Graph original = RandomGraph(seed);
    const std::string bytes = SnapshotBytes(original);
    Graph loaded;
    ASSERT_THAT(Load(bytes, loaded), IsOk());
    ExpectSameGraph(original, loaded);
    EXPECT_EQ(ToJson(loaded), ToJson(original));
    if (HasFailure()) return;
  }
}

TEST(SnapshotTest, SaveIsDeterministic) {
  EXPECT_EQ(SnapshotBytes(RandomGraph(5)), SnapshotBytes(RandomGraph(5)));
}

TEST(SnapshotTest, StringsAreStoredOnce) {
  Graph g;
  const ActorId a = *g.AddActor({.name = "A"});
  const std::string text(1000, 'x');
  for (int i = 0; i < 50; ++i) {
    ASSERT_TRUE(g.AddStatement({.speaker = a, .text = text}).ok());
  }
  EXPECT_LT(SnapshotBytes(g).size(), 2 * text.size() + 1000);
}

TEST(SnapshotTest, LoadsOnlyIntoAnEmptyGraph) {
  const std::string bytes = SnapshotBytes(SmallGraph());
  Graph g;
  ASSERT_TRUE(g.AddActor({.name = "Z"}).ok());
  EXPECT_THAT(Load(bytes, g), StatusIs(absl::StatusCode::kFailedPrecondition,
                                       HasSubstr("t.dgs")));
  EXPECT_EQ(g.actor_count(), 1u);
}

TEST(SnapshotTest, MissingFileAndDirectory) {
  Graph g;
  EXPECT_THAT(LoadSnapshot(TempPath("absent.dgs"), g),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("absent.dgs")));
  EXPECT_THAT(
      LoadSnapshot(::testing::TempDir(), g),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("directory")));
  EXPECT_THAT(SaveSnapshot(g, TempPath("no/such/dir.dgs")),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("dir")));
}

TEST(SnapshotTest, SaveReplacesAnExistingFile) {
  const std::string path = TempPath("replace.dgs");
  ASSERT_THAT(SaveSnapshot(RandomGraph(3), path), IsOk());
  const Graph small = SmallGraph();
  ASSERT_THAT(SaveSnapshot(small, path), IsOk());
  Graph g;
  ASSERT_THAT(LoadSnapshot(path, g), IsOk());
  EXPECT_EQ(ToJson(g), ToJson(small));
  std::remove(path.c_str());
}

TEST(SnapshotTest, WrongMagic) {
  std::string bytes = SnapshotBytes(SmallGraph());
  bytes[0] = '{';
  Graph g;
  EXPECT_THAT(Load(bytes, g),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr("t.dgs"), HasSubstr("header"),
                             HasSubstr("magic"))));
  EXPECT_TRUE(IsEmpty(g));
  EXPECT_THAT(Load(ToJson(SmallGraph()), g),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("magic")));
}

TEST(SnapshotTest, UnsupportedVersion) {
  for (char version : {0, 3, 100}) {
    std::string bytes = SnapshotBytes(SmallGraph());
    bytes[8] = version;
    Graph g;
    EXPECT_THAT(
        Load(bytes, g),
        StatusIs(absl::StatusCode::kUnimplemented,
                 AllOf(HasSubstr("t.dgs"),
                       HasSubstr(absl::StrCat("format version ", int{version})),
                       HasSubstr("reads versions 1 to 2"),
                       HasSubstr("byte offset 8"))));
    EXPECT_TRUE(IsEmpty(g));
  }
  EXPECT_THAT(
      SaveSnapshot(SmallGraph(), TempPath("v3.dgs"), {.format_version = 3}),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("version 3 is not supported")));
}

// Version 1 (no `lists` section) still loads, and a version 1 file claiming
// version 2 (or the reverse) is rejected by its section count.
TEST(SnapshotTest, Version1StillLoads) {
  const Graph original = SmallGraph();
  const std::string v1 = SnapshotBytes(original, {.format_version = 1});
  ASSERT_EQ(v1[8], 1);
  ASSERT_EQ(v1[18], 6);  // six sections
  const std::string v2 = SnapshotBytes(original);
  ASSERT_EQ(v2[8], 2);
  ASSERT_EQ(v2[18], 7);
  EXPECT_LT(v1.size(), v2.size());
  Graph g;
  ASSERT_THAT(Load(v1, g), IsOk());
  EXPECT_EQ(ToJson(g), ToJson(original));
  ExpectSameLists(original, g);
  std::string bad = v1;
  bad[8] = 2;
  FixChecksums(bad);
  Graph h;
  EXPECT_THAT(Load(bad, h), StatusIs(absl::StatusCode::kDataLoss,
                                     HasSubstr("section count 6 out of range "
                                               "(version 2 has 7)")));
  EXPECT_TRUE(IsEmpty(h));
}

// A load nested in an enclosing Update() (as durable recovery does) does not
// adopt the lists; they are built at the end of the outermost step, and a
// failure of that step undoes the load.
TEST(SnapshotTest, NestedLoadBuildsTheListsAndRollsBack) {
  const Graph original = RandomGraph(5);
  const std::string bytes = SnapshotBytes(original);
  Graph g;
  ASSERT_THAT(g.Update([&](Graph& inner) { return Load(bytes, inner); }),
              IsOk());
  EXPECT_EQ(ToJson(g), ToJson(original));
  ExpectSameLists(original, g);
  Graph h;
  EXPECT_THAT(h.Update([&](Graph& inner) -> absl::Status {
    EXPECT_THAT(Load(bytes, inner), IsOk());
    return absl::AbortedError("later step fails");
  }),
              StatusIs(absl::StatusCode::kAborted, HasSubstr("later step")));
  EXPECT_TRUE(IsEmpty(h));
  EXPECT_TRUE(h.StatementsByDate().empty());
  // The graph still works after the rollback.
  ASSERT_THAT(Load(bytes, h), IsOk());
  ExpectSameLists(original, h);
}

TEST(SnapshotTest, EveryTruncationIsRejected) {
  const std::string bytes = SnapshotBytes(SmallGraph());
  for (size_t n = 0; n < bytes.size(); ++n) {
    Graph g;
    const absl::Status s = Load(bytes.substr(0, n), g);
    ASSERT_THAT(s, StatusIs(absl::StatusCode::kDataLoss,
                            AllOf(HasSubstr("t.dgs"), HasSubstr("truncated"))))
        << "at " << n << " of " << bytes.size();
    ASSERT_TRUE(IsEmpty(g)) << "at " << n;
  }
  // Also with the checksums off (the file size in the header still tells).
  for (size_t n = 0; n < bytes.size(); ++n) {
    Graph g;
    ASSERT_FALSE(Load(bytes.substr(0, n), g, {.verify_checksums = false}).ok())
        << "at " << n;
    ASSERT_TRUE(IsEmpty(g)) << "at " << n;
  }
}

TEST(SnapshotTest, TrailingBytesAreRejected) {
  Graph g;
  EXPECT_THAT(Load(SnapshotBytes(SmallGraph()) + "x", g),
              StatusIs(absl::StatusCode::kDataLoss, HasSubstr("trailing")));
}

TEST(SnapshotTest, FlippedByteInEachSectionFailsItsChecksum) {
  const std::string bytes = SnapshotBytes(SmallGraph());
  for (size_t i = 0; i < kSections; ++i) {
    const uint64_t off = SectionOffset(bytes, i);
    const uint64_t len = SectionLength(bytes, i);
    ASSERT_GT(len, 0u) << kSectionNames[i];
    for (uint64_t at : {off, off + len / 2, off + len - 1}) {
      std::string bad = bytes;
      bad[at] = static_cast<char>(bad[at] ^ 0x40);
      Graph g;
      EXPECT_THAT(
          Load(bad, g),
          StatusIs(absl::StatusCode::kDataLoss,
                   AllOf(HasSubstr("t.dgs"),
                         HasSubstr(absl::StrCat("section ", kSectionNames[i])),
                         HasSubstr(absl::StrCat("offset ", off)),
                         HasSubstr("checksum mismatch"))))
          << "byte " << at;
      EXPECT_TRUE(IsEmpty(g));
    }
  }
  // A flipped byte in the header or directory (past the version).
  for (size_t at = 12; at < kHeaderEnd + 8; ++at) {
    std::string bad = bytes;
    bad[at] = static_cast<char>(bad[at] ^ 0x01);
    Graph g;
    EXPECT_THAT(Load(bad, g),
                StatusIs(absl::StatusCode::kDataLoss, HasSubstr("header")))
        << "byte " << at;
    EXPECT_TRUE(IsEmpty(g));
  }
}

// Every single-bit flip with the checksums off: the decoder and the adds
// must catch what they can, never crash, and never leave a partial graph.
TEST(SnapshotTest, FlippedBitsWithoutChecksumsNeverHalfLoad) {
  const std::string bytes = SnapshotBytes(SmallGraph());
  for (size_t at = 0; at < bytes.size(); ++at) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string bad = bytes;
      bad[at] = static_cast<char>(bad[at] ^ (1 << bit));
      Graph g;
      const absl::Status s = Load(bad, g, {.verify_checksums = false});
      if (s.ok()) {
        ASSERT_EQ(g.actor_count(), 3u) << at;
      } else {
        ASSERT_TRUE(IsEmpty(g)) << "byte " << at << " bit " << bit << ": " << s;
        ASSERT_THAT(std::string(s.message()), HasSubstr("t.dgs"));
      }
    }
  }
}

TEST(SnapshotTest, RecordCountOutOfRange) {
  std::string bytes = SnapshotBytes(SmallGraph());
  // The actors' record count (directory entry 1).
  Put64(bytes, kFixedHeader + 1 * kEntry + 24, uint64_t{1} << 40);
  FixChecksums(bytes);
  Graph g;
  EXPECT_THAT(Load(bytes, g), StatusIs(absl::StatusCode::kDataLoss,
                                       AllOf(HasSubstr("section actors"),
                                             HasSubstr("record count"))));
  // One more record than the section holds: the decoder runs out.
  bytes = SnapshotBytes(SmallGraph());
  Put64(bytes, kFixedHeader + 3 * kEntry + 24, 3);
  FixChecksums(bytes);
  EXPECT_THAT(Load(bytes, g),
              StatusIs(absl::StatusCode::kDataLoss,
                       AllOf(HasSubstr("section statements"),
                             HasSubstr("record 2"), HasSubstr("truncated"))));
  // One fewer: bytes are left over.
  bytes = SnapshotBytes(SmallGraph());
  Put64(bytes, kFixedHeader + 3 * kEntry + 24, 1);
  FixChecksums(bytes);
  EXPECT_THAT(Load(bytes, g), StatusIs(absl::StatusCode::kDataLoss,
                                       AllOf(HasSubstr("section statements"),
                                             HasSubstr("bytes left"))));
  EXPECT_TRUE(IsEmpty(g));
}

TEST(SnapshotTest, OffsetOutOfRange) {
  std::string bytes = SnapshotBytes(SmallGraph());
  Put64(bytes, kFixedHeader + 2 * kEntry + 8, bytes.size() + 100);
  FixChecksums(bytes, false);
  Graph g;
  EXPECT_THAT(Load(bytes, g), StatusIs(absl::StatusCode::kDataLoss,
                                       AllOf(HasSubstr("section sources"),
                                             HasSubstr("out of range"))));
  bytes = SnapshotBytes(SmallGraph());
  Put64(bytes, kFixedHeader + 4 * kEntry + 16, uint64_t{1} << 62);
  FixChecksums(bytes, false);
  EXPECT_THAT(Load(bytes, g), StatusIs(absl::StatusCode::kDataLoss,
                                       AllOf(HasSubstr("section relationships"),
                                             HasSubstr("out of range"))));
  EXPECT_TRUE(IsEmpty(g));
}

// Two actors "A" and "B" with no other strings but "": the string table is
// "A", "", "B"; each actor record is 6 one-byte fields (name, kind, iso3,
// cameo, alias count, affiliation count).
std::string TwoActors() {
  Graph g;
  EXPECT_TRUE(g.AddActor({.name = "A"}).ok());
  EXPECT_TRUE(g.AddActor({.name = "B"}).ok());
  EXPECT_TRUE(g.AddStatement(
                   {.speaker = ActorId(0), .text = "x", .about = {ActorId(1)}})
                  .ok());
  return SnapshotBytes(g);
}

TEST(SnapshotTest, RecordTheGraphRefusesIsRejected) {
  std::string bytes = TwoActors();
  const uint64_t actors = SectionOffset(bytes, 1);
  ASSERT_EQ(bytes[actors + 6], 2);  // actor 1's name: string 2, "B"
  bytes[actors + 6] = 0;            // now "A", like actor 0
  FixChecksums(bytes);
  Graph g;
  EXPECT_THAT(
      Load(bytes, g),
      StatusIs(absl::StatusCode::kDataLoss,
               AllOf(HasSubstr("t.dgs"), HasSubstr("section actors"),
                     HasSubstr("record 1"),
                     HasSubstr(absl::StrCat("byte offset ", actors + 6)),
                     HasSubstr("ALREADY_EXISTS"))));
  EXPECT_TRUE(IsEmpty(g));
}

// Affiliations are added once every actor exists; a refused one is reported
// at the record of its member.
TEST(SnapshotTest, AffiliationTheGraphRefusesIsLocatedAtItsActor) {
  Graph src;
  const ActorId a = *src.AddActor({.name = "A"});
  ASSERT_TRUE(src.AddActor({.name = "B",
                            .affiliations = {{.organization = a, .role = "r"}}})
                  .ok());
  std::string bytes = SnapshotBytes(src);
  // Actor 0 is 6 bytes; actor 1's affiliation organization is its 7th byte.
  const uint64_t actors = SectionOffset(bytes, 1);
  ASSERT_EQ(bytes[actors + 12], 0);
  bytes[actors + 12] = 1;  // B part of B
  FixChecksums(bytes);
  Graph g;
  EXPECT_THAT(
      Load(bytes, g),
      StatusIs(absl::StatusCode::kDataLoss,
               AllOf(HasSubstr("section actors"), HasSubstr("record 1"),
                     HasSubstr(absl::StrCat("byte offset ", actors + 6)),
                     HasSubstr("INVALID_ARGUMENT"))));
  EXPECT_TRUE(IsEmpty(g));
}

TEST(SnapshotTest, IdsAndEnumsOutOfRange) {
  const std::string good = TwoActors();
  const uint64_t statements = SectionOffset(good, 3);
  Graph g;
  std::string bytes = good;
  bytes[statements] = 7;  // the speaker: no actor 7
  FixChecksums(bytes);
  EXPECT_THAT(
      Load(bytes, g),
      StatusIs(absl::StatusCode::kDataLoss,
               AllOf(HasSubstr("section statements"), HasSubstr("record 0"),
                     HasSubstr("speaker id 7 out of range"))));
  bytes = good;
  const uint64_t actors = SectionOffset(good, 1);
  bytes[actors + 1] = 9;  // actor 0's kind
  FixChecksums(bytes);
  EXPECT_THAT(Load(bytes, g), StatusIs(absl::StatusCode::kDataLoss,
                                       HasSubstr("actor kind 9 out of range")));
  bytes = good;
  bytes[actors] = 100;  // actor 0's name: no string 100
  FixChecksums(bytes);
  EXPECT_THAT(Load(bytes, g),
              StatusIs(absl::StatusCode::kDataLoss,
                       HasSubstr("string id 100 out of range")));
  EXPECT_TRUE(IsEmpty(g));
}

// The `lists` section of a version 2 file, damaged in each way the store's
// checks catch: the load fails with the byte offset of the bad word and
// leaves the graph empty.
void ExpectListsError(std::string bytes, size_t at, uint32_t value,
                      uint64_t located, absl::string_view message) {
  const uint64_t lists = SectionOffset(bytes, kListsSection);
  Put32(bytes, lists + at, value);
  FixChecksums(bytes);
  Graph g;
  EXPECT_THAT(
      Load(bytes, g),
      StatusIs(
          absl::StatusCode::kDataLoss,
          AllOf(HasSubstr("t.dgs: section lists"),
                HasSubstr(absl::StrCat("byte offset ", lists + located, ": ")),
                HasSubstr(message))))
      << "word at " << at << " := " << value;
  EXPECT_TRUE(IsEmpty(g));
  EXPECT_TRUE(g.StatementsByDate().empty());
}

TEST(SnapshotTest, DamagedListsAreRejectedWithTheirOffset) {
  // TwoActors' lists: header [2 actors, 1 by, 1 about, 1 pair, 1 pair
  // entry] (bytes 0-19), by counts [1, 0] (20), by ids [0] (28), about
  // counts [0, 1] (32), about ids [0] (40), pair head [0, 1, 1] (44), pair
  // ids [0] (56).
  const std::string good = TwoActors();
  const uint64_t lists = SectionOffset(good, kListsSection);
  ASSERT_EQ(SectionLength(good, kListsSection), 60u);
  ASSERT_EQ(Get32(good, lists), 2u);
  ASSERT_EQ(Get32(good, lists + 44), 0u);
  ASSERT_EQ(Get32(good, lists + 48), 1u);
  ExpectListsError(good, 0, 3, 0, "lists for 3 actors");
  ExpectListsError(good, 4, 2, 4, "2 `by` entries");
  ExpectListsError(good, 8, 2, 0, "bytes of lists");
  ExpectListsError(good, 28, 5, 28,
                   "by list of actor 0, entry 0: statement 5 out of range");
  ExpectListsError(good, 20, 0, 28, "by lists: 0 entries, 1 expected");
  ExpectListsError(good, 24, 1, 24, "more than the 0 left");
  ExpectListsError(good, 32, 1, 40,
                   "about list of actor 0, entry 0: statement 0 is not "
                   "about this actor");
  ExpectListsError(good, 48, 0, 56,
                   "pair list (0, 0), entry 0: statement 0 is not by the "
                   "speaker about the target");
  ExpectListsError(good, 48, 9, 48, "pair 0: actor id 9 out of range");
  ExpectListsError(good, 52, 2, 52, "pair 0: 2 entries, not in [1, 1]");
  ExpectListsError(good, 52, 0, 52, "pair 0: 0 entries");
  ExpectListsError(good, 56, 1, 56, "statement 1 out of range");

  // A by list out of (date, id) order, and pairs out of (speaker, target)
  // order.
  Graph src;
  const ActorId a = *src.AddActor({.name = "A"});
  const ActorId b = *src.AddActor({.name = "B"});
  const ActorId c = *src.AddActor({.name = "C"});
  ASSERT_TRUE(src.AddStatement({.speaker = a,
                                .date = *Date::FromYearMonthDay(2024, 1, 2),
                                .about = {b, c}})
                  .ok());
  ASSERT_TRUE(src.AddStatement({.speaker = a,
                                .date = *Date::FromYearMonthDay(2024, 1, 1),
                                .about = {b}})
                  .ok());
  // Header (0-19), by counts [2, 0, 0] (20), by ids [1, 0] (32), about
  // counts [0, 2, 1] (40), about ids [1, 0, 0] (52), pair heads [0, 1, 2,
  // 0, 2, 1] (64), pair ids [1, 0, 0] (88).
  const std::string two = SnapshotBytes(src);
  const uint64_t l2 = SectionOffset(two, kListsSection);
  ASSERT_EQ(Get32(two, l2 + 32), 1u);
  ASSERT_EQ(Get32(two, l2 + 36), 0u);
  ASSERT_EQ(Get32(two, l2 + 72), 2u);
  ASSERT_EQ(Get32(two, l2 + 80), 2u);
  std::string swapped = two;
  Put32(swapped, l2 + 32, 0);
  ExpectListsError(swapped, 36, 1, 36,
                   "by list of actor 0, entry 1: statement 1 is out of "
                   "(date, id) order");
  ExpectListsError(two, 80, 1, 76,
                   "pair 1 (0, 1) is out of (speaker, target) order");
  ExpectListsError(two, 36, 1, 36, "is out of (date, id) order");
}

TEST(SnapshotTest, WritesFuzzSeeds) {
  const char* dir = std::getenv("DIPLOGRAPH_SNAPSHOT_SEED_DIR");
  if (dir == nullptr) GTEST_SKIP() << "DIPLOGRAPH_SNAPSHOT_SEED_DIR not set";
  auto write = [&](absl::string_view name, const std::string& bytes) {
    std::ofstream out(absl::StrCat(dir, "/", name), std::ios::binary);
    out << bytes;
    ASSERT_TRUE(out.good());
  };
  write("small.dgs", SnapshotBytes(SmallGraph()));
  write("two_actors.dgs", TwoActors());
  write("empty.dgs", SnapshotBytes(Graph()));
  write("random3.dgs", SnapshotBytes(RandomGraph(3)));
  write("small_v1.dgs", SnapshotBytes(SmallGraph(), {.format_version = 1}));
}

}  // namespace
}  // namespace diplograph
