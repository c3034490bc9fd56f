// Private: the N-Quads syntax of the RDF export (export_nquads.cc maps the
// records onto it): IRIs of records and of their parts under the export's
// base, vocabulary terms, escaped and typed literals, quads in the default
// graph, and content quads in a statement's own named graph (reified by the
// statement with RDF 1.2).
//
//   QuadOut q(sink.buffer(), "urn:diplograph:", /*rdf12=*/false);
//   const Resource actor{"actor", 3};
//   q.Link(actor, Rdf("type"), Dg("Actor"));  // <urn:diplograph:actor/3>
//   q.Text(actor, Dg("kind"), "state");       //   <rdf:type> <dg:Actor> .
//
// Not thread-safe; every call is O(length of what it writes).

#ifndef DIPLOGRAPH_LIB_IO_EXPORT_NQUADS_SYNTAX_H_
#define DIPLOGRAPH_LIB_IO_EXPORT_NQUADS_SYNTAX_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>

#include "absl/strings/string_view.h"
#include "diplograph/date.h"

namespace diplograph::internal {

inline constexpr absl::string_view kRdf =
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr absl::string_view kRdfs =
    "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr absl::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr absl::string_view kProv = "http://www.w3.org/ns/prov#";
inline constexpr absl::string_view kDg = "urn:diplograph:ns:";
inline constexpr absl::string_view kCameo = "urn:diplograph:cameo:";
inline constexpr absl::string_view kRelation = "urn:diplograph:relation:";

// A vocabulary IRI: <ns local>.
struct Term {
  absl::string_view ns;
  absl::string_view local;
};
inline Term Rdf(absl::string_view local) { return {kRdf, local}; }
inline Term Prov(absl::string_view local) { return {kProv, local}; }
inline Term Dg(absl::string_view local) { return {kDg, local}; }

// A record or a part of one, under the export's base: <base kind/id>,
// <base kind/id/part> (n == kWhole) or <base kind/id/part/n>.
struct Resource {
  static constexpr size_t kWhole = std::numeric_limits<size_t>::max();
  absl::string_view kind;
  uint32_t id = 0;
  absl::string_view part = {};
  size_t n = kWhole;

  // Part n of this record: Resource{"actor", 3}.Part("affiliation", 0).
  Resource Part(absl::string_view name, size_t index) const {
    return {kind, id, name, index};
  }
};

// The named graph of a statement's content: <base statement/N/content>.
inline Resource ContentGraph(uint32_t statement) {
  return {"statement", statement, "content"};
}

// Appends `text` percent-encoded but for ASCII letters, digits and "-._~".
void AppendIriSegment(std::string& out, absl::string_view text);

// Writes quads to a buffer. Each call but Content writes one quad in the
// default graph: subject, predicate, object and " .\n".
class QuadOut {
 public:
  // `out` and `base` must outlive this writer.
  QuadOut(std::string& out, const std::string& base, bool rdf12)
      : out_(out), base_(base), rdf12_(rdf12) {}

  // An IRI object: a Resource or a Term.
  template <typename Object>
  void Link(const Resource& s, Term p, const Object& o) {
    Start(s, p);
    Put(o);
    End();
  }
  // A plain literal.
  void Text(const Resource& s, Term p, absl::string_view text);
  // A literal of type xsd:`xsd_type`.
  void Typed(const Resource& s, Term p, absl::string_view text,
             absl::string_view xsd_type);
  // xsd:date, xsd:gYearMonth or xsd:gYear by the date's precision.
  void DateValue(const Resource& s, Term p, Date date);
  // xsd:nonNegativeInteger.
  void Number(const Resource& s, Term p, uint64_t value);

  // `s p o` in the content graph of `statement`; with RDF 1.2 also
  // "<statement> rdf:reifies <<( s p o )>>" in the default graph.
  void Content(uint32_t statement, const Resource& s, Term p,
               const Resource& o);

 private:
  void Put(const Resource& r);
  void Put(Term t);
  void Literal(absl::string_view text);
  void Start(const Resource& s, Term p) {
    Put(s);
    out_.push_back(' ');
    Put(p);
    out_.push_back(' ');
  }
  void End() { out_.append(" .\n"); }

  std::string& out_;
  const std::string& base_;
  const bool rdf12_;
  std::string scratch_;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_EXPORT_NQUADS_SYNTAX_H_
