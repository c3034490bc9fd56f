// The relationship and speech-verb lexicons: parsing the data files into a
// Lexicon. The word splitter is lexicon_words.cc, the phrase trie and the
// verb-group matcher lexicon_match.cc (lexicon_util.h lists them).

#include "text/lexicon.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/cameo.h"
#include "text/lexicon_util.h"
#include "util/status_macros.h"

namespace diplograph::text_internal {

using lexicon_util::AbslView;
using lexicon_util::AsciiLower;
using lexicon_util::Cat;
using lexicon_util::EndsWith;
using lexicon_util::IsHyphen;

// The data files, compiled in by cmake/embed_text.cmake.
extern const char kRelationshipsTsv[];
extern const char kSpeechVerbsTsv[];

namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      parts.push_back(s.substr(start));
      return parts;
    }
    parts.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

constexpr char kRelationshipsHeader[] =
    "label\tkey\tvariants\tpolarity\tdirection";
constexpr char kSpeechVerbsHeader[] =
    "lemma\tvariants\tforms\tcameo\tstance\tframe\tread\tnext\t"
    "negated_cameo\tsource";

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// One syllable ending consonant-vowel-consonant ("slam", "stop"): the final
// consonant doubles before -ed and -ing.
bool DoublesFinalConsonant(std::string_view w) {
  if (w.size() < 3) return false;
  const char last = w[w.size() - 1];
  if (IsVowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!IsVowel(w[w.size() - 2]) || IsVowel(w[w.size() - 3])) return false;
  int groups = 0;
  bool in_vowel = false;
  for (size_t k = 0; k < w.size(); ++k) {
    const bool v = IsVowel(w[k]) || (k > 0 && w[k] == 'y');
    if (v && !in_vowel) ++groups;
    in_vowel = v;
  }
  return groups == 1;
}

// The regular forms of a verb, in this order: base, -s, -ed, -ing.
std::vector<std::string> RegularForms(std::string_view base) {
  std::vector<std::string> forms;
  std::string b(base);
  forms.push_back(b);
  if (b.empty()) return forms;
  const char last = b.back();
  const bool consonant_y =
      last == 'y' && b.size() >= 2 && !IsVowel(b[b.size() - 2]);
  // Third person singular.
  if (EndsWith(b, "s") || EndsWith(b, "sh") || EndsWith(b, "ch") ||
      EndsWith(b, "x") || EndsWith(b, "z") || EndsWith(b, "o")) {
    forms.push_back(b + "es");
  } else if (consonant_y) {
    forms.push_back(b.substr(0, b.size() - 1) + "ies");
  } else {
    forms.push_back(b + "s");
  }
  // Past and past participle; present participle.
  const bool doubles = DoublesFinalConsonant(b);
  if (last == 'e') {
    forms.push_back(b + "d");
  } else if (consonant_y) {
    forms.push_back(b.substr(0, b.size() - 1) + "ied");
  } else if (doubles) {
    forms.push_back(b + last + "ed");
  } else {
    forms.push_back(b + "ed");
  }
  if (EndsWith(b, "ie")) {
    forms.push_back(b.substr(0, b.size() - 2) + "ying");
  } else if (last == 'e' && !EndsWith(b, "ee") && !EndsWith(b, "ye") &&
             !EndsWith(b, "oe") && b.size() > 2) {
    forms.push_back(b.substr(0, b.size() - 1) + "ing");
  } else if (doubles) {
    forms.push_back(b + last + "ing");
  } else {
    forms.push_back(b + "ing");
  }
  return forms;
}

// The kRead* bit of each of RegularForms' forms.
constexpr uint8_t kRegularFormBits[4] = {kReadBase, kReadS, kReadPast,
                                         kReadIng};

struct Form {
  std::string word;
  uint8_t bit = 0;  // kRead*: which form it is
};

// Regular forms plus the British -ise / -yse spellings of -ize / -yze verbs.
std::vector<Form> AllForms(std::string_view base) {
  std::vector<Form> forms;
  std::vector<std::string> regular = RegularForms(base);
  if (EndsWith(base, "ize") || EndsWith(base, "yze")) {
    std::string british(base);
    british[british.size() - 2] = 's';
    for (std::string& f : RegularForms(british)) {
      regular.push_back(std::move(f));
    }
  }
  for (size_t k = 0; k < regular.size(); ++k) {
    forms.push_back(Form{std::move(regular[k]), kRegularFormBits[k % 4]});
  }
  return forms;
}

