#include "text/verbs.h"

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"

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
    {{"underline", "010", "Make statement"},
     {"underlined", "underlines"},
     "underlining",
     "underline"},
    {{"reiterate", "010", "Make statement"},
     {"reiterated", "reiterates"},
     "reiterating",
     "reiterate"},
    {{"affirm", "010", "Make statement"},
     {"affirmed", "affirms", "reaffirmed", "reaffirms"},
     "affirming",
     "affirm"},
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
    {{"make clear", "010", "Make statement"}, {"made"}, nullptr, nullptr},
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
    {{"call", "020", "Appeal or request"}, {"called"}, nullptr, nullptr},
    {{"praise", "051", "Praise or endorse", P::kCooperative, false},
     {"praised", "praises", "hailed", "lauded"},
     "praising",
     "praise"},
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
    return idx;
  }();
  return *index;
}

}  // namespace

VerbHit FindReportingVerb(absl::string_view word) {
  if (word.size() > 16 || word.size() < 3) return {};
  char lower[16];
  for (size_t i = 0; i < word.size(); ++i) {
    lower[i] = absl::ascii_tolower(static_cast<unsigned char>(word[i]));
  }
  const Index& idx = TheIndex();
  auto it = idx.forms.find(absl::string_view(lower, word.size()));
  return it == idx.forms.end() ? VerbHit{} : it->second;
}

}  // namespace diplograph::text_internal
