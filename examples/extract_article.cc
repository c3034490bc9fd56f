// extract_article: reads one text file (a news report, a press conference
// transcript, a readout), extracts who said what about whom, when and
// through whom, and prints the statements for a person; optionally writes
// them as diplograph/1 JSON.
//
// Usage: extract_article FILE [--person NAME] [--date YYYY-MM-DD]
//                             [--explain] [--out FILE.json]
//
//   --person NAME  only statements whose speaker's name contains NAME
//   --date D       the publication date when the text carries none
//   --explain      name the rule and confidence behind each field
//   --out FILE     write the extracted graph as diplograph/1 JSON

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "diplograph/diplograph.h"
#include "diplograph/json.h"
#include "diplograph/text.h"

namespace dg = diplograph;

namespace {

int Usage() {
  std::cerr << "usage: extract_article FILE [--person NAME] [--date "
               "YYYY-MM-DD] [--explain] [--out FILE.json]\n";
  return 2;
}

std::string Name(const dg::Extraction& x, int actor) {
  return actor >= 0 && static_cast<size_t>(actor) < x.actors.size()
             ? x.actors[actor].name
             : std::string("?");
}

// The roles the text gives the speaker on the document date.
std::string Roles(const dg::Extraction& x, int actor) {
  std::string out;
  if (actor < 0) return out;
  for (const dg::ExtractedAffiliation& af : x.actors[actor].affiliations) {
    // "President of the People's Republic of China" names its state
    // already.
    const std::string org = Name(x, af.organization);
    absl::StrAppend(&out, out.empty() ? "" : "; ", af.role);
    if (!absl::StrContains(af.role, org)) absl::StrAppend(&out, " of ", org);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path, person, out, date_text;
  bool explain = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--explain") {
      explain = true;
    } else if (arg == "--person" && i + 1 < argc) {
      person = argv[++i];
    } else if (arg == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else if (arg == "--date" && i + 1 < argc) {
      date_text = argv[++i];
    } else if (!arg.empty() && arg[0] != '-' && path.empty()) {
      path = arg;
    } else {
      return Usage();
    }
  }
  if (path.empty()) return Usage();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << path << ": cannot open\n";
    return 1;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();

  dg::DocumentInfo info;
  info.locator = path;
  if (!date_text.empty()) {
    absl::StatusOr<dg::Date> d = dg::Date::Parse(date_text);
    if (!d.ok()) {
      std::cerr << "--date: " << d.status().message() << "\n";
      return 2;
    }
    info.publication_date = *d;
  }
  dg::Graph known;
  absl::StatusOr<dg::Extractor> extractor = dg::Extractor::Create(known);
  if (!extractor.ok()) {
    std::cerr << extractor.status() << "\n";
    return 1;
  }
  absl::StatusOr<dg::Extraction> x = extractor->Extract(text, info);
  if (!x.ok()) {
    std::cerr << path << ": " << x.status().message() << "\n";
    return 1;
  }
  std::cout << path << ": " << dg::GenreName(x->info.genre) << ", dated "
            << (x->document_date.is_known() ? x->document_date.ToString()
                                            : std::string("unknown"));
  if (explain && !x->document_date_rule.empty()) {
    std::cout << " [" << x->document_date_rule << "]";
  }
  std::cout << "; " << x->statements.size() << " statements, "
            << x->actors.size() << " actors\n\n";
  for (size_t i = 0; i < x->statements.size(); ++i) {
    const dg::ExtractedStatement& s = x->statements[i];
    const std::string speaker = Name(*x, s.speaker);
    if (!person.empty() && !absl::StrContains(speaker, person)) continue;
    std::cout << "[" << i << "] " << speaker;
    for (int c : s.co_speakers) std::cout << " and " << Name(*x, c);
    const std::string roles = Roles(*x, s.speaker);
    if (!roles.empty()) std::cout << " (" << roles << ")";
    if (explain) {
      std::cout << "  [speaker: " << s.speaker_rule << " \""
                << text.substr(s.speaker_span.begin,
                               s.speaker_span.end - s.speaker_span.begin)
                << "\"]";
    }
    std::cout << "\n    date: "
              << (s.date.is_known() ? s.date.ToString()
                                    : std::string("not given"))
              << " (" << dg::DateBasisName(s.date_basis) << ")\n";
    std::cout << "    "
              << (s.quote == dg::QuoteKind::kDirectQuote ? "quote"
                                                         : "paraphrase")
              << ": \"" << s.text << "\"\n";
    if (!s.reported_by.empty()) {
      std::cout << "    relayed by:";
      for (const dg::ExtractedReport& r : s.reported_by) {
        std::cout << " " << Name(*x, r.outlet) << " ("
                  << dg::ReportKindName(r.kind) << ")";
      }
      std::cout << "\n";
    }
    if (!s.channel.empty()) {
      std::cout << "    channel: " << s.channel << "\n";
    }
    if (!s.targets.empty()) {
      std::cout << "    targets:";
      for (const dg::ExtractedTarget& t : s.targets) {
        std::cout << " " << Name(*x, t.actor) << " ("
                  << dg::PolarityName(t.stance) << ")";
      }
      std::cout << "\n";
    }
    if (!s.event_type.empty()) {
      std::cout << "    event type: " << s.event_type.code << " "
                << s.event_type.name << "\n";
    }
    if (s.modality != dg::Modality::kAsserted) {
      std::cout << "    modality: " << dg::ModalityName(s.modality) << "\n";
    }
    for (const dg::ExtractedLink& l : s.links) {
      std::cout << "    " << dg::StatementLinkKindName(l.kind) << " ["
                << l.statement << "]\n";
    }
    if (s.same_utterance >= 0) {
      std::cout << "    same utterance as [" << s.same_utterance << "]\n";
    }
    if (!s.topics.empty()) {
      std::cout << "    topics: " << absl::StrJoin(s.topics, "; ") << "\n";
    }
    if (explain) {
      std::cout << absl::StrFormat(
          "    rule: %s, confidence %.2f, bytes %u-%u\n", s.rule, s.confidence,
          s.text_span.begin, s.text_span.end);
    }
  }
  if (!x->relationships.empty()) std::cout << "\nrelationships:\n";
  for (const dg::ExtractedRelationship& r : x->relationships) {
    std::cout << "    " << Name(*x, r.from) << (r.directed ? " -> " : " -- ")
              << Name(*x, r.to) << ": " << r.label << " ("
              << dg::ModalityName(r.modality) << ", asserted by "
              << (r.statement >= 0
                      ? Name(*x, x->statements[r.statement].speaker)
                      : std::string("the narrator"))
              << ")";
    if (explain) {
      std::cout << absl::StrFormat(" [%s, %.2f]", r.rule, r.confidence);
    }
    std::cout << "\n";
  }
  if (!x->events.empty()) std::cout << "\nevents:\n";
  for (const dg::ExtractedEvent& e : x->events) {
    std::cout << "    " << e.label << " ("
              << (e.date.is_known() ? e.date.ToString()
                                    : std::string("date not given"))
              << "; ";
    for (size_t i = 0; i < e.participants.size(); ++i) {
      std::cout << (i > 0 ? ", " : "") << Name(*x, e.participants[i]);
    }
    std::cout << ")";
    if (explain) {
      std::cout << absl::StrFormat(" [%s, %.2f]", e.rule, e.confidence);
    }
    std::cout << "\n";
  }
  if (!out.empty()) {
    dg::Graph graph;
    dg::AddExtractionReport report;
    absl::Status s = dg::AddExtraction(graph, *x, {}, &report);
    if (!s.ok()) {
      std::cerr << "adding the extraction: " << s << "\n";
      return 1;
    }
    s = dg::SaveJsonFile(graph, out);
    if (!s.ok()) {
      std::cerr << out << ": " << s << "\n";
      return 1;
    }
    std::cout << "\nwrote " << out << ": " << graph.actor_count() << " actors, "
              << graph.statement_count() << " statements, "
              << graph.relationship_count() << " relationships\n";
  }
  return 0;
}
