// The reporting verbs the attribution rules recognise ("said", "told",
// "stressed", "quoted ... as saying"), each with a CAMEO-style event type
// and the stance it implies toward its object. The compiled-in lexicon
// (lexicon.h) refines the event types where it knows the verb.

#ifndef DIPLOGRAPH_LIB_TEXT_VERBS_H_
#define DIPLOGRAPH_LIB_TEXT_VERBS_H_

#include <cstdint>

#include "absl/strings/string_view.h"
#include "diplograph/polarity.h"

namespace diplograph::text_internal {

enum class VerbForm : uint8_t {
  kFinite,      // "said", "says", "told"
  kParticiple,  // "saying", "noting", "adding"
  kBase,        // "say" (after "will", "did", "to")
};

struct ReportingVerb {
  absl::string_view lemma;
  absl::string_view cameo;  // "010"
  absl::string_view cameo_name;
  Polarity stance = Polarity::kNeutral;
  // True for verbs that introduce what was said; false for verbs that only
  // code an act toward an object ("praised Putin").
  bool reports_speech = true;
  // "told X", "urged X": the word after it is the addressee, not the start
  // of what was said.
  bool takes_addressee = false;
  // "conceded that", '"...," she countered.': a report of speech only
  // before "that" or a mark (Reader::VerbAt); else an act ("maintained
  // close ties", "recalled its ambassador").
  bool that_or_mark = false;
};

struct VerbHit {
  const ReportingVerb* verb = nullptr;
  VerbForm form = VerbForm::kFinite;
};

// The reporting verb `word` is a form of (ASCII case ignored), or a hit with
// verb == nullptr. O(length of word).
VerbHit FindReportingVerb(absl::string_view word);

}  // namespace diplograph::text_internal

#endif  // DIPLOGRAPH_LIB_TEXT_VERBS_H_
