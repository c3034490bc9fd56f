// The text layer's two word lists: relationship phrases ("comprehensive
// strategic partnership of coordination for a new era", "dual containment",
// "close ties") and speech verbs ("said", "criticized", "declined to comment",
// "expressed willingness to meet") with the CAMEO event code each one codes.
// Both ship as documented data files (data/text/relationships.tsv,
// data/text/speech_verbs.tsv, see docs/text_lexicon.md) compiled into the
// library; Parse() reads other copies of them, e.g. for tests. The speech
// verbs are also the attribution grammar's reporting verbs (verbs.h): each
// row says what follows the verb (its frame) and which forms the grammar
// reads.
//
//   const Lexicon& lexicon = Lexicon::Default();
//   for (const PhraseMatch& m : lexicon.FindPhrases(text, 0, text.size())) {
//     m.phrase->key;        // "dual_containment" for "dual deterrence"
//   }
//   for (const VerbMatch& m : lexicon.FindSpeechVerbs(text, 0, text.size())) {
//     m.verb->event_type;   // {"111", "Criticize or denounce"} for
//   }                       // "has repeatedly criticised"
//   lexicon.FindVerb("said")->lemma;   // "say"
//
// Words. Text is cut into words (runs of ASCII letters and digits and of
// non-ASCII characters other than spaces, dashes and quotation marks) and
// punctuation. ASCII letters are compared case-insensitively. A possessive
// "'s" / "’s" (or the bare apostrophe after a plural's s) belongs to the word
// before it and is ignored by matching; "n't" reads as "not". Phrases match
// word by word, across spaces, line breaks and hyphens ("no-limits" and "no
// limits" are the same), in singular or plural ("allies" matches "ally":
// both sides go through the same plural rule, SingularKey). Verbs match in
// any regular inflection made by rule (-s, -ed, -ing with the usual spelling
// changes, British -ise for -ize) or an irregular form the data lists.
// Errors: only Parse() returns any; the matchers accept any bytes (invalid
// UTF-8 bytes count as letters) and never fail.
//
// Thread safety: a Lexicon is immutable after Parse(); every const method may
// be called from any number of threads at once. Default() is thread-safe.
// Pointers in matches (PhraseMatch::phrase, VerbMatch::verb) point into the
// Lexicon and live as long as it (for Default(), the whole program); moving a
// Lexicon keeps them valid.

#ifndef DIPLOGRAPH_LIB_TEXT_LEXICON_H_
#define DIPLOGRAPH_LIB_TEXT_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "diplograph/event_type.h"
#include "diplograph/polarity.h"
#include "text/word_filter.h"