// The kRead* bit of an irregular form: the regular form it equals ("reads"
// for "read"), else -ing, else a past form ("said", "spoke"; "set", a
// past spelled as the base).
uint8_t IrregularFormBit(std::string_view base, std::string_view form) {
  // A listed form spelled as the base is its past ("set", "put", "cast").
  if (form == base) return kReadPast;
  for (const Form& f : AllForms(base)) {
    if (f.word == form) return f.bit;
  }
  return EndsWith(form, "ing") ? kReadIng : kReadPast;
}

// The frame column's values.
std::optional<VerbFrame> ParseFrame(std::string_view value) {
  static constexpr std::pair<std::string_view, VerbFrame> kFrames[] = {
      {"clause", VerbFrame::kClause},
      {"that", VerbFrame::kThat},
      {"addressee", VerbFrame::kAddressee},
      {"addressee-that", VerbFrame::kAddresseeThat},
      {"object", VerbFrame::kObject},
      {"object-addressee", VerbFrame::kObjectAddressee},
      {"quoted-as", VerbFrame::kQuotedAs},
      {"act", VerbFrame::kAct},
  };
  for (const auto& [name, frame] : kFrames) {
    if (value == name) return frame;
  }
  return std::nullopt;
}

struct Line {
  int number = 0;
  std::vector<std::string_view> fields;
};

// The data lines of a TSV file after its header (comments and blank lines
// skipped), each split on tabs; checks the header and the field count.
absl::StatusOr<std::vector<Line>> ReadTsv(std::string_view content,
                                          std::string_view file,
                                          std::string_view header,
                                          size_t nfields) {
  std::vector<Line> lines;
  bool seen_header = false;
  int number = 0;
  for (std::string_view line : Split(content, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (!seen_header) {
      if (line != header) {
        return absl::InvalidArgumentError(
            Cat(file, ":", number, ": header: expected the columns \"", header,
                "\" (tab-separated)"));
      }
      seen_header = true;
      continue;
    }
    Line l;
    l.number = number;
    l.fields = Split(line, '\t');
    if (l.fields.size() != nfields) {
      return absl::InvalidArgumentError(
          Cat(file, ":", number, ": expected ", nfields,
              " tab-separated fields, found ", l.fields.size()));
    }
    lines.push_back(std::move(l));
  }
  if (!seen_header) {
    return absl::InvalidArgumentError(
        Cat(file, ": no header line \"", header, "\""));
  }
  return lines;
}

absl::Status FieldError(std::string_view file, int line, std::string_view field,
                        std::string_view message) {
  return absl::InvalidArgumentError(
      Cat(file, ":", line, ": ", field, ": ", message));
}

absl::StatusOr<EventType> ParseCode(std::string_view value,
                                    std::string_view file, int line,
                                    std::string_view field) {
  absl::StatusOr<CameoCode> code = LookupCameoCode(AbslView(value));
  if (!code.ok()) {
    return FieldError(file, line, field,
                      Cat("\"", value, "\" is not a CAMEO code"));
  }
  return code->ToEventType();
}

// The '|'-separated items of a field, trimmed; empty items are an error.
absl::StatusOr<std::vector<std::string>> SplitList(std::string_view value,
                                                   std::string_view file,
                                                   int line,
                                                   std::string_view field) {
  std::vector<std::string> items;
  if (value.empty()) return items;
  for (std::string_view item : Split(value, '|')) {
    item = Trim(item);
    if (item.empty()) {
      return FieldError(file, line, field, "empty item in the '|' list");
    }
    items.emplace_back(item);
  }
  return items;
}

bool IsKey(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      return false;
    }
  }
  return true;
}

}  // namespace

