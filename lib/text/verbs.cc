#include "text/verbs.h"

#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "text/word_filter.h"

namespace diplograph::text_internal {
namespace {

using P = Polarity;

// lemma, CAMEO code and name, stance, reports speech, takes an addressee;
// then the finite forms, the participle and the base form.
struct Row {
  ReportingVerb verb;
  const char* forms[5];
  const char* participle;
  const char* base;
};

const Row kRows[] = {
    {{"say", "010", "Make statement"}, {"said", "says"}, "saying", "say"},
    {{"add", "010", "Make statement"}, {"added", "adds"}, "adding", "add"},
    {{"state", "010", "Make statement"},
     {"stated", "states"},
     "stating",
     "state"},
    {{"note", "010", "Make statement"}, {"noted", "notes"}, "noting", "note"},
    {{"comment", "010", "Make statement"},
     {"commented", "comments"},
     "commenting",
     "comment"},
    {{"remark", "010", "Make statement"}, {"remarked"}, "remarking", nullptr},
    {{"explain", "010", "Make statement"},
     {"explained", "explains"},
     "explaining",
     "explain"},
    {{"stress", "010", "Make statement"},
     {"stressed", "stresses"},
     "stressing",
     "stress"},
    {{"emphasize", "010", "Make statement"},
     {"emphasized", "emphasised", "emphasizes", "emphasises"},
     "emphasizing",
     "emphasize"},
    {{"underscore", "010", "Make statement"},
     {"underscored", "underscores"},
     "underscoring",
     "underscore"},
    {{"highlight", "010", "Make statement"},
     {"highlighted", "highlights"},
     "highlighting",
     "highlight"},
    {{"underline", "010", "Make statement"},
     {"underlined", "underlines"},
     "underlining",
     "underline"},
    {{"reiterate", "010", "Make statement"},
     {"reiterated", "reiterates"},
     "reiterating",
     "reiterate"},
    {{"affirm", "010", "Make statement"},
     {"affirmed", "affirms"},
     "affirming",
     "affirm"},
    {{"reaffirm", "010", "Make statement"},
     {"reaffirmed", "reaffirms"},
     "reaffirming",
     "reaffirm"},
    {{"declare", "010", "Make statement"},
     {"declared", "declares"},
     "declaring",
     "declare"},
    {{"announce", "010", "Make statement"},
     {"announced", "announces"},
     "announcing",
     "announce"},
    {{"describe", "010", "Make statement"},
     {"described", "describes"},
     "describing",
     "describe"},
    {{"term", "010", "Make statement"},
     {"termed", "terms"},
     "terming",
     nullptr},
    {{"insist", "010", "Make statement"},
     {"insisted", "insists"},
     "insisting",
     "insist"},
    {{"argue", "010", "Make statement"},
     {"argued", "argues"},
     "arguing",
     "argue"},
    {{"assert", "010", "Make statement"},
     {"asserted", "asserts"},
     "asserting",
     "assert"},
    {{"claim", "010", "Make statement"},
     {"claimed", "claims"},
     "claiming",
     "claim"},
    {{"write", "010", "Make statement"},
     {"wrote", "writes"},
     "writing",
     nullptr},
    {{"reply", "010", "Make statement"},
     {"replied", "replies"},
     "replying",
     "reply"},
    {{"respond", "010", "Make statement"},
     {"responded"},
     "responding",
     nullptr},
    {{"answer", "010", "Make statement"}, {"answered"}, nullptr, nullptr},
    {{"tout", "010", "Make statement"},
     {"touted", "touts"},
     "touting",
     nullptr},
    {{"point out", "010", "Make statement"}, {"pointed"}, nullptr, nullptr},
    // "They looked forward to the signing of ...": a hope for what follows.
    {{"look forward", "013", "Make optimistic comment"},
     {"looked", "looks"},
     nullptr,
     nullptr},
    {{"make clear", "010", "Make statement"}, {"made"}, nullptr, nullptr},
    // "The Prime Minister set out that ...", "set out how ...".
    {{"set out", "010", "Make statement"}, {"set", "sets"}, nullptr, nullptr},
    {{"speak", "010", "Make statement"}, {"spoke", "speaks"}, nullptr, nullptr},
    {{"rule out", "014", "Consider policy option"},
     {"ruled", "rules"},
     nullptr,
     "rule"},
    {{"tell", "010", "Make statement", P::kNeutral, true, true},
     {"told", "tells"},
     "telling",
     "tell"},
    {{"inform", "010", "Make statement", P::kNeutral, true, true},
     {"informed", "informs"},
     nullptr,
     nullptr},
    {{"confirm", "010", "Make statement"},
     {"confirmed", "confirms"},
     "confirming",
     "confirm"},
    {{"express", "010", "Make statement"},
     {"expressed", "expresses"},
     "expressing",
     "express"},
    // "conveyed that ...", "conveyed Ghana's appreciation for ...": a
    // readout's word for what a minister said.
    {{"convey", "010", "Make statement"},
     {"conveyed", "conveys"},
     "conveying",
     "convey"},
    {{"raise", "010", "Make statement"}, {"raised"}, nullptr, nullptr},
    {{"warn", "130", "Threaten", P::kConflictual},
     {"warned", "warns"},
     "warning",
     "warn"},
    {{"threaten", "130", "Threaten", P::kConflictual},
     {"threatened", "threatens"},
     "threatening",
     "threaten"},
    {{"vow", "010", "Make statement"}, {"vowed", "vows"}, "vowing", "vow"},
    {{"pledge", "030", "Express intent to cooperate", P::kCooperative},
     {"pledged", "pledges"},
     "pledging",
     "pledge"},
    {{"promise", "030", "Express intent to cooperate", P::kCooperative},
     {"promised", "promises"},
     "promising",
     "promise"},
    {{"urge", "020", "Appeal or request", P::kNeutral, true, true},
     {"urged", "urges"},
     "urging",
     "urge"},
    {{"press", "020", "Appeal or request"}, {"pressed"}, nullptr, nullptr},
    // "invited Indian companies to invest", "invited him to visit": the
    // addressee, then what to do.
    {{"invite", "020", "Appeal or request", P::kCooperative, true, true},
     {"invited", "invites"},
     "inviting",
     nullptr},
    {{"call", "020", "Appeal or request"}, {"called"}, nullptr, nullptr},
    {{"praise", "051", "Praise or endorse", P::kCooperative, false},
     {"praised", "praises", "hailed", "lauded"},
     "praising",
     "praise"},
    {{"commend", "051", "Praise or endorse", P::kCooperative, false},
     {"commended", "commends"},
     "commending",
     nullptr},
    // "encouraged Uruguay to join ...": the addressee, then what to do.
    {{"encourage", "051", "Praise or endorse", P::kCooperative, false, true},
     {"encouraged", "encourages"},
     nullptr,
     nullptr},
    // "offered condolences", "offered Chile its support".
    {{"offer", "030", "Express intent to cooperate", P::kCooperative, false,
      true},
     {"offered", "offers"},
     nullptr,
     nullptr},
    {{"congratulate", "051", "Praise or endorse", P::kCooperative, false},
     {"congratulated", "congratulates"},
     "congratulating",
     nullptr},
    // "thanked Turkey for its help": the addressee, then what for.
    {{"thank", "051", "Praise or endorse", P::kCooperative, false, true},
     {"thanked", "thanks"},
     "thanking",
     nullptr},
    {{"welcome", "051", "Praise or endorse", P::kCooperative, false},
     {"welcomed", "welcomes"},
     "welcoming",
     nullptr},
    {{"criticize", "111", "Criticize or denounce", P::kConflictual},
     {"criticized", "criticised", "criticizes", "criticises"},
     "criticizing",
     "criticize"},
    {{"slam", "111", "Criticize or denounce", P::kConflictual},
     {"slammed", "slams", "lambasted", "rebuked"},
     nullptr,
     nullptr},
    {{"condemn", "111", "Criticize or denounce", P::kConflictual},
     {"condemned", "condemns", "denounced", "denounces"},
     "condemning",
     "condemn"},
    {{"accuse", "112", "Accuse", P::kConflictual, true, true},
     {"accused", "accuses"},
     "accusing",
     "accuse"},
    {{"blame", "112", "Accuse", P::kConflictual, true, true},
     {"blamed", "blames"},
     "blaming",
     "blame"},
    // Only after "both sides", "the two leaders", ... (Reader::VerbAt): what
    // the parties of a call or meeting agreed.
    {{"agree", "030", "Express intent to cooperate", P::kCooperative},
     {"agreed"},
     nullptr,
     nullptr},
    {{"reject", "120", "Reject", P::kConflictual},
     {"rejected", "rejects"},
     "rejecting",
     "reject"},
    {{"deny", "120", "Reject", P::kConflictual},
     {"denied", "denies"},
     "denying",
     "deny"},
    // Verbs that report speech only before "that" or punctuation
    // ("conceded that", "..., she countered."), as Reader::VerbAt checks:
    // "maintained close ties", "recalled its ambassador" are acts.
    {{"acknowledge", "010", "Make statement", P::kNeutral, true, false, true},
     {"acknowledged", "acknowledges"},
     nullptr,
     nullptr},
    {{"admit", "010", "Make statement", P::kNeutral, true, false, true},
     {"admitted", "admits"},
     nullptr,
     nullptr},
    {{"concede", "010", "Make statement", P::kNeutral, true, false, true},
     {"conceded", "concedes"},
     nullptr,
     nullptr},
    {{"maintain", "010", "Make statement", P::kNeutral, true, false, true},
     {"maintained", "maintains"},
     nullptr,
     nullptr},
    {{"allege", "110", "Disapprove", P::kConflictual, true, false, true},
     {"alleged", "alleges"},
     nullptr,
     nullptr},
    {{"reveal", "010", "Make statement", P::kNeutral, true, false, true},
     {"revealed", "reveals"},
     nullptr,
     nullptr},
    {{"counter", "010", "Make statement", P::kNeutral, true, false, true},
     {"countered"},
     nullptr,
     nullptr},
    {{"recall", "010", "Make statement", P::kNeutral, true, false, true},
     {"recalled", "recalls"},
     nullptr,
     nullptr},
    {{"observe", "010", "Make statement", P::kNeutral, true, false, true},
     {"observed", "observes"},
     nullptr,
     nullptr},
    {{"predict", "010", "Make statement", P::kNeutral, true, false, true},
     {"predicted", "predicts"},
     nullptr,
     nullptr},
    {{"suggest", "020", "Appeal or request", P::kNeutral, true, false, true},
     {"suggested", "suggests"},
     nullptr,
     nullptr},
    {{"caution", "130", "Threaten", P::kConflictual, true, false, true},
     {"cautioned", "cautions"},
     nullptr,
     nullptr},
    {{"read", "010", "Make statement", P::kNeutral, true, false, true},
     {"reads"},
     nullptr,
     nullptr},
    {{"mention", "010", "Make statement", P::kNeutral, true, false, true},
     {"mentioned", "mentions"},
     nullptr,
     nullptr},
    // "assured Iceland that ...", "assured that ...".
    {{"assure", "010", "Make statement", P::kNeutral, true, true, true},
     {"assured", "assures"},
     nullptr,
     nullptr},
    // "reminded X that ...": an addressee, then what was said.
    {{"remind", "010", "Make statement", P::kNeutral, true, true, true},
     {"reminded", "reminds"},
     nullptr,
     nullptr},
    {{"contend", "010", "Make statement", P::kNeutral, true, false, true},
     {"contended", "contends"},
     nullptr,
     nullptr},
    {{"indicate", "010", "Make statement", P::kNeutral, true, false, true},
     {"indicated", "indicates"},
     nullptr,
     nullptr},
    {{"echo", "010", "Make statement", P::kNeutral, true, false, true},
     {"echoed"},
     nullptr,
     nullptr},
    // "signalled that ...", "signaled readiness to ..." (Reader::VerbAt).
    {{"signal", "010", "Make statement", P::kNeutral, true, false, true},
     {"signalled", "signaled", "signals"},
     nullptr,
     nullptr},
    // "dismissed the report as ...", "dismissed claims that ...": only
    // before "that", a mark or a noun of what was said (Reader::VerbAt);
    // "dismissed the minister" is no statement.
    {{"dismiss", "120", "Reject", P::kConflictual, true, false, true},
     {"dismissed", "dismisses"},
     nullptr,
     nullptr},
    {{"outline", "010", "Make statement", P::kNeutral, true, false, true},
     {"outlined", "outlines"},
     nullptr,
     nullptr},
    {{"lament", "110", "Disapprove", P::kConflictual},
     {"lamented", "laments"},
     nullptr,
     nullptr},
    {{"complain", "110", "Disapprove", P::kConflictual},
     {"complained", "complains"},
     nullptr,
     nullptr},
    {{"tweet", "010", "Make statement", P::kNeutral, true, false, true},
     {"tweeted"},
     nullptr,
     nullptr},
    // "posted on Telegram that", "posted:": with "on", "that" or a mark.
    {{"post", "010", "Make statement", P::kNeutral, true, false, true},
     {"posted"},
     nullptr,
     nullptr},
    {{"propose", "020", "Appeal or request"},
     {"proposed", "proposes"},
     "proposing",
     nullptr},
    {{"demand", "100", "Demand", P::kConflictual},
     {"demanded", "demands"},
     "demanding",
     nullptr},
    // "voiced concern", "voiced support": with the nouns "express" takes.
    {{"voice", "010", "Make statement"}, {"voiced"}, nullptr, nullptr},
    // "appealed to X to ...", "appealed for calm".
    {{"appeal", "020", "Appeal or request"}, {"appealed"}, nullptr, nullptr},
    // "asked X to ...": only with an addressee and "to" (a journalist's
    // "asked" is a question, not a statement).
    {{"ask", "020", "Appeal or request", P::kNeutral, true, true},
     {"asked"},
     nullptr,
     nullptr},
    // "cited X as saying": the outlet relays X, like "quoted".
    {{"cite", "010", "Make statement"}, {"cited"}, nullptr, nullptr},
    {{"quote", "010", "Make statement"},
     {"quoted", "quotes"},
     "quoting",
     nullptr},
    {{"report", "010", "Make statement"},
     {"reported", "reports"},
     "reporting",
     nullptr},
};

struct Index {
  absl::flat_hash_map<std::string, VerbHit> forms;
  // Built from `forms` once they are all in.
  std::optional<WordFilter> filter;
};

const Index& TheIndex() {
  static const Index* const index = [] {
    auto* idx = new Index;
    for (const Row& row : kRows) {
      for (const char* f : row.forms) {
        if (f != nullptr) idx->forms[f] = {&row.verb, VerbForm::kFinite};
      }
      if (row.participle != nullptr) {
        idx->forms[row.participle] = {&row.verb, VerbForm::kParticiple};
      }
      if (row.base != nullptr) {
        idx->forms.try_emplace(row.base, VerbHit{&row.verb, VerbForm::kBase});
      }
    }
    std::vector<absl::string_view> words;
    for (const auto& [form, hit] : idx->forms) words.push_back(form);
    idx->filter.emplace(words);
    return idx;
  }();
  return *index;
}

}  // namespace

VerbHit FindReportingVerb(absl::string_view word) {
  if (word.size() > 16 || word.size() < 3) return {};
  const Index& idx = TheIndex();
  if (!idx.filter->MayContain(
          word.size(),
          absl::ascii_tolower(static_cast<unsigned char>(word.front())),
          absl::ascii_tolower(static_cast<unsigned char>(word.back())))) {
    return {};
  }
  char lower[16];
  for (size_t i = 0; i < word.size(); ++i) {
    lower[i] = absl::ascii_tolower(static_cast<unsigned char>(word[i]));
  }
  const absl::string_view lower_word(lower, word.size());
  auto it = idx.forms.find(lower_word);
  return it == idx.forms.end() ? VerbHit{} : it->second;
}

}  // namespace diplograph::text_internal
