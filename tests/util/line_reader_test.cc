// Tests of the library's line reader (lib/util/line_reader.h), over a stream
// and over text in memory: both must cut the same lines.

#include "util/line_reader.h"

#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace diplograph::internal {
namespace {

using ::testing::ElementsAre;

// A line as read: its text, or "<too long>".
struct Read {
  std::vector<std::string> lines;
  std::vector<uint64_t> numbers;
  uint64_t bytes = 0;
};

Read ReadAll(LineReader& reader) {
  Read out;
  absl::string_view line;
  while (reader.Next(&line)) {
    out.lines.push_back(reader.too_long() ? "<too long>" : std::string(line));
    out.numbers.push_back(reader.line_number());
  }
  out.bytes = reader.bytes();
  EXPECT_TRUE(reader.status().ok()) << reader.status();
  return out;
}

// Reads `text` both ways and checks that they agree.
Read ReadBoth(const std::string& text, const LineReaderOptions& options = {}) {
  LineReader memory(absl::string_view(text), options);
  const Read a = ReadAll(memory);
  std::istringstream in(text);
  LineReader stream(in, options);
  const Read b = ReadAll(stream);
  EXPECT_EQ(a.lines, b.lines);
  EXPECT_EQ(a.numbers, b.numbers);
  EXPECT_EQ(a.bytes, b.bytes);
  return a;
}

TEST(LineReaderTest, LineEndsAndTheLastLine) {
  EXPECT_THAT(ReadBoth("").lines, ElementsAre());
  EXPECT_THAT(ReadBoth("a\nb\r\n\nc").lines, ElementsAre("a", "b", "", "c"));
  EXPECT_THAT(ReadBoth("a\n").lines, ElementsAre("a"));
  EXPECT_THAT(ReadBoth("\n").lines, ElementsAre(""));
  // Only the CR of a CR LF goes; a lone CR is text.
  EXPECT_THAT(ReadBoth("a\rb\r\r\n").lines, ElementsAre("a\rb\r"));
  EXPECT_THAT(ReadBoth("x\r").lines, ElementsAre("x"));
  const Read r = ReadBoth("one\r\ntwo\nthree");
  EXPECT_THAT(r.numbers, ElementsAre(1, 2, 3));
  EXPECT_EQ(r.bytes, 14u);
}

TEST(LineReaderTest, ByteOrderMark) {
  const std::string text =
      "\xEF\xBB\xBF"
      "a\nb\n";
  const Read skipped = ReadBoth(text);
  EXPECT_THAT(skipped.lines, ElementsAre("a", "b"));
  EXPECT_EQ(skipped.bytes, text.size());
  EXPECT_THAT(ReadBoth(text, {.skip_bom = false}).lines,
              ElementsAre("\xEF\xBB\xBF"
                          "a",
                          "b"));
  // Only at the very start, and a BOM alone is no line.
  EXPECT_THAT(ReadBoth("a\n\xEF\xBB\xBF"
                       "b")
                  .lines,
              ElementsAre("a",
                          "\xEF\xBB\xBF"
                          "b"));
  EXPECT_THAT(ReadBoth("\xEF\xBB\xBF").lines, ElementsAre());
  EXPECT_THAT(ReadBoth("\xEF\xBB").lines, ElementsAre("\xEF\xBB"));
}

TEST(LineReaderTest, LongLinesCrossBuffers) {
  // Lines longer than the first 64 KiB buffer, and many short ones.
  std::string text;
  std::vector<std::string> expected;
  for (int i = 0; i < 3000; ++i) {
    std::string line = absl::StrCat("row ", i, " ");
    if (i % 700 == 3) line.append(200000 + i, 'x');
    expected.push_back(line);
    absl::StrAppend(&text, line, i % 2 ? "\r\n" : "\n");
  }
  const Read r = ReadBoth(text);
  EXPECT_EQ(r.lines, expected);
  EXPECT_EQ(r.bytes, text.size());
}

TEST(LineReaderTest, TooLongLinesAreSkippedWhole) {
  const std::string big(100000, 'y');
  const std::string text =
      absl::StrCat("short\n", big, "\nnext\n", "12345678\n", big);
  const Read r = ReadBoth(text, {.max_line_bytes = 8});
  EXPECT_THAT(r.lines, ElementsAre("short", "<too long>", "next", "12345678",
                                   "<too long>"));
  EXPECT_THAT(r.numbers, ElementsAre(1, 2, 3, 4, 5));
  EXPECT_EQ(r.bytes, text.size());
  // The limit counts the CR of a CR LF.
  EXPECT_THAT(ReadBoth("1234567\r\n12345678\r\n", {.max_line_bytes = 8}).lines,
              ElementsAre("1234567", "<too long>"));
}

// A stream buffer whose first read gives `first` bytes of "a\n" lines
// and whose next read fails.
class FailingBuffer : public std::streambuf {
 protected:
  std::streamsize xsgetn(char* s, std::streamsize n) override {
    if (reads_++ > 0) throw std::ios_base::failure("disk");
    for (std::streamsize i = 0; i < n; ++i) s[i] = i % 2 ? '\n' : 'a';
    return n;
  }
  int_type underflow() override { throw std::ios_base::failure("disk"); }

 private:
  int reads_ = 0;
};

TEST(LineReaderTest, ReadErrorsAreDataLoss) {
  FailingBuffer buffer;
  std::istream in(&buffer);
  LineReader reader(in);
  absl::string_view line;
  size_t lines = 0;
  while (reader.Next(&line)) {
    EXPECT_EQ(line, "a");
    ++lines;
  }
  // The lines of the first read (64 KiB), then the error.
  EXPECT_EQ(lines, size_t{1} << 15);
  EXPECT_EQ(reader.status().code(), absl::StatusCode::kDataLoss);
}

}  // namespace
}  // namespace diplograph::internal