absl::Status Lexicon::AddPhraseWording(const RelationshipPhrase* phrase,
                                       std::string_view wording,
                                       std::string_view where) {
  std::vector<Word> words =
      SplitWords(wording, 0, static_cast<uint32_t>(wording.size()));
  int32_t node = 0;
  int nwords = 0;
  for (const Word& w : words) {
    if (!w.is_word()) {
      if (IsHyphen(w)) continue;
      return absl::InvalidArgumentError(
          Cat(where, ": \"", wording, "\" has punctuation other than hyphens"));
    }
    if (w.possessive) {
      return absl::InvalidArgumentError(Cat(
          where, ": \"", wording, "\" has a possessive; list the base form"));
    }
    const std::string key = SingularKey(w.lower);
    phrase_words_.Add(key);
    auto [vit, inserted] = phrase_vocabulary_.try_emplace(
        key, static_cast<int32_t>(phrase_vocabulary_.size()));
    const uint64_t edge = (static_cast<uint64_t>(node) << 32) |
                          static_cast<uint32_t>(vit->second);
    auto [eit, new_edge] = phrase_edges_.try_emplace(
        edge, static_cast<int32_t>(phrase_at_node_.size()));
    if (new_edge) phrase_at_node_.push_back(nullptr);
    node = eit->second;
    ++nwords;
  }
  if (nwords == 0) {
    return absl::InvalidArgumentError(
        Cat(where, ": \"", wording, "\" has no words"));
  }
  const RelationshipPhrase*& slot = phrase_at_node_[node];
  if (slot != nullptr && slot != phrase) {
    return absl::InvalidArgumentError(Cat(where, ": \"", wording,
                                          "\" is also a wording of \"",
                                          slot->label, "\""));
  }
  slot = phrase;
  return absl::OkStatus();
}

absl::Status Lexicon::AddVerb(std::unique_ptr<SpeechVerb> verb,
                              absl::Span<const std::string> irregular,
                              bool only_listed, std::string_view where) {
  std::vector<Word> words =
      SplitWords(verb->lemma, 0, static_cast<uint32_t>(verb->lemma.size()));
  std::vector<std::string> rest;
  for (const Word& w : words) {
    if (!w.is_word() || w.possessive) {
      return absl::InvalidArgumentError(Cat(
          where, ": \"", verb->lemma, "\" must be words separated by spaces"));
    }
    rest.push_back(w.lower);
  }
  if (rest.empty()) {
    return absl::InvalidArgumentError(Cat(where, ": empty verb"));
  }
  const std::string first = rest.front();
  rest.erase(rest.begin());
  std::vector<Form> forms;
  if (!only_listed) forms = AllForms(first);
  for (const std::string& f : irregular) {
    forms.push_back(Form{f, IrregularFormBit(first, f)});
  }
  for (const Form& form : forms) {
    // -ed forms and the listed irregular ones can be past participles.
    const bool past = EndsWith(form.word, "ed") ||
                      std::find(irregular.begin(), irregular.end(),
                                form.word) != irregular.end();
    std::vector<VerbPattern>& patterns = verb_forms_[form.word];
    bool duplicate = false;
    for (const VerbPattern& p : patterns) {
      if (p.rest != rest || p.verb->next != verb->next) continue;
      if (p.verb->event_type.code != verb->event_type.code) {
        return absl::InvalidArgumentError(
            Cat(where, ": the form \"", form.word, "\" of \"", verb->lemma,
                "\" is already a form of \"", p.verb->lemma, "\" with code ",
                p.verb->event_type.code));
      }
      duplicate = true;
    }
    if (!duplicate) patterns.push_back(VerbPattern{verb.get(), rest, past});
    // The attribution grammar's forms: one verb each.
    if ((verb->read & form.bit) == 0) continue;
    const VerbForm how = form.bit == kReadIng    ? VerbForm::kParticiple
                         : form.bit == kReadBase ? VerbForm::kBase
                                                 : VerbForm::kFinite;
    auto [it, inserted] =
        read_forms_.try_emplace(form.word, VerbHit{verb.get(), how});
    if (!inserted && it->second.verb != verb.get()) {
      // A base form that is another verb's finite form yields to it.
      if (how == VerbForm::kBase) continue;
      if (it->second.form == VerbForm::kBase) {
        it->second = VerbHit{verb.get(), how};
        continue;
      }
      return absl::InvalidArgumentError(
          Cat(where, ": read: the form \"", form.word, "\" of \"", verb->lemma,
              "\" is already read as \"", it->second.verb->lemma, "\""));
    }
  }
  verbs_.push_back(std::move(verb));
  return absl::OkStatus();
}

