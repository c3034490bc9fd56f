#include "diplograph/resolve.h"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "diplograph/gazetteer.h"
#include "diplograph/graph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "registry/hand_graph.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

Date D(absl::string_view text) { return *Date::Parse(text); }

// One graph with the gazetteer, shared by the tests (read only).
class ResolverTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    graph_ = new Graph();
    ASSERT_THAT(ImportGazetteer(BuiltinGazetteer(), *graph_), IsOk());
    absl::StatusOr<Resolver> r = Resolver::Create(*graph_);
    ASSERT_THAT(r.status(), IsOk());
    resolver_ = new Resolver(*std::move(r));
  }
  static void TearDownTestSuite() {
    delete resolver_;
    delete graph_;
  }

  // The name of the best candidate, or "" when nothing or an ambiguous
  // result.
  static std::string Best(absl::string_view name, Date date = Date()) {
    Resolution r = resolver_->Resolve(name, date);
    if (!r.found() || r.ambiguous) return "";
    return graph_->actor(r.best().actor).name;
  }
  // The reason of the best candidate ("" when nothing matched).
  static absl::string_view BestReason(absl::string_view name,
                                      Date date = Date()) {
    Resolution r = resolver_->Resolve(name, date);
    return r.found() ? MatchReasonName(r.best().reason) : "";
  }

  // The mentions of `text` as "phrase=Actor" strings (the best target).
  static std::vector<std::string> Mentions(absl::string_view text) {
    std::vector<std::string> out;
    for (const Mention& m : resolver_->FindMentions(text)) {
      out.push_back(absl::StrCat(text.substr(m.begin, m.end - m.begin), "=",
                                 graph_->actor(m.targets[0].actor).name));
    }
    return out;
  }

  static Graph* graph_;
  static Resolver* resolver_;
};

Graph* ResolverTest::graph_ = nullptr;
Resolver* ResolverTest::resolver_ = nullptr;

TEST_F(ResolverTest, TitleAloneAtADateAcrossRussianTerms) {
  EXPECT_EQ(Best("the Russian president", D("2014-03-18")), "Vladimir Putin");
  EXPECT_EQ(BestReason("the Russian president", D("2014-03-18")),
            "title_at_date");
  EXPECT_EQ(Best("the Russian president", D("2009-03-18")), "Dmitry Medvedev");
  EXPECT_EQ(Best("Russian President", D("2008-05-06")), "Vladimir Putin");
  EXPECT_EQ(Best("Russian President", D("2008-05-07")), "Dmitry Medvedev");
  EXPECT_EQ(Best("Russian President", D("2012-05-06")), "Dmitry Medvedev");
  EXPECT_EQ(Best("Russian President", D("2012-05-07")), "Vladimir Putin");
  EXPECT_EQ(Best("Russia's prime minister", D("2009-03-18")), "Vladimir Putin");
  EXPECT_EQ(Best("the Kremlin's press secretary", D("2020-01-01")),
            "Dmitry Peskov");
  EXPECT_EQ(Best("Moscow's top diplomat", D("2020-01-01")), "Sergey Lavrov");
  EXPECT_EQ(Best("the Russian foreign ministry spokeswoman", D("2016-01-01")),
            "Maria Zakharova");
}

TEST_F(ResolverTest, TitleAloneAtADateAcrossAmericanTerms) {
  EXPECT_EQ(Best("the US president", D("2016-06-01")), "Barack Obama");
  EXPECT_EQ(Best("the American president", D("2017-01-19")), "Barack Obama");
  EXPECT_EQ(Best("the American president", D("2017-01-20")), "Donald Trump");
  EXPECT_EQ(Best("U.S. President", D("2021-01-19")), "Donald Trump");
  EXPECT_EQ(Best("U.S. President", D("2021-01-20")), "Joe Biden");
  EXPECT_EQ(Best("US President", D("2025-01-19")), "Joe Biden");
  EXPECT_EQ(Best("US President", D("2025-01-20")), "Donald Trump");
  EXPECT_EQ(Best("US President-elect", D("2024-11-08")), "Donald Trump");
  EXPECT_EQ(Best("Washington's top diplomat", D("2019-01-01")), "Mike Pompeo");
  EXPECT_EQ(Best("US Secretary of State", D("2025-02-01")), "Marco Rubio");
  EXPECT_EQ(Best("State Department spokesperson", D("2022-06-01")),
            "Ned Price");
  // A month date: whoever held the title on some day of it.
  Resolution jan = resolver_->Resolve("US president", D("2017-01"));
  EXPECT_TRUE(jan.ambiguous);
  EXPECT_EQ(jan.candidates.size(), 2u);
}

