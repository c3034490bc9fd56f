// The reporting verbs the attribution rules recognise ("said", "told",
// "stressed", "quoted ... as saying"). They are the rows of the speech-verb
// lexicon (data/text/speech_verbs.tsv, lexicon.h) whose `read` column names
// the forms the rules read: one table gives a verb its forms, its frame,
// its CAMEO code and its stance.

#ifndef DIPLOGRAPH_LIB_TEXT_VERBS_H_
#define DIPLOGRAPH_LIB_TEXT_VERBS_H_

#include "absl/strings/string_view.h"
#include "text/lexicon.h"

namespace diplograph::text_internal {

using ReportingVerb = SpeechVerb;

// The reporting verb `word` is a form of (ASCII case ignored), or a hit with
// verb == nullptr. O(length of word).
VerbHit FindReportingVerb(absl::string_view word);

}  // namespace diplograph::text_internal

#endif  // DIPLOGRAPH_LIB_TEXT_VERBS_H_