absl::StatusOr<Lexicon> Lexicon::Parse(std::string_view relationships_tsv,
                                       std::string_view speech_verbs_tsv,
                                       std::string_view file_hint) {
  const std::string rel_file = file_hint.empty()
                                   ? "relationships.tsv"
                                   : Cat(file_hint, "/relationships.tsv");
  const std::string verb_file = file_hint.empty()
                                    ? "speech_verbs.tsv"
                                    : Cat(file_hint, "/speech_verbs.tsv");
  Lexicon lexicon;
  lexicon.phrase_at_node_.push_back(nullptr);  // the root

  DIPLOGRAPH_ASSIGN_OR_RETURN(
      std::vector<Line> rel_lines,
      ReadTsv(relationships_tsv, rel_file, kRelationshipsHeader, 5));
  absl::flat_hash_map<std::string, int> keys;
  for (const Line& line : rel_lines) {
    auto phrase = std::make_unique<RelationshipPhrase>();
    const std::string_view label = line.fields[0], key = line.fields[1];
    if (label.empty()) {
      return FieldError(rel_file, line.number, "label", "empty");
    }
    if (!IsKey(key)) {
      return FieldError(
          rel_file, line.number, "key",
          Cat("\"", key, "\" is not lower-case ASCII letters, digits and '_'"));
    }
    if (auto [it, inserted] = keys.try_emplace(std::string(key), line.number);
        !inserted) {
      return FieldError(
          rel_file, line.number, "key",
          Cat("\"", key, "\" is already the key of line ", it->second));
    }
    phrase->label = std::string(label);
    phrase->key = std::string(key);
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        phrase->variants,
        SplitList(line.fields[2], rel_file, line.number, "variants"));
    absl::StatusOr<Polarity> polarity = ParsePolarity(AbslView(line.fields[3]));
    if (!polarity.ok()) {
      return FieldError(rel_file, line.number, "polarity",
                        Cat("\"", line.fields[3],
                            "\" is not cooperative, neutral or "
                            "conflictual"));
    }
    phrase->polarity = *polarity;
    const std::string_view direction = line.fields[4];
    if (direction == "directed") {
      phrase->directed = true;
    } else if (direction == "group") {
      phrase->group = true;
    } else if (direction != "symmetric") {
      return FieldError(
          rel_file, line.number, "direction",
          Cat("\"", direction, "\" is not symmetric, directed or group"));
    }
    const std::string where = Cat(rel_file, ":", line.number);
    DIPLOGRAPH_RETURN_IF_ERROR(lexicon.AddPhraseWording(
        phrase.get(), phrase->label, Cat(where, ": label")));
    for (const std::string& v : phrase->variants) {
      DIPLOGRAPH_RETURN_IF_ERROR(
          lexicon.AddPhraseWording(phrase.get(), v, Cat(where, ": variants")));
    }
    lexicon.phrases_.push_back(std::move(phrase));
  }
  if (lexicon.phrases_.empty()) {
    return absl::InvalidArgumentError(Cat(rel_file, ": no relationships"));
  }

  DIPLOGRAPH_ASSIGN_OR_RETURN(
      std::vector<Line> verb_lines,
      ReadTsv(speech_verbs_tsv, verb_file, kSpeechVerbsHeader, 10));
  for (const Line& line : verb_lines) {
    const int n = line.number;
    SpeechVerb proto;
    proto.lemma = std::string(Trim(line.fields[0]));
    if (proto.lemma.empty()) return FieldError(verb_file, n, "lemma", "empty");
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        std::vector<std::string> variants,
        SplitList(line.fields[1], verb_file, n, "variants"));
    // "only: termed terming" lists every form; otherwise the listed forms
    // add to the regular ones.
    std::string_view forms_field = Trim(line.fields[2]);
    const bool only_listed = forms_field.substr(0, 5) == "only:";
    if (only_listed) forms_field.remove_prefix(5);
    std::vector<std::string> irregular;
    for (std::string_view f : Split(forms_field, ' ')) {
      if (f.empty()) continue;
      std::string lower;
      for (char c : f) lower.push_back(AsciiLower(c));
      irregular.push_back(std::move(lower));
    }
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        proto.event_type, ParseCode(line.fields[3], verb_file, n, "cameo"));
    absl::StatusOr<Polarity> stance = ParsePolarity(AbslView(line.fields[4]));
    if (!stance.ok()) {
      return FieldError(verb_file, n, "stance",
                        Cat("\"", line.fields[4],
                            "\" is not cooperative, neutral or "
                            "conflictual"));
    }
    proto.stance = *stance;
    const std::optional<VerbFrame> frame = ParseFrame(line.fields[5]);
    if (!frame) {
      return FieldError(verb_file, n, "frame",
                        Cat("\"", line.fields[5],
                            "\" is not clause, that, addressee, "
                            "addressee-that, object, object-addressee, "
                            "quoted-as or act"));
    }
    proto.frame = *frame;
    proto.reports_speech =
        *frame == VerbFrame::kClause || *frame == VerbFrame::kThat ||
        *frame == VerbFrame::kAddressee ||
        *frame == VerbFrame::kAddresseeThat || *frame == VerbFrame::kQuotedAs;
    proto.takes_that_clause =
        *frame == VerbFrame::kClause || *frame == VerbFrame::kThat ||
        *frame == VerbFrame::kAddressee || *frame == VerbFrame::kAddresseeThat;
    proto.quoted_as_saying = *frame == VerbFrame::kQuotedAs;
    proto.takes_addressee = *frame == VerbFrame::kAddressee ||
                            *frame == VerbFrame::kAddresseeThat ||
                            *frame == VerbFrame::kObjectAddressee;
    proto.that_or_mark =
        *frame == VerbFrame::kThat || *frame == VerbFrame::kAddresseeThat;
    const std::string_view read = Trim(line.fields[6]);
    if (read != "-") {
      for (std::string_view r : Split(read, ' ')) {
        if (r == "past") {
          proto.read |= kReadPast;
        } else if (r == "s") {
          proto.read |= kReadS;
        } else if (r == "ing") {
          proto.read |= kReadIng;
        } else if (r == "base") {
          proto.read |= kReadBase;
        } else {
          return FieldError(
              verb_file, n, "read",
              Cat("\"", r, "\" is not past, s, ing or base (or \"-\" alone)"));
        }
      }
    }
    if (proto.read != 0 && *frame == VerbFrame::kAct) {
      return FieldError(verb_file, n, "read",
                        "a verb of the frame act gives no statement to read");
    }
    for (std::string_view w : Split(Trim(line.fields[7]), '|')) {
      w = Trim(w);
      if (w.empty()) continue;
      std::string lower;
      for (char c : w) lower.push_back(AsciiLower(c));
      proto.next.push_back(std::move(lower));
    }
    if (!line.fields[8].empty()) {
      DIPLOGRAPH_ASSIGN_OR_RETURN(
          proto.negated_event_type,
          ParseCode(line.fields[8], verb_file, n, "negated_cameo"));
    }
    if (line.fields[9].empty()) {
      return FieldError(verb_file, n, "source", "empty");
    }
    const std::string where = Cat(verb_file, ":", n, ": lemma");
    if (only_listed && irregular.empty()) {
      return FieldError(verb_file, n, "forms", "\"only:\" lists no forms");
    }
    DIPLOGRAPH_RETURN_IF_ERROR(lexicon.AddVerb(
        std::make_unique<SpeechVerb>(proto), irregular, only_listed, where));
    for (const std::string& v : variants) {
      auto verb = std::make_unique<SpeechVerb>(proto);
      verb->lemma = v;
      DIPLOGRAPH_RETURN_IF_ERROR(lexicon.AddVerb(
          std::move(verb), {}, false, Cat(verb_file, ":", n, ": variants")));
    }
  }
  if (lexicon.verbs_.empty()) {
    return absl::InvalidArgumentError(Cat(verb_file, ": no speech verbs"));
  }
  return lexicon;
}

const Lexicon& Lexicon::Default() {
  static const Lexicon* const lexicon = [] {
    absl::StatusOr<Lexicon> parsed =
        Parse(kRelationshipsTsv, kSpeechVerbsTsv, "data/text");
    if (!parsed.ok()) {
      // Unreachable for a library whose tests pass: lexicon_test parses the
      // same data.
      std::fprintf(stderr, "diplograph: built-in text lexicon: %s\n",
                   parsed.status().ToString().c_str());
      std::abort();
    }
    return new Lexicon(*std::move(parsed));
  }();
  return *lexicon;
}

}  // namespace diplograph::text_internal