TEST_F(ResolverTest, ChineseTitles) {
  EXPECT_EQ(Best("Chinese Foreign Minister", D("2023-03-01")), "Qin Gang");
  EXPECT_EQ(Best("Chinese Foreign Minister", D("2024-11-08")), "Wang Yi");
  EXPECT_EQ(Best("China's premier", D("2020-05-01")), "Li Keqiang");
  EXPECT_EQ(Best("Beijing's president", D("2012-01-01")), "Hu Jintao");
  // Several spokespersons at once: ambiguous, all listed.
  Resolution r = resolver_->Resolve("Chinese foreign ministry spokesperson",
                                    D("2021-06-01"));
  EXPECT_TRUE(r.ambiguous);
  std::vector<std::string> names;
  for (const ResolvedCandidate& c : r.candidates) {
    names.push_back(graph_->actor(c.actor).name);
    EXPECT_EQ(c.reason, MatchReason::kTitleAtDate);
  }
  EXPECT_THAT(names, ::testing::UnorderedElementsAre(
                         "Hua Chunying", "Zhao Lijian", "Wang Wenbin"));
}

TEST_F(ResolverTest, TitleWithoutCountryIsAmbiguous) {
  Resolution r = resolver_->Resolve("the president", D("2014-03-18"));
  EXPECT_TRUE(r.ambiguous);
  EXPECT_GE(r.candidates.size(), 4u);  // Russia, China, US, Ukraine, Turkey
}

TEST_F(ResolverTest, TitleAndName) {
  Resolution r = resolver_->Resolve("President Putin", D("2014-03-18"));
  ASSERT_TRUE(r.found());
  EXPECT_EQ(graph_->actor(r.best().actor).name, "Vladimir Putin");
  EXPECT_EQ(r.best().reason, MatchReason::kTitleAndName);
  EXPECT_THAT(r.best().explanation, HasSubstr("President of Russia"));
  // In 2010 Putin was prime minister, not president.
  EXPECT_EQ(BestReason("President Putin", D("2010-01-01")),
            "title_and_name_other_time");
  EXPECT_EQ(BestReason("Prime Minister Putin", D("2010-01-01")),
            "title_and_name");
  EXPECT_EQ(Best("Russian President Vladimir Putin", D("2024-11-08")),
            "Vladimir Putin");
  EXPECT_EQ(Best("Foreign Ministry spokesperson Mao Ning", D("2024-11-08")),
            "Mao Ning");
  EXPECT_EQ(BestReason("Kremlin spokesman Dmitry Peskov", D("2024-11-08")),
            "title_and_name");
  EXPECT_EQ(BestReason("US President elect Donald Trump", D("2024-11-08")),
            "title_and_name");
  EXPECT_EQ(BestReason("Secretary of State Rubio", D("2021-06-01")),
            "title_and_name_other_time");
  EXPECT_EQ(BestReason("Secretary of State Mao Ning", D("2024-11-08")),
            "name_title_mismatch");
}