namespace diplograph::text_internal {

struct RelationshipPhrase {
  // The canonical wording, e.g. "comprehensive strategic partnership of
  // coordination for a new era".
  std::string label;
  // Normalised key: "comprehensive_strategic_partnership_of_coordination".
  std::string key;
  // Other wordings matched ("comprehensive strategic partner of coordination
  // for a new era").
  std::vector<std::string> variants;
  Polarity polarity = Polarity::kNeutral;
  // "dual containment" (US -> China) vs "ally" (symmetric).
  bool directed = false;
  // One relationship among all its ends, however many ("triple
  // cooperation"); never set together with `directed`.
  bool group = false;
};

// What follows a reporting verb in a report (the `frame` column of
// data/text/speech_verbs.tsv).
enum class VerbFrame : uint8_t {
  kClause,           // "said that ...", '"...," she said'
  kThat,             // only before "that" or a mark: "conceded that ..."
  kAddressee,        // "told X that", "urged X to", "accused X of"
  kAddresseeThat,    // "assured (X) that"
  kObject,           // "praised X for ...", "welcomed the deal"
  kObjectAddressee,  // "thanked X for", "encouraged X to"
  kQuotedAs,         // "quoted X as saying"
  kAct,              // no statement: "discussed", "exchanged views"
};

// How the attribution grammar reads a form of a reporting verb.
enum class VerbForm : uint8_t {
  kFinite,      // "said", "says", "told"
  kParticiple,  // "saying", "noting", "adding"
  kBase,        // "say" (after "will", "did", "to")
};

// The forms of a verb the attribution grammar reads (the `read` column), as
// bits of SpeechVerb::read.
inline constexpr uint8_t kReadPast = 1;  // "said", "stressed"
inline constexpr uint8_t kReadS = 2;     // "says", "stresses"
inline constexpr uint8_t kReadIng = 4;   // "saying"
inline constexpr uint8_t kReadBase = 8;  // "say"

struct SpeechVerb {
  // The base form: "criticize", "call on", "decline to comment".
  std::string lemma;
  // CAMEO code and name, e.g. {"111", "Criticize or denounce"}.
  EventType event_type;
  // The speaker's stance toward the object.
  Polarity stance = Polarity::kNeutral;
  VerbFrame frame = VerbFrame::kClause;
  // Introduces what was said ("said", "stressed") as opposed to only coding
  // an act ("praised Putin"): the frames clause, that, addressee,
  // addressee-that and quoted-as.
  bool reports_speech = true;
  // "said that ...": the frames clause, that, addressee, addressee-that.
  bool takes_that_clause = false;
  // "quoted X as saying".
  bool quoted_as_saying = false;
  // "told X", "urged X": the word after it is the addressee, not the start
  // of what was said.
  bool takes_addressee = false;
  // "conceded that", '"...," she countered.': a report of speech only
  // before "that" or a mark (Reader::VerbAt); else an act ("maintained
  // close ties", "recalled its ambassador").
  bool that_or_mark = false;
  // The forms the attribution grammar reads (kRead* bits); 0 for a verb it
  // reads through another row or not at all.
  uint8_t read = 0;
  // Words one of which must follow the verb ("call": "on", "for"), lower
  // case; empty when any may.
  std::vector<std::string> next;
  // The code when the verb is negated ("did not rule out": {"014",
  // "Consider policy option"}); empty when negation keeps `event_type`.
  EventType negated_event_type;
};

// A form of a reporting verb as the attribution grammar reads it.
struct VerbHit {
  const SpeechVerb* verb = nullptr;
  VerbForm form = VerbForm::kFinite;
};

struct PhraseMatch {
  uint32_t begin = 0, end = 0;  // the words as written, without a final "'s"
  const RelationshipPhrase* phrase = nullptr;
};

struct VerbMatch {
  // The verb group ("has repeatedly criticized", "declined to comment",
  // "was quoted as saying").
  uint32_t begin = 0, end = 0;
  // The inflected verb itself ("criticized"), inside [begin, end).
  uint32_t verb_begin = 0, verb_end = 0;
  const SpeechVerb* verb = nullptr;
  bool negated = false;  // "did not criticize", "never said"
  bool passive = false;  // "was quoted as saying"
};

// One piece of text as the lexicon's matchers see it (the Words comment
// above). Offsets are into the whole text.
struct Word {
  enum class Kind : uint8_t { kWord, kPunct };
  Kind kind = Kind::kWord;
  uint32_t begin = 0, end = 0;  // without a possessive ending
  bool space_before = false;    // whitespace (or the range start) before it
  bool possessive = false;      // followed by "'s", "’s" or a plural's "'"
  bool capitalized = false;     // first byte an ASCII upper-case letter
  std::string lower;            // ASCII-lowercased word; "not" for "n't";
                                // the punctuation itself for kPunct
  bool is_word() const { return kind == Kind::kWord; }
};

// The words and punctuation of text[begin, end), in order. O(end - begin).
std::vector<Word> SplitWords(std::string_view text, uint32_t begin,
                             uint32_t end);
// The same, appended to *out (whose capacity a caller may reuse).
void AppendWords(std::string_view text, uint32_t begin, uint32_t end,
                 std::vector<Word>* out);

// Long ranges are matched in windows of about this many bytes, so that
// memory stays bounded whatever the input; a window ends after a line break
// or a full stop and a space when one is near its end, else at a space, else
// at a character boundary. A match never spans two windows.
inline constexpr uint32_t kMatchWindowBytes = 64 * 1024;
// The end of the window that starts at `start` in text[start, end):
// `end` when the rest fits in `max_bytes`. O(max_bytes).
uint32_t WindowEnd(std::string_view text, uint32_t start, uint32_t end,
                   uint32_t max_bytes);

// The key the phrase matcher compares a lower-case word on: the singular by
// a plain English rule ("allies" -> "ally", "ties" -> "tie", "partnerships"
// -> "partnership"; "us", "this", "progress" unchanged). O(word).
std::string SingularKey(std::string_view lower_word);

class Lexicon {
 public:
  // The compiled-in lexicon (data/text/*.tsv). Never fails: the data is
  // checked when the library is built and by lexicon_test. Thread-safe.
  static const Lexicon& Default();

