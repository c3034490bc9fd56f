// Runs the built `diplograph` program as a user would and checks its output,
// exit status and what it leaves on disk: the subcommands on the seed graph
// and the ICEWS sample, script formats, name resolution, the bad inputs of
// issue 12 section 4, and the progress bar on a pseudo-terminal.

#include <fcntl.h>
#include <pty.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace {

namespace fs = std::filesystem;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

const std::string kProgram = DIPLOGRAPH_CLI_PATH;
const std::string kSeed =
    std::string(DIPLOGRAPH_SOURCE_DIR) + "/examples/data/seed.json";
const std::string kIcews =
    std::string(DIPLOGRAPH_SOURCE_DIR) + "/data/samples/icews14_sample.tsv";
const std::string kIcewsEvents = std::string(DIPLOGRAPH_SOURCE_DIR) +
                                 "/data/samples/icews_events_sample.tab";

struct Result {
  int exit_code = -1;  // -1: killed by a signal
  std::string out;
  std::string err;
};

struct RunOptions {
  // Limit on the size of files the program writes (RLIMIT_FSIZE), in bytes.
  rlim_t file_size_limit = RLIM_INFINITY;
  // Run with stderr on a pseudo-terminal (err then holds what the terminal
  // received).
  bool stderr_on_terminal = false;
  std::string cwd = {};
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) /
           absl::StrCat("diplograph_cli_", info->name(), "_", getpid());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::permissions(dir_, fs::perms::owner_all, ignored);
    fs::remove_all(dir_, ignored);
  }

  std::string Path(const std::string& name) const { return dir_ / name; }

  Result Run(const std::vector<std::string>& args,
             const RunOptions& options = {}) {
    const std::string out_path = Path(".stdout");
    const std::string err_path = Path(".stderr");
    int master = -1, slave = -1;
    if (options.stderr_on_terminal) {
      if (openpty(&master, &slave, nullptr, nullptr, nullptr) != 0) {
        ADD_FAILURE() << "openpty failed: " << errno;
        return {};
      }
    }
    const pid_t pid = fork();
    if (pid == 0) {
      if (!options.cwd.empty() && chdir(options.cwd.c_str()) != 0) _exit(127);
      const int out =
          open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(out, STDOUT_FILENO);
      if (options.stderr_on_terminal) {
        dup2(slave, STDERR_FILENO);
        close(master);
      } else {
        const int err =
            open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(err, STDERR_FILENO);
      }
      const int in = open("/dev/null", O_RDONLY);
      dup2(in, STDIN_FILENO);
      if (options.file_size_limit != RLIM_INFINITY) {
        // Only the program's own output is limited: stdout and stderr were
        // opened above, before the limit.
        struct rlimit limit = {options.file_size_limit,
                               options.file_size_limit};
        setrlimit(RLIMIT_FSIZE, &limit);
      }
      std::vector<char*> argv;
      argv.push_back(const_cast<char*>(kProgram.c_str()));
      for (const std::string& a : args) {
        argv.push_back(const_cast<char*>(a.c_str()));
      }
      argv.push_back(nullptr);
      execv(kProgram.c_str(), argv.data());
      _exit(127);
    }
    Result r;
    if (options.stderr_on_terminal) {
      close(slave);
      char buf[4096];
      for (;;) {
        const ssize_t n = read(master, buf, sizeof buf);
        if (n > 0) {
          r.err.append(buf, static_cast<size_t>(n));
        } else if (n < 0 && errno == EINTR) {
          continue;
        } else {
          break;  // EIO once the program has closed the terminal
        }
      }
      close(master);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = ReadFile(out_path);
    if (!options.stderr_on_terminal) r.err = ReadFile(err_path);
    fs::remove(out_path);
    fs::remove(err_path);
    return r;
  }

  // Files in the test directory, by name.
  std::vector<std::string> Listing() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir_)) {
      names.push_back(e.path().filename());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  fs::path dir_;
};

// ---------------------------------------------------------------------
// Usage.

TEST_F(CliTest, HelpListsEverySubcommand) {
  Result r = Run({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* c :
       {"import", "validate", "lint", "stats", "actors", "query", "timeline",
        "asof", "path", "ego", "central", "aggregate", "history", "export",
        "draw", "snapshot", "commit", "recover", "checkpoint"}) {
    EXPECT_THAT(r.out, HasSubstr(absl::StrCat("  ", c, " "))) << c;
  }
  Result sub = Run({"query", "--help"});
  EXPECT_EQ(sub.exit_code, 0);
  EXPECT_THAT(sub.out,
              AllOf(HasSubstr("--between"), HasSubstr("--during"),
                    HasSubstr("--with-affiliates"), HasSubstr("Examples:")));
}

TEST_F(CliTest, UnknownSubcommandIsAUsageError) {
  Result r = Run({"frobnicate", "-g", kSeed});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("unknown command \"frobnicate\""));
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(Run({}).exit_code, 2);
}