TEST_F(ResolverTest, NamesAliasesMetonymyDemonyms) {
  EXPECT_EQ(BestReason("Vladimir Putin"), "exact_name");
  EXPECT_EQ(BestReason("Putin"), "alias");
  EXPECT_EQ(Best("Moscow"), "Russia");
  EXPECT_EQ(BestReason("Moscow"), "metonymy");
  EXPECT_EQ(Best("the White House"), "United States");
  EXPECT_EQ(Best("Zhongnanhai"), "China");
  EXPECT_EQ(Best("Foggy Bottom"), "United States");
  EXPECT_EQ(Best("Downing Street"), "United Kingdom");
  EXPECT_EQ(Best("Chinese"), "China");
  EXPECT_EQ(BestReason("Chinese"), "demonym");
  // The Kremlin is the presidential office by alias, and Russia by
  // metonymy, ranked in that order.
  Resolution k = resolver_->Resolve("the Kremlin");
  ASSERT_EQ(k.candidates.size(), 2u);
  EXPECT_FALSE(k.ambiguous);
  EXPECT_EQ(graph_->actor(k.candidates[0].actor).name,
            "Presidential Executive Office (Russia)");
  EXPECT_EQ(k.candidates[1].reason, MatchReason::kMetonymy);
  EXPECT_FALSE(resolver_->Resolve("Atlantis").found());
  // A country and a body: the body named "Body (Country)".
  EXPECT_EQ(Best("the Chinese ministry of foreign affairs"),
            "Ministry of Foreign Affairs (China)");
  EXPECT_EQ(BestReason("Russia's Ministry of Foreign Affairs"),
            "country_qualified_name");
  EXPECT_EQ(Best("Moscow's presidential executive office"),
            "Presidential Executive Office (Russia)");
}

TEST_F(ResolverTest, FoldingRules) {
  EXPECT_EQ(Resolver::Fold("ERDOĞAN"), "erdogan");
  EXPECT_EQ(Resolver::Fold("Recep_Tayyip_Erdoğan"), "recep tayyip erdogan");
  EXPECT_EQ(Resolver::Fold("People’s Daily"), "people s daily");
  EXPECT_EQ(Resolver::Fold("People's Daily"), "people s daily");
  EXPECT_EQ(Resolver::Fold("U.S."), "us");
  EXPECT_EQ(Resolver::Fold("Guinea-Bissau"), "guinea bissau");
  EXPECT_EQ(Resolver::Fold("Владимир Путин"), "vladimir putin");
  EXPECT_EQ(Resolver::Fold("Сергей Лавров"), "sergey lavrov");
  EXPECT_EQ(Resolver::Fold("Ильич"), "ilich");  // the soft sign's prime goes
  EXPECT_EQ(Resolver::Fold("Binali Yıldırım"), "binali yildirim");
  // Russian BGN unless the text has a letter only Ukrainian has.
  EXPECT_EQ(Resolver::Fold("Володимир Зеленський"), "volodimir zelenskiy");
  EXPECT_EQ(Resolver::Fold("Зеленський у Києві"), "zelenskyy u kyyevi");
  EXPECT_EQ(Resolver::Fold("Straße Øresund Łódź"), "strasse oresund lodz");

  EXPECT_EQ(Best("ERDOGAN"), "Recep Tayyip Erdoğan");
  EXPECT_EQ(Best("recep_tayyip_erdogan"), "Recep Tayyip Erdoğan");
  EXPECT_EQ(Best("PEOPLE’S DAILY"), "People's Daily");
  EXPECT_EQ(Best("Владимир Путин"), "Vladimir Putin");
  EXPECT_EQ(Best("Мария Захарова"), "Maria Zakharova");  // BGN: Mariya
  EXPECT_EQ(Best("ТАСС"), "TASS");
  EXPECT_EQ(Best("Зеленський"), "Volodymyr Zelenskyy");
  EXPECT_EQ(Best("Dmitriy  Peskov!"), "Dmitry Peskov");
  EXPECT_EQ(Best("president Erdoğan", D("2020-01-01")), "Recep Tayyip Erdoğan");
}

TEST_F(ResolverTest, MentionsLongestMatchWins) {
  EXPECT_THAT(Mentions("Tensions in the South China Sea rose."),
              ::testing::IsEmpty());
  EXPECT_THAT(Mentions("China and Russia met in the East China Sea."),
              ElementsAre("China=China", "Russia=Russia"));
  EXPECT_THAT(Mentions("The South China Morning Post cited Xinhua."),
              ElementsAre("South China Morning Post=South China Morning Post",
                          "Xinhua=Xinhua"));
  EXPECT_THAT(Mentions("Russian Foreign Minister Sergey Lavrov spoke."),
              ElementsAre("Russian=Russia", "Sergey Lavrov=Sergey Lavrov"));
  EXPECT_THAT(Mentions("The Washington Post and Washington disagree."),
              ElementsAre("Washington Post=The Washington Post",
                          "Washington=United States"));
  EXPECT_THAT(Mentions("In the Russian Far East, Russian officials said."),
              ElementsAre("Russian=Russia"));
}

