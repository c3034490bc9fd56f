// Tests of the private UTF-8 helpers (lib/util/utf8.h).

#include "util/utf8.h"

#include <string>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"

namespace diplograph::internal {
namespace {

constexpr size_t kNpos = absl::string_view::npos;

size_t Find(absl::string_view s) { return FindInvalidUtf8(s); }

TEST(FindInvalidUtf8Test, ValidText) {
  EXPECT_EQ(Find(""), kNpos);
  EXPECT_EQ(Find("plain ASCII, with \t and \n"), kNpos);
  EXPECT_EQ(Find(std::string("nul\0inside", 10)), kNpos);  // NUL is valid
  EXPECT_EQ(Find("M\xC3\xA9nage"), kNpos);                 // 2 bytes
  EXPECT_EQ(Find("\xE4\xB8\xAD\xE5\x9B\xBD"), kNpos);      // 3 bytes
  EXPECT_EQ(Find("\xF0\x9F\x98\x80"), kNpos);              // 4 bytes, U+1F600
  // Boundaries of each length.
  EXPECT_EQ(Find("\x7F"), kNpos);              // U+007F
  EXPECT_EQ(Find("\xC2\x80"), kNpos);          // U+0080
  EXPECT_EQ(Find("\xDF\xBF"), kNpos);          // U+07FF
  EXPECT_EQ(Find("\xE0\xA0\x80"), kNpos);      // U+0800
  EXPECT_EQ(Find("\xED\x9F\xBF"), kNpos);      // U+D7FF
  EXPECT_EQ(Find("\xEE\x80\x80"), kNpos);      // U+E000
  EXPECT_EQ(Find("\xEF\xBF\xBF"), kNpos);      // U+FFFF
  EXPECT_EQ(Find("\xF0\x90\x80\x80"), kNpos);  // U+10000
  EXPECT_EQ(Find("\xF4\x8F\xBF\xBF"), kNpos);  // U+10FFFF
}

TEST(FindInvalidUtf8Test, OverlongForms) {
  EXPECT_EQ(Find("\xC0\xAF"), 0u);  // '/' in two bytes
  EXPECT_EQ(Find("\xC1\xBF"), 0u);
  EXPECT_EQ(Find("ab\xE0\x80\xAF"), 2u);       // '/' in three bytes
  EXPECT_EQ(Find("\xE0\x9F\xBF"), 0u);         // U+07FF in three bytes
  EXPECT_EQ(Find("abc\xF0\x80\x80\xAF"), 3u);  // '/' in four bytes
  EXPECT_EQ(Find("\xF0\x8F\xBF\xBF"), 0u);     // U+FFFF in four bytes
}

TEST(FindInvalidUtf8Test, Surrogates) {
  EXPECT_EQ(Find("\xED\xA0\x80"), 0u);    // U+D800
  EXPECT_EQ(Find("x\xED\xAD\xBF"), 1u);   // U+DB7F
  EXPECT_EQ(Find("xy\xED\xB0\x80"), 2u);  // U+DC00
  EXPECT_EQ(Find("\xED\xBF\xBF"), 0u);    // U+DFFF
  // A CESU-8 style surrogate pair is still invalid.
  EXPECT_EQ(Find("\xED\xA0\xBD\xED\xB8\x80"), 0u);
}

TEST(FindInvalidUtf8Test, AboveU10FFFF) {
  EXPECT_EQ(Find("\xF4\x90\x80\x80"), 0u);  // U+110000
  EXPECT_EQ(Find("ok\xF4\xBF\xBF\xBF"), 2u);
  EXPECT_EQ(Find("\xF5\x80\x80\x80"), 0u);  // lead bytes F5..FF
  EXPECT_EQ(Find("\xF7\xBF\xBF\xBF"), 0u);
  EXPECT_EQ(Find("\xF8\x88\x80\x80\x80"), 0u);  // old 5-byte form
  EXPECT_EQ(Find("\xFF"), 0u);
  EXPECT_EQ(Find("\xFE"), 0u);
}

TEST(FindInvalidUtf8Test, TruncatedSequences) {
  EXPECT_EQ(Find("\xC3"), 0u);
  EXPECT_EQ(Find("abc\xE4\xB8"), 3u);
  EXPECT_EQ(Find("\xF0\x9F\x98"), 0u);
  EXPECT_EQ(Find("\xF0"), 0u);
  // Cut short by a non-continuation byte, not by the end.
  EXPECT_EQ(Find("\xC3"
                 "A"),
            0u);
  EXPECT_EQ(Find("a\xE4\xB8"
                 "b"),
            1u);
  EXPECT_EQ(Find("\xF0\x9F\x98\xC3\xA9"), 0u);
}

TEST(FindInvalidUtf8Test, StrayContinuationBytes) {
  EXPECT_EQ(Find("\x80"), 0u);
  EXPECT_EQ(Find("abc\xBF"), 3u);
  EXPECT_EQ(Find("\xC3\xA9\xA9"), 2u);
}

TEST(FindInvalidUtf8Test, ReportsTheFirstBadOffset) {
  EXPECT_EQ(Find("\xC3\xA9\xC3\xA9 \xFF \xFF"), 5u);
}

// Long ASCII runs are scanned several bytes at a time: a bad byte, or a
// valid multi-byte character, must be seen wherever it falls in a word.
TEST(FindInvalidUtf8Test, AnyOffsetInsideLongAsciiRuns) {
  for (size_t at = 0; at < 48; ++at) {
    SCOPED_TRACE(at);
    std::string bad(48, 'a');
    bad[at] = '\xFF';
    EXPECT_EQ(FindInvalidUtf8(bad), at);
    std::string good(48, 'a');
    good.replace(at, 2, "\xC3\xA9");  // U+00E9, two bytes
    EXPECT_EQ(FindInvalidUtf8(good), absl::string_view::npos);
    // A valid character first, then a bad byte later in the run.
    std::string both = good + std::string(20, 'b') + "\xC0";
    EXPECT_EQ(FindInvalidUtf8(both), both.size() - 1);
  }
}

TEST(HasControlCharacterTest, FindsC0AndDel) {
  EXPECT_FALSE(HasControlCharacter(""));
  EXPECT_FALSE(HasControlCharacter("Mao Ning \xE6\xAF\x9B"));
  EXPECT_TRUE(HasControlCharacter("a\tb"));
  EXPECT_TRUE(HasControlCharacter("a\nb"));
  EXPECT_TRUE(HasControlCharacter("a\rb"));
  EXPECT_TRUE(HasControlCharacter(std::string("a\0b", 3)));
  EXPECT_TRUE(HasControlCharacter("a\x1F"));
  EXPECT_TRUE(HasControlCharacter("\x7F"));
  EXPECT_FALSE(HasControlCharacter("~ "));
}

TEST(QuotedTest, WrapsInDoubleQuotes) {
  EXPECT_EQ(Quoted(""), "\"\"");
  EXPECT_EQ(Quoted("Mao Ning"), "\"Mao Ning\"");
}

TEST(QuotedTest, EscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(Quoted("say \"hi\""), "\"say \\\"hi\\\"\"");
  EXPECT_EQ(Quoted("a\\b"), "\"a\\\\b\"");
  EXPECT_EQ(Quoted("a\nb\rc\td"), "\"a\\nb\\rc\\td\"");
  EXPECT_EQ(Quoted(std::string("a\0b", 3)), "\"a\\x00b\"");
  EXPECT_EQ(Quoted("\x01\x1F\x7F"), "\"\\x01\\x1f\\x7f\"");
}

TEST(QuotedTest, KeepsValidNonAsciiAndEscapesInvalidBytes) {
  EXPECT_EQ(Quoted("M\xC3\xA9nage"), "\"M\xC3\xA9nage\"");
  EXPECT_EQ(Quoted("a\xFF"
                   "b"),
            "\"a\\xffb\"");
  // Each byte of an invalid sequence is escaped; valid text after it is kept.
  EXPECT_EQ(Quoted("\xED\xA0\x80\xC3\xA9"), "\"\\xed\\xa0\\x80\xC3\xA9\"");
  EXPECT_EQ(Quoted("x\xC3"), "\"x\\xc3\"");
}

TEST(QuotedTest, CutsLongTextAtACharacterBoundary) {
  EXPECT_EQ(Quoted("abcdef", 4), "\"abcd...\"");
  EXPECT_EQ(Quoted("abcd", 4), "\"abcd\"");
  // "é" is two bytes: cutting at 2 would split it, so the cut moves back.
  EXPECT_EQ(Quoted("a\xC3\xA9z", 2), "\"a...\"");
  EXPECT_EQ(Quoted("a\xC3\xA9z", 3), "\"a\xC3\xA9...\"");
  EXPECT_EQ(Quoted("xyz", 0), "\"...\"");
  // The default keeps 200 bytes.
  const std::string long_text(500, 'q');
  EXPECT_EQ(Quoted(long_text), "\"" + std::string(200, 'q') + "...\"");
}

TEST(QuotedTest, OutputIsAlwaysValidUtf8WithoutControls) {
  std::string all_bytes;
  for (int b = 0; b < 256; ++b) all_bytes.push_back(static_cast<char>(b));
  const std::string q = Quoted(all_bytes, 1000);
  EXPECT_EQ(FindInvalidUtf8(q), kNpos);
  EXPECT_FALSE(HasControlCharacter(q));
}

}  // namespace
}  // namespace diplograph::internal