TEST_F(CliTest, UnknownFlagIsAUsageError) {
  Result r = Run({"stats", "-g", kSeed, "--frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--frobnicate"));
  EXPECT_EQ(r.out, "");
}

TEST_F(CliTest, BadFlagValuesAreUsageErrors) {
  EXPECT_EQ(Run({"query", "-g", kSeed, "--quad", "nonsense"}).exit_code, 2);
  EXPECT_EQ(Run({"query", "-g", kSeed, "--code", "5*"}).exit_code, 2);
  EXPECT_EQ(Run({"central", "-g", kSeed, "--measure", "fame"}).exit_code, 2);
  EXPECT_EQ(Run({"stats", "-g", kSeed, "--format", "xml"}).exit_code, 2);
}

// ---------------------------------------------------------------------
// Bad inputs (issue 12 section 4).

TEST_F(CliTest, MissingFile) {
  Result r = Run({"stats", "-g", Path("nowhere.json")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, AllOf(HasSubstr("nowhere.json"),
                           HasSubstr("No such file or directory")));
}

TEST_F(CliTest, UnreadableFile) {
  if (geteuid() == 0) {
    GTEST_SKIP() << "runs as root, who can read any file";
  }
  WriteFile(Path("locked.json"), ReadFile(kSeed));
  fs::permissions(Path("locked.json"), fs::perms::none);
  Result r = Run({"stats", "-g", Path("locked.json")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err,
              AllOf(HasSubstr("locked.json"), HasSubstr("Permission denied")));
}

TEST_F(CliTest, DirectoryGivenAsFile) {
  fs::create_directories(Path("graph.json"));
  Result r = Run({"stats", "-g", Path("graph.json")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("is a directory"));
}

TEST_F(CliTest, OutputInMissingDirectoryLeavesNothing) {
  Result r = Run({"import", kIcews, "--out", Path("missing/out.json")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("does not exist"));
  EXPECT_FALSE(fs::exists(Path("missing")));
}

TEST_F(CliTest, OutputThatIsADirectory) {
  fs::create_directories(Path("out.json"));
  Result r = Run({"import", kIcews, "--out", Path("out.json")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("is a directory"));
}

TEST_F(CliTest, FullDiskLeavesNothingPartial) {
  // A file-size limit makes every write past 4 KiB fail with EFBIG, as a
  // full disk would; the earlier file at the path must survive untouched.
  WriteFile(Path("out.json"), "previous contents\n");
  Result r = Run({"import", kIcews, "--out", Path("out.json")},
                 {.file_size_limit = 4096});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr("nothing written"));
  EXPECT_EQ(ReadFile(Path("out.json")), "previous contents\n");
  EXPECT_THAT(Listing(), ::testing::ElementsAre("out.json"));

  // Without a previous file, nothing at all is left.
  fs::remove(Path("out.json"));
  r = Run({"import", kIcews, "--out", Path("out.jsonl")},
          {.file_size_limit = 4096});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(Listing(), ::testing::IsEmpty());
}

TEST_F(CliTest, FailedImportWritesNothing) {
  WriteFile(Path("bad.tsv"), "China\tMake statement\tJapan\t2014-02-30\n");
  Result r = Run({"import", Path("bad.tsv"), "--out", Path("out.json")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("bad.tsv:1:"));  // located
  EXPECT_FALSE(fs::exists(Path("out.json")));
}

TEST_F(CliTest, ReversedDuringIsAUsageError) {
  Result r = Run({"query", "-g", kSeed, "--during", "2024-12/2024-01"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--during"));
  EXPECT_EQ(Run({"central", "-g", kSeed, "--during", "2025/2024"}).exit_code,
            2);
}

TEST_F(CliTest, NameWithControlCharactersIsEscaped) {
  Result r = Run({"query", "-g", kSeed, "--by", "Chi\x01na\xe2\x80\xae"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("Chi\\x01na\\u{202E}"));
  EXPECT_THAT(r.err, Not(HasSubstr("\x01")));
  EXPECT_THAT(r.err, Not(HasSubstr("\xe2\x80\xae")));
}

TEST_F(CliTest, NamesInTheGraphArePrintedSafely) {
  // A right-to-left override in an actor name must not reach the terminal.
  WriteFile(Path("bidi.tsv"),
            "Evil\xe2\x80\xaeName\tMake statement\tChina\t2014-01-02\n");
  Result r = Run({"query", "-g", Path("bidi.tsv"), "--about", "China"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Evil\\u{202E}Name"));
  EXPECT_THAT(r.out, Not(HasSubstr("\xe2\x80\xae")));
  r = Run({"actors", "-g", Path("bidi.tsv"), "evil"});
  EXPECT_THAT(r.out, HasSubstr("Evil\\u{202E}Name"));
  // Scripts get the name itself, in JSON's own escaping.
  r = Run({"actors", "-g", Path("bidi.tsv"), "evil", "--format", "json"});
  EXPECT_THAT(r.out, HasSubstr("Evil\\u202eName"));
}

TEST_F(CliTest, TenMegabyteNames) {
  // In a file: loaded, and printed cut short.
  const std::string huge(10 << 20, 'A');
  WriteFile(Path("huge.tsv"),
            absl::StrCat(huge, "\tMake statement\tChina\t2014-01-02\n"));
  Result r = Run({"query", "-g", Path("huge.tsv"), "--about", "China"});
  EXPECT_EQ(r.exit_code, 0) << r.err.substr(0, 500);
  EXPECT_LT(r.out.size(), 10000u);
  EXPECT_THAT(r.out, HasSubstr("AAA..."));
  r = Run({"stats", "-g", Path("huge.tsv")});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_LT(r.out.size(), 10000u);
  // On the command line (where Linux allows 128 KiB per argument): refused
  // with a short message.
  r = Run({"query", "-g", kSeed, "--by", std::string(100000, 'B')});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("100000 bytes long"));
  EXPECT_LT(r.err.size(), 1000u);
}

TEST_F(CliTest, ContentNotWhatTheExtensionSays) {
  WriteFile(Path("events.json"), ReadFile(kIcews));
  Result r = Run({"stats", "-g", Path("events.json")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, AllOf(HasSubstr("events.json"),
                           HasSubstr("looks like tab-separated text")));

  WriteFile(Path("graph.tsv"), ReadFile(kSeed));
  r = Run({"stats", "-g", Path("graph.tsv")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("looks like JSON"));

  WriteFile(Path("junk.jsonl"), std::string("\x7f"
                                            "ELF\0\0\0",
                                            7));
  r = Run({"stats", "-g", Path("junk.jsonl")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("binary data"));

  WriteFile(Path("graph.xyz"), ReadFile(kSeed));
  EXPECT_EQ(Run({"stats", "-g", Path("graph.xyz")}).exit_code, 2);
  // --as says what it is.
  EXPECT_EQ(Run({"stats", "-g", Path("graph.xyz"), "--as", "json"}).exit_code,
            0);
}

TEST_F(CliTest, LoaderErrorsAreLocated) {
  WriteFile(Path("broken.json"),
            "{\"format\": \"diplograph/1\",\n \"actors\": [{\"id\": 5}]}\n");
  Result r = Run({"validate", Path("broken.json")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("broken.json:2:"));
  EXPECT_THAT(r.out, HasSubstr("broken.json: invalid"));
  r = Run({"validate", kSeed, kIcews, kIcewsEvents});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("seed.json: valid: 13 actors, 14 statements"));
}

// ---------------------------------------------------------------------
// Subcommands.

TEST_F(CliTest, ImportMergesInputsAndWritesByExtension) {
  Result r =
      Run({"import", kIcews, kSeed, "--out", Path("all.jsonl"), "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("wrote"));
  const std::string lines = ReadFile(Path("all.jsonl"));
  EXPECT_TRUE(absl::StartsWith(lines, "{\"format\":\"diplograph/1\""))
      << lines.substr(0, 100);
  // The written graph has both inputs: 3000 ICEWS rows and 14 statements.
  r = Run({"stats", "-g", Path("all.jsonl"), "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("counts,statements,3014"));
  r = Run({"import", kIcews, "--out", Path("g.json")});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(ReadFile(Path("g.json")).substr(0, 1), "{");
}

// A text document is read with the extractor (text.h) and merged with the
// other inputs; a .txt file of ICEWS rows is still read as ICEWS.
TEST_F(CliTest, ImportReadsStatementsFromADocument) {
  WriteFile(Path("briefing.txt"),
            "DATE: 2024-03-05\n"
            "Foreign Ministry spokesperson Ilse Brandt said on Tuesday that "
            "the talks with Japan had been useful.\n");
  WriteFile(Path("rows.txt"), "China\tMake statement\tJapan\t2014-01-02\n");
  Result r = Run({"import", Path("rows.txt"), Path("briefing.txt"), "--out",
                  Path("g.json"), "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = Run({"query", "-g", Path("g.json"), "--by", "Ilse Brandt", "--format",
           "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("2024-03-05"));
  EXPECT_THAT(r.out, HasSubstr("useful"));
  r = Run({"stats", "-g", Path("g.json"), "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("counts,statements,2"));
  // Binary junk named .txt is refused, and nothing is written.
  WriteFile(Path("junk.txt"), std::string("\x00\x01\x02\xff\xfe", 5));
  r = Run(
      {"import", Path("junk.txt"), "--as", "text", "--out", Path("junk.json")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(std::ifstream(Path("junk.json")).good());
}

// The three pictures, each an SVG file; bad arguments are usage errors and
// leave no file.
TEST_F(CliTest, DrawWritesPictures) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"draw", "ego", "-g", kSeed, "Vladimir Putin",
                                 "--hops", "2", "--out", Path("ego.svg")},
        std::vector<std::string>{"draw", "timeline", "-g", kSeed, "China",
                                 "Russia", "--out", Path("timeline.svg")},
        std::vector<std::string>{"draw", "activity", "-g", kIcews, "--by",
                                 "month", "--group", "quad", "--out",
                                 Path("activity.svg")}}) {
    Result r = Run(args);
    ASSERT_EQ(r.exit_code, 0) << args[1] << ": " << r.err;
    const std::string svg = ReadFile(args.back());
    EXPECT_THAT(svg, HasSubstr("<svg")) << args[1];
    EXPECT_THAT(svg, HasSubstr("</svg>")) << args[1];
  }
  EXPECT_THAT(ReadFile(Path("ego.svg")), HasSubstr("Vladimir Putin"));
  Result r = Run({"draw", "ego", "-g", kSeed, "Vladimir Putin", "--layout",
                  "nonsense", "--out", Path("bad.svg")});
  EXPECT_EQ(r.exit_code, 2);
  r = Run(
      {"draw", "ego", "-g", kSeed, "Nobody At All", "--out", Path("none.svg")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(std::ifstream(Path("none.svg")).good());
  r = Run(
      {"draw", "activity", "-g", kSeed, "--out", Path("no/such/dir/a.svg")});
  EXPECT_EQ(r.exit_code, 1);
}

TEST_F(CliTest, LenientImportSkipsAndReportsBadRows) {
  WriteFile(Path("mixed.tsv"),
            "China\tMake statement\tJapan\t2014-01-02\n"
            "China\tMake statement\tJapan\tnot a date\n"
            "Japan\tMake statement\tChina\t2014-01-03\n");
  Result strict = Run({"import", Path("mixed.tsv")});
  EXPECT_EQ(strict.exit_code, 1);
  Result lenient = Run({"import", Path("mixed.tsv"), "--lenient"});
  EXPECT_EQ(lenient.exit_code, 0) << lenient.err;
  EXPECT_THAT(lenient.err, HasSubstr("mixed.tsv:2:"));
  EXPECT_THAT(lenient.out, HasSubstr("2 statements"));
  EXPECT_EQ(
      Run({"import", Path("mixed.tsv"), "--lenient", "--strict"}).exit_code, 2);
}

TEST_F(CliTest, QueryOnTheSeedGraph) {
  Result r = Run({"query", "-g", kSeed, "--by", "China", "--with-affiliates",
                  "--about", "United States", "--during", "2024-11"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Speaker with the role held that day, quote, channel.
  EXPECT_THAT(r.out,
              HasSubstr("Mao Ning (spokesperson of Ministry of Foreign Affairs "
                        "(China))"));
  EXPECT_THAT(r.out, HasSubstr("said: \""));
  EXPECT_THAT(r.out, HasSubstr("via: regular press briefing"));

  // Relay chain and source, as CSV for scripts.
  r = Run({"query", "-g", kSeed, "--by", "Putin", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StartsWith(
      r.out, "id,date,speaker,speaker_roles,about,quote,text,code,event,"))
      << r.out;
  EXPECT_THAT(r.out, HasSubstr("reported by TASS"));

  // Nothing matched: exit 1.
  r = Run({"query", "-g", kSeed, "--by", "Putin", "--code", "19*"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("no statements match"));
}

TEST_F(CliTest, QueryPagesResumeWhereTheyStopped) {
  Result all = Run({"query", "-g", kIcews, "--by", "China", "--limit", "0",
                    "--format", "tsv"});
  ASSERT_EQ(all.exit_code, 0);
  std::vector<std::string> expected;
  std::istringstream in(all.out);
  for (std::string line; std::getline(in, line);) expected.push_back(line);
  ASSERT_GT(expected.size(), 12u);

  std::vector<std::string> paged = {expected[0]};  // the header
  std::string after;
  for (int pages = 0; pages < 100; ++pages) {
    std::vector<std::string> args = {"query", "-g",       kIcews,
                                     "--by",  "China",    "--limit",
                                     "5",     "--format", "tsv"};
    if (!after.empty()) {
      args.push_back("--after");
      args.push_back(after);
    }
    Result r = Run(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::istringstream page(r.out);
    std::string line;
    std::getline(page, line);  // header
    while (std::getline(page, line)) paged.push_back(line);
    const size_t at = r.err.find("--after ");
    if (at == std::string::npos) break;
    after = r.err.substr(at + 8);
    after = after.substr(0, after.find('\n'));
  }
  EXPECT_EQ(paged, expected);
}

TEST_F(CliTest, AmbiguousNameListsCandidates) {
  Result r = Run({"query", "-g", kIcews, "--by", "Foreign Affairs"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("is ambiguous"));
  EXPECT_THAT(r.err, HasSubstr("\n  Foreign Affairs ("));
  EXPECT_EQ(r.out, "");
}

TEST_F(CliTest, NamesResolveByAliasIsoCodeAndCase) {
  for (const char* name : {"Putin", "vladimir putin", "Ning"}) {
    Result r = Run({"query", "-g", kSeed, "--by", name, "--count"});
    EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
  }
  Result iso = Run({"asof", "-g", kSeed, "2024-11-08", "--actor", "RUS",
                    "--format", "jsonl"});
  EXPECT_EQ(iso.exit_code, 0) << iso.err;
  EXPECT_THAT(iso.out, HasSubstr("\"to\":\"Russia\""));
}

TEST_F(CliTest, ActorsShowRolesOnADate) {
  Result r = Run({"actors", "-g", kSeed, "trump", "--at", "2024-11-08"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("President-elect of United States"));
  r = Run({"actors", "-g", kSeed, "trump", "--at", "2025-02-01"});
  EXPECT_THAT(r.out, HasSubstr("President of United States"));
  EXPECT_EQ(Run({"actors", "-g", kSeed, "zzzz"}).exit_code, 1);
}

TEST_F(CliTest, TimelineHistoryAndAsOf) {
  Result t =
      Run({"timeline", "-g", kSeed, "China", "Russia", "--with-affiliates"});
  ASSERT_EQ(t.exit_code, 0) << t.err;
  EXPECT_THAT(t.out, HasSubstr("relationship begins"));
  EXPECT_THAT(t.out, HasSubstr("Vladimir Putin (President of Russia)"));

  Result h = Run({"history", "-g", kSeed, "dual containment"});
  ASSERT_EQ(h.exit_code, 0) << h.err;
  EXPECT_THAT(h.out, HasSubstr("asserts"));
  EXPECT_THAT(h.out, HasSubstr("reported by TASS"));
  EXPECT_EQ(Run({"history", "-g", kSeed, "eternal friendship"}).exit_code, 1);

  Result a = Run({"asof", "-g", kSeed, "2025-02-01", "--actor", "Donald Trump",
                  "--format", "json"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_THAT(a.out, HasSubstr("{\"role\":\"President\",\"of\":\"United "
                               "States\",\"valid\":\"2025-01-20/..\"}"));
}

TEST_F(CliTest, PathWithEvidenceEgoAndCentrality) {
  Result p =
      Run({"path", "-g", kSeed, "Mao Ning", "Putin", "--kinds", "statement"});
  ASSERT_EQ(p.exit_code, 0) << p.err;
  EXPECT_THAT(p.out, HasSubstr("Mao Ning -> Vladimir Putin, because:"));
  EXPECT_THAT(p.out, HasSubstr("praised Putin's criticism"));
  // No statement edges in 2023: no path.
  EXPECT_EQ(Run({"path", "-g", kSeed, "Mao Ning", "Putin", "--kinds",
                 "statement", "--during", "2023"})
                .exit_code,
            1);

  Result e =
      Run({"ego", "-g", kIcews, "China", "--hops", "1", "--format", "jsonl"});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_THAT(e.out,
              HasSubstr("{\"table\":\"actors within 1 hops of China\","
                        "\"actor\":\"China\",\"kind\":\"state\",\"hops\":0}"));

  Result c = Run({"central", "-g", kIcews, "--measure", "pagerank", "--top",
                  "3", "--format", "csv"});
  ASSERT_EQ(c.exit_code, 0) << c.err;
  EXPECT_TRUE(absl::StartsWith(c.out, "rank,actor,pagerank,in_degree"));
  EXPECT_EQ(std::count(c.out.begin(), c.out.end(), '\n'), 4);
}

TEST_F(CliTest, AggregateAndStats) {
  Result a = Run({"aggregate", "-g", kIcews, "--between", "China,Japan", "--by",
                  "year", "--group", "quad", "--format", "csv"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_TRUE(absl::StartsWith(a.out, "period,group,statements\n2014,"))
      << a.out;
  Result s = Run({"stats", "-g", kIcews});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_THAT(s.out, AllOf(HasSubstr("== top speakers =="),
                           HasSubstr("== statements per year =="),
                           HasSubstr("== statements by quad class ==")));
}

TEST_F(CliTest, LintReportsDictionaryFindings) {
  WriteFile(Path("tiny.actors.txt"),
            "VLADIMIR_PUTIN_\n"
            "  [RUSGOV 20000507-19991231]\n"
            "LOST_SYNONYM_\n"
            "NOBODY_ [---]\n");
  Result r = Run({"lint", Path("tiny.actors.txt")});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;  // the inverted range
  EXPECT_THAT(
      r.out, AllOf(HasSubstr("tiny.actors.txt:2:"), HasSubstr("inverted_range"),
                   HasSubstr("null_code")));
  r = Run({"lint", Path("tiny.actors.txt"), "--fail-on", "never", "--format",
           "jsonl"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.out, HasSubstr("\"kind\":\"inverted_range\""));
  EXPECT_EQ(Run({"lint", Path("none.actors.txt")}).exit_code, 1);
}

TEST_F(CliTest, LintOnTheSharedDictionaries) {
  const std::string file = std::string(DIPLOGRAPH_SHARED_DATA_DIR) +
                           "/dictionaries/Phoenix.Countries.actors.txt";
  if (!fs::exists(file)) {
    GTEST_SKIP() << "needs ../shared/data/dictionaries/";
  }
  Result r =
      Run({"lint", file, "--min-severity", "warning", "--fail-on", "never"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("entry_without_code"));
  EXPECT_THAT(r.out, HasSubstr("findings: "));
}

TEST_F(CliTest, ExportByExtensionAndFormat) {
  Result r = Run({"export", "-g", kSeed, "--out", Path("seed.graphml")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(ReadFile(Path("seed.graphml")),
              AllOf(HasSubstr("<graphml"), HasSubstr("Mao Ning")));
  // Filtered, to standard output.
  r = Run({"export", "-g", kSeed, "--by", "Putin", "--format", "dot"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, AllOf(HasSubstr("digraph"), HasSubstr("Vladimir Putin"),
                           Not(HasSubstr("Mao Ning"))));
  // Unknown extension: usage; missing directory: nothing left.
  EXPECT_EQ(Run({"export", "-g", kSeed, "--out", Path("x.pdf")}).exit_code, 2);
  r = Run({"export", "-g", kSeed, "--out", Path("missing/x.gexf")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(fs::exists(Path("missing")));
  // A full disk leaves nothing behind.
  r = Run({"export", "-g", kIcews, "--out", Path("big.gexf")},
          {.file_size_limit = 4096});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("nothing written"));
  EXPECT_THAT(Listing(), ::testing::ElementsAre("seed.graphml"));
}

// ---------------------------------------------------------------------
// Progress.

TEST_F(CliTest, ProgressBarOnATerminalOnly) {
  Result tty = Run({"import", kIcewsEvents, "--out", Path("g.json")},
                   {.stderr_on_terminal = true});
  EXPECT_EQ(tty.exit_code, 0) << tty.err;
  EXPECT_THAT(tty.err,
              AllOf(HasSubstr("rows"), HasSubstr("%"), HasSubstr("/s")));

  Result quiet =
      Run({"import", kIcewsEvents, "--out", Path("g.json"), "--quiet"},
          {.stderr_on_terminal = true});
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_THAT(quiet.err, Not(HasSubstr("rows")));

  Result pipe = Run({"import", kIcewsEvents, "--out", Path("g.json")});
  EXPECT_EQ(pipe.exit_code, 0);
  EXPECT_EQ(pipe.err, "");

  // Exports report records and bytes written (no percentage: the size of
  // the output is not known ahead).
  Result export_tty = Run({"export", "-g", kIcews, "--out", Path("g.graphml")},
                          {.stderr_on_terminal = true});
  EXPECT_EQ(export_tty.exit_code, 0) << export_tty.err;
  EXPECT_THAT(export_tty.err, AllOf(HasSubstr("export:"), HasSubstr("rows")));
  Result export_pipe =
      Run({"export", "-g", kIcews, "--out", Path("g2.graphml")});
  EXPECT_EQ(export_pipe.exit_code, 0);
  EXPECT_THAT(export_pipe.err, Not(HasSubstr("export:")));
}

TEST_F(CliTest, CentralityProgressOnATerminalOnly) {
  // Betweenness counts source actors, PageRank iterations; each bar ends at
  // 100% and is cleared before the table is printed.
  Result between = Run({"central", "-g", kIcews, "--measure", "betweenness"},
                       {.stderr_on_terminal = true});
  EXPECT_EQ(between.exit_code, 0) << between.err;
  EXPECT_THAT(between.err, AllOf(HasSubstr("betweenness: ["), HasSubstr("100%"),
                                 HasSubstr(" actors, ")));
  EXPECT_THAT(between.out, HasSubstr("betweenness centrality"));

  Result pagerank = Run({"central", "-g", kIcews, "--measure", "pagerank"},
                        {.stderr_on_terminal = true});
  EXPECT_EQ(pagerank.exit_code, 0) << pagerank.err;
  EXPECT_THAT(pagerank.err,
              AllOf(HasSubstr("pagerank: ["), HasSubstr("20/20 iterations")));

  // Degrees are counted as the network is read: no bar of their own.
  Result degree = Run({"central", "-g", kIcews, "--measure", "degree"},
                      {.stderr_on_terminal = true});
  EXPECT_EQ(degree.exit_code, 0) << degree.err;
  EXPECT_THAT(degree.err, Not(HasSubstr("degree:")));

  Result quiet =
      Run({"central", "-g", kIcews, "--measure", "betweenness", "--quiet"},
          {.stderr_on_terminal = true});
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_THAT(quiet.err,
              AllOf(Not(HasSubstr("betweenness:")), Not(HasSubstr("rows"))));

  Result pipe = Run({"central", "-g", kIcews, "--measure", "betweenness"});
  EXPECT_EQ(pipe.exit_code, 0);
  EXPECT_EQ(pipe.err, "");
  EXPECT_EQ(pipe.out, between.out);
}

TEST_F(CliTest, TextImportProgressOnATerminalOnly) {
  // A document's bar counts the bytes the extractor has read, ends at 100%
  // and is cleared; none on a pipe or with --quiet.
  std::string text = "DATE: 2024-03-05\n";
  for (int i = 0; i < 200; ++i) {
    absl::StrAppend(&text, "Spokesperson Ilse Brandt said on Tuesday that ",
                    "round ", i,
                    " of the talks with Japan had been useful.\n\n");
  }
  WriteFile(Path("long.txt"), text);
  Result tty = Run({"import", Path("long.txt"), "--out", Path("tty.json")},
                   {.stderr_on_terminal = true});
  ASSERT_EQ(tty.exit_code, 0) << tty.err;
  EXPECT_THAT(
      tty.err,
      AllOf(HasSubstr("] 100% "),
            HasSubstr(absl::StrCat(text.size(), "/", text.size(), " bytes"))));
  Result quiet =
      Run({"import", Path("long.txt"), "--out", Path("q.json"), "-q"},
          {.stderr_on_terminal = true});
  ASSERT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_THAT(quiet.err, Not(HasSubstr("bytes")));
  Result pipe = Run({"import", Path("long.txt"), "--out", Path("pipe.json")});
  ASSERT_EQ(pipe.exit_code, 0) << pipe.err;
  EXPECT_THAT(pipe.err, Not(HasSubstr("bytes")));
  EXPECT_EQ(ReadFile(Path("tty.json")), ReadFile(Path("pipe.json")));
}

TEST_F(CliTest, ImportSaveProgressOnATerminalOnly) {
  // Saving the imported graph counts records; the bar ends at 100% and is
  // cleared before "wrote".
  Result tty = Run({"import", kIcews, "--out", Path("tty.json")},
                   {.stderr_on_terminal = true});
  ASSERT_EQ(tty.exit_code, 0) << tty.err;
  EXPECT_THAT(tty.err, AllOf(HasSubstr("save: ["), HasSubstr("100%"),
                             HasSubstr(" records")));
  Result quiet = Run({"import", kIcews, "--out", Path("quiet.json"), "-q"},
                     {.stderr_on_terminal = true});
  ASSERT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_THAT(quiet.err, Not(HasSubstr("save:")));
  Result pipe = Run({"import", kIcews, "--out", Path("pipe.json")});
  ASSERT_EQ(pipe.exit_code, 0) << pipe.err;
  EXPECT_THAT(pipe.err, Not(HasSubstr("save:")));
}

}  // namespace

// ---------------------------------------------------------------------
// Durable storage: snapshot, commit, recover, checkpoint.

namespace {

TEST_F(CliTest, SnapshotCommitRecoverCheckpoint) {
  Result snap = Run({"snapshot", "-g", kSeed, "--out", Path("seed.dgs")});
  ASSERT_EQ(snap.exit_code, 0) << snap.err;
  EXPECT_THAT(snap.out, HasSubstr("wrote "));
  EXPECT_TRUE(fs::is_regular_file(Path("seed.dgs")));

  const std::string store = Path("store.d");
  Result commit = Run({"commit", store, "-g", kSeed});
  ASSERT_EQ(commit.exit_code, 0) << commit.err;
  EXPECT_THAT(commit.out, HasSubstr("commit 1:"));

  Result rec = Run({"recover", store, "--out", Path("recovered.json")});
  ASSERT_EQ(rec.exit_code, 0) << rec.err;
  EXPECT_THAT(rec.out, AllOf(HasSubstr("recovered 1 commits"),
                             HasSubstr("snapshot: none"),
                             HasSubstr("replayed: 1 records")));
  // The recovered graph is the seed graph: its snapshot is the same.
  Result again = Run({"snapshot", "-g", Path("recovered.json"), "--out",
                      Path("recovered.dgs")});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(ReadFile(Path("recovered.dgs")), ReadFile(Path("seed.dgs")));

  Result cp = Run({"checkpoint", store});
  ASSERT_EQ(cp.exit_code, 0) << cp.err;
  EXPECT_THAT(cp.out, HasSubstr("checkpoint at commit 1"));
  rec = Run({"recover", store, "--out", Path("after.dgs")});
  ASSERT_EQ(rec.exit_code, 0) << rec.err;
  EXPECT_THAT(rec.out, AllOf(HasSubstr("snapshot-00000000000000000001.dgs"),
                             HasSubstr("replayed: 0 records")));
  EXPECT_EQ(ReadFile(Path("after.dgs")), ReadFile(Path("seed.dgs")));

  // Committing the same actors again is refused whole (names are taken).
  Result dup = Run({"commit", store, "-g", kSeed});
  EXPECT_EQ(dup.exit_code, 1);
  EXPECT_THAT(dup.err, HasSubstr("batch op 0 (actor)"));
}

TEST_F(CliTest, RecoverReportsDamageAndMissingDirectories) {
  Result missing = Run({"recover", Path("nowhere.d")});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_THAT(missing.err, HasSubstr("nowhere.d"));
  EXPECT_FALSE(fs::exists(Path("nowhere.d")));
  EXPECT_EQ(Run({"checkpoint", Path("nowhere.d")}).exit_code, 1);

  const std::string store = Path("store.d");
  ASSERT_EQ(Run({"commit", store, "-g", kSeed}).exit_code, 0);
  const std::string journal = store + "/journal-00000000000000000001.log";
  const std::string whole = ReadFile(journal);
  // A torn tail is cut.
  WriteFile(journal, whole + std::string(10, 'x'));
  Result torn = Run({"recover", store});
  ASSERT_EQ(torn.exit_code, 0) << torn.err;
  EXPECT_THAT(torn.out, HasSubstr("torn last record dropped: 10 bytes"));
  EXPECT_EQ(ReadFile(journal), whole);
  // Damage in the header is an error that changes nothing.
  std::string bad = whole;
  bad[2] = 'x';
  WriteFile(journal, bad);
  Result damaged = Run({"recover", store});
  EXPECT_EQ(damaged.exit_code, 1);
  EXPECT_THAT(damaged.err, AllOf(HasSubstr("journal-00000000000000000001.log"),
                                 HasSubstr("header (byte offset 0)")));
  EXPECT_EQ(ReadFile(journal), bad);

  EXPECT_EQ(Run({"recover", store, "--out", Path("x.csv")}).exit_code, 2);
}

}  // namespace