TEST_F(ResolverTest, MentionsContextAndCase) {
  // An unknown capitalised neighbour makes a longer proper name.
  EXPECT_THAT(Mentions("He flew over the Moscow River today."),
              ::testing::IsEmpty());
  EXPECT_THAT(Mentions("Tickets for Washington Nationals games."),
              ::testing::IsEmpty());
  // A capital after a sentence end or a title does not.
  EXPECT_THAT(Mentions("It rained. Moscow said no."),
              ElementsAre("Moscow=Russia"));
  EXPECT_THAT(Mentions("US President Joe Biden"),
              ElementsAre("US=United States", "Joe Biden=Joe Biden"));
  // "us" is not the US; "U.S." is.
  EXPECT_THAT(Mentions("Join us in the U.S. capital"),
              ElementsAre("U.S.=United States"));
  // Phrases do not run across punctuation.
  EXPECT_THAT(Mentions("in the south china sea"), ::testing::IsEmpty());
  EXPECT_THAT(Mentions("in the south china, sea"), ElementsAre("china=China"));
  // Byte spans point at the source text, Cyrillic and curly quotes
  // included.
  const std::string text = "«Путин» said ERDOĞAN’s aide";
  std::vector<Mention> m = resolver_->FindMentions(text);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(text.substr(m[0].begin, m[0].end - m[0].begin), "Путин");
  EXPECT_EQ(text.substr(m[1].begin, m[1].end - m[1].begin), "ERDOĞAN");
}

TEST_F(ResolverTest, FinderWorkIsLinear) {
  const std::string unit =
      "The South China Sea and the Russian president Vladimir Putin met "
      "Chinese Foreign Ministry spokesperson Mao Ning in Beijing; ";
  std::string small, large;
  for (int i = 0; i < 100; ++i) small += unit;
  for (int i = 0; i < 1000; ++i) large += unit;
  MentionStats s1, s2;
  const size_t m1 = resolver_->FindMentions(small, &s1).size();
  const size_t m2 = resolver_->FindMentions(large, &s2).size();
  EXPECT_EQ(m2, 10 * m1);
  EXPECT_EQ(s2.tokens, 10 * s1.tokens);
  // Steps per word are bounded by a constant, whatever the phrase count.
  EXPECT_EQ(s2.transitions, 10 * s1.transitions);
  EXPECT_LE(s1.transitions, 3 * s1.tokens);
  // A pathological text: one word repeated, with phrases "x x ... x" of
  // every length up to 8 in the dictionary.
  Graph g;
  std::string name = "Xq";
  for (int k = 0; k < 8; ++k) {
    ASSERT_THAT(g.AddActor({.name = name}).status(), IsOk());
    name += " Xq";
  }
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Resolver r, Resolver::Create(g));
  std::string words;
  for (int i = 0; i < 10000; ++i) words += "xq ";
  MentionStats s3;
  EXPECT_EQ(r.FindMentions(words, &s3).size(), 1250u);  // 10000 / 8
  EXPECT_LE(s3.transitions, 2 * s3.tokens);
}