  // Parses lexicon files in the format of data/text/ (docs/text_lexicon.md).
  // Errors (InvalidArgument) name the file ("<file_hint>/relationships.tsv",
  // or the bare file name when `file_hint` is empty), the line and the field:
  // a wrong header or field count, an unknown polarity, direction, stance or
  // CAMEO code, a bad key, a yes/no field with other text, an empty lemma or
  // label, a wording given to two relationships or a verb form to two verbs
  // of different codes. O(size of the files).
  static absl::StatusOr<Lexicon> Parse(std::string_view relationships_tsv,
                                       std::string_view speech_verbs_tsv,
                                       std::string_view file_hint = "");

  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // The relationship phrases in text[begin, end): case-insensitive,
  // word-bounded, leftmost-longest, not overlapping, in text order. Long
  // ranges are read in windows (kMatchWindowBytes), so memory stays bounded.
  // O((end - begin) * longest phrase in words).
  std::vector<PhraseMatch> FindPhrases(std::string_view text, uint32_t begin,
                                       uint32_t end) const;

  // The speech verbs in text[begin, end), with their verb groups (auxiliaries,
  // negation and adverbs before the verb; "as saying" after a passive
  // "quoted"). A verb form right after a determiner or possessive pronoun
  // ("the state", "her comments") or capitalised inside a sentence ("State
  // Department") is taken for a noun and skipped. The words after the first
  // of a fixed phrase match in singular or plural ("raised concerns"). A
  // verb with `next` words matches only before one of them ("called for").
  // In text order; long ranges in windows as FindPhrases. O(end - begin).
  std::vector<VerbMatch> FindSpeechVerbs(std::string_view text, uint32_t begin,
                                         uint32_t end) const;

  // The verb of any inflected form ("said", "criticised", "calling on"), or
  // nullptr. Case-insensitive. O(length of word).
  const SpeechVerb* FindVerb(std::string_view word) const;

  // The reporting verb the attribution grammar reads in a lower-case word
  // and how (its `read` column), or a hit with verb == nullptr. O(length).
  VerbHit FindReadForm(std::string_view lower_word) const;
  // Every form the attribution grammar reads, with its verb.
  const absl::flat_hash_map<std::string, VerbHit>& read_forms() const {
    return read_forms_;
  }

  // All entries, in file order (variants of a speech verb are entries of
  // their own, after it).
  const std::vector<std::unique_ptr<RelationshipPhrase>>& phrases() const {
    return phrases_;
  }
  const std::vector<std::unique_ptr<SpeechVerb>>& verbs() const {
    return verbs_;
  }

  // For matchers over their own word sequences (relations.cc): the longest
  // speech-verb pattern starting at words[i] (its length in words, 0 when
  // none; *past tells whether words[i] may be a past participle).
  // O(longest pattern).
  int LongestVerbAt(const std::vector<Word>& words, size_t i,
                    const SpeechVerb** verb, bool* past) const;
  // The id of a SingularKey in the phrase vocabulary, or -1 when no phrase
  // has it. O(length).
  int32_t PhraseWordId(std::string_view singular_key) const;
  // PhraseWordId(SingularKey(lower_word)) without allocating.
  int32_t PhraseWordIdOfWord(std::string_view lower_word) const;
  // The longest phrase whose words are ids[i], ids[i + 1], ... (-1 ids match
  // nothing; joined[k] false for k > i stops the phrase before word k).
  // Returns its length in words (0 and *phrase untouched when none).
  // O(longest phrase in words).
  int LongestPhraseAt(absl::Span<const int32_t> ids,
                      absl::Span<const bool> joined, size_t i,
                      const RelationshipPhrase** phrase) const;

 private:
  Lexicon() = default;

  struct VerbPattern {
    const SpeechVerb* verb = nullptr;
    std::vector<std::string> rest;  // the words after the inflected one
    bool past = false;              // the inflected word may be a participle
  };

  absl::Status AddPhraseWording(const RelationshipPhrase* phrase,
                                std::string_view wording,
                                std::string_view where);
  absl::Status AddVerb(std::unique_ptr<SpeechVerb> verb,
                       absl::Span<const std::string> irregular,
                       bool only_listed, std::string_view where);

  void FindVerbsInWords(const std::vector<Word>& words,
                        std::vector<VerbMatch>* out) const;

  std::vector<std::unique_ptr<RelationshipPhrase>> phrases_;
  std::vector<std::unique_ptr<SpeechVerb>> verbs_;
  // Phrase trie over word ids: node 0 is the root.
  absl::flat_hash_map<std::string, int32_t> phrase_vocabulary_;
  WordFilter phrase_words_;  // the keys of phrase_vocabulary_
  absl::flat_hash_map<uint64_t, int32_t> phrase_edges_;
  std::vector<const RelationshipPhrase*> phrase_at_node_;
  // Inflected first word -> patterns starting with it.
  absl::flat_hash_map<std::string, std::vector<VerbPattern>> verb_forms_;
  // The forms the attribution grammar reads.
  absl::flat_hash_map<std::string, VerbHit> read_forms_;
};

}  // namespace diplograph::text_internal

#endif  // DIPLOGRAPH_LIB_TEXT_LEXICON_H_