TEST_F(ResolverTest, SharedArticle) {
  const std::string path = std::string(DIPLOGRAPH_SHARED_DATA_DIR) +
                           "/articles/2024-11-08-beijing-china-russia-us.txt";
  std::ifstream in(path);
  if (!in) {
    GTEST_SKIP() << "needs ../shared/data/articles/"
                    "2024-11-08-beijing-china-russia-us.txt";
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  std::vector<std::string> found = Mentions(text);
  auto count = [&](absl::string_view m) {
    return std::count(found.begin(), found.end(), std::string(m));
  };
  // Spot checks, counted by hand in the article.
  EXPECT_EQ(count("Beijing=China"), 2);  // dateline, "apprehensions in"
  EXPECT_EQ(count("Mao Ning=Mao Ning"), 1);
  EXPECT_EQ(count("Dmitry Peskov=Dmitry Peskov"), 1);
  EXPECT_EQ(count("TASS=TASS"), 2);
  EXPECT_EQ(count("Joe Biden=Joe Biden"), 1);
  EXPECT_GE(count("Putin=Vladimir Putin"), 6);
  EXPECT_EQ(count("Vladimir Putin=Vladimir Putin"), 1);
  EXPECT_EQ(count("Moscow=Russia"), 1);
  // "China" in "South China Sea" is not a mention of China.
  const size_t sea = text.find("South China Sea");
  ASSERT_NE(sea, std::string::npos);
  for (const Mention& m : resolver_->FindMentions(text)) {
    EXPECT_FALSE(m.begin >= sea && m.begin < sea + 15) << m.begin;
  }
  // The speaker resolves through her title on the article's date.
  EXPECT_EQ(Best("Foreign Ministry spokesperson Mao Ning", D("2024-11-08")),
            "Mao Ning");
  EXPECT_EQ(Best("the Russian president", D("2024-11-08")), "Vladimir Putin");
}

TEST_F(ResolverTest, LongTextsAreReadInPartsWithExactSpans) {
  // Over 64 KiB with line breaks: read in parts, offsets into the whole.
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    text += i % 2 == 0 ? "Moscow said.\n" : "Путин и Zhongnanhai\n";
  }
  std::vector<Mention> m = resolver_->FindMentions(text);
  ASSERT_EQ(m.size(), 30000u);
  for (size_t k = 0; k < m.size(); ++k) {
    const std::string s(text.substr(m[k].begin, m[k].end - m[k].begin));
    EXPECT_TRUE(s == "Moscow" || s == "Путин" || s == "Zhongnanhai") << s;
  }
  // One transliteration for the whole text: a Ukrainian letter at the very
  // end makes all its Cyrillic Ukrainian (Путин -> Putyn, no match).
  EXPECT_EQ(resolver_->FindMentions(text + "і").size(), 20000u);
}

TEST_F(ResolverTest, JunkInputIsHarmless) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>(i * 131));
  junk += "\xff\xfe Putin \xc3 Moscow \xe2\x80";  // invalid and cut UTF-8
  std::vector<Mention> m = resolver_->FindMentions(junk);
  for (const Mention& x : m) {
    EXPECT_LT(x.begin, x.end);
    EXPECT_LE(x.end, junk.size());
  }
  EXPECT_GE(m.size(), 2u);
  EXPECT_FALSE(resolver_->Resolve(junk).found());
  EXPECT_FALSE(resolver_->Resolve("").found());
  EXPECT_FALSE(resolver_->Resolve("the").found());
  EXPECT_TRUE(resolver_->FindMentions("").empty());
  // One long line of 2 MB without a single break.
  std::string line(2 << 20, 'a');
  line += " Russia";
  ASSERT_EQ(resolver_->FindMentions(line).size(), 1u);
}

TEST(ResolverHandGraphTest, WorksOnAGraphWithoutTheGazetteer) {
  Graph g;
  ASSERT_THAT(testing::BuildHandGraph(g), IsOk());
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Resolver r, Resolver::Create(g));
  // Roles of the graph are titles; places come from the built-in table
  // for the graph's states.
  Resolution p = r.Resolve("the Russian president", D("2024-11-08"));
  ASSERT_TRUE(p.found());
  EXPECT_EQ(g.actor(p.best().actor).name, "Vladimir Putin");
  Resolution b = r.Resolve("Beijing");
  ASSERT_TRUE(b.found());
  EXPECT_EQ(g.actor(b.best().actor).name, "China");
  EXPECT_EQ(b.best().reason, MatchReason::kMetonymy);
  // Without the built-in tables, only the graph's names count.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Resolver bare, Resolver::Create(g, {.builtin_gazetteer = false}));
  EXPECT_FALSE(bare.Resolve("Beijing").found());
  EXPECT_EQ(bare.Resolve("Moscow").best().reason, MatchReason::kAlias);
}

}  // namespace
}  // namespace diplograph
