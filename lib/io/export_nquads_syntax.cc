// N-Quads terms, literals and quads; see export_nquads_syntax.h.

#include "io/export_nquads_syntax.h"

#include <string>

#include "absl/strings/string_view.h"
#include "io/export_sink.h"

namespace diplograph::internal {

void AppendIriSegment(std::string& out, absl::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
        (u >= '0' && u <= '9') || c == '-' || c == '.' || c == '_' ||
        c == '~') {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 15]);
    }
  }
}

void QuadOut::Put(const Resource& r) {
  out_.push_back('<');
  out_.append(base_);
  internal::Put(out_, r.kind);
  out_.push_back('/');
  AppendUint(out_, r.id);
  if (!r.part.empty()) {
    out_.push_back('/');
    internal::Put(out_, r.part);
    if (r.n != Resource::kWhole) {
      out_.push_back('/');
      AppendUint(out_, r.n);
    }
  }
  out_.push_back('>');
}

void QuadOut::Put(Term t) {
  out_.push_back('<');
  internal::Put(out_, t.ns);
  internal::Put(out_, t.local);
  out_.push_back('>');
}

void QuadOut::Literal(absl::string_view text) {
  out_.push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  bool plain = true;
  for (size_t i = 0; i < text.size(); ++i) {
    if (p[i] < 0x20 || p[i] >= 0x7F || p[i] == '"' || p[i] == '\\') {
      plain = false;
      break;
    }
  }
  if (plain) {
    out_.append(text.data(), text.size());
    out_.push_back('"');
    return;
  }
  std::string clean;
  AppendCleanUtf8(clean, text);
  for (const char c : clean) {
    switch (c) {
      case '"':
        out_.append("\\\"");
        break;
      case '\\':
        out_.append("\\\\");
        break;
      case '\n':
        out_.append("\\n");
        break;
      case '\r':
        out_.append("\\r");
        break;
      case '\t':
        out_.append("\\t");
        break;
      case '\x7F':
        out_.append("\\u007F");
        break;
      default:
        out_.push_back(c);
    }
  }
  out_.push_back('"');
}

void QuadOut::Text(const Resource& s, Term p, absl::string_view text) {
  Start(s, p);
  Literal(text);
  End();
}

void QuadOut::Typed(const Resource& s, Term p, absl::string_view text,
                    absl::string_view xsd_type) {
  Start(s, p);
  Literal(text);
  out_.append("^^");
  Put(Term{kXsd, xsd_type});
  End();
}

void QuadOut::DateValue(const Resource& s, Term p, Date date) {
  scratch_.clear();
  AppendDate(scratch_, date);
  switch (date.precision()) {
    case DatePrecision::kDay:
      Typed(s, p, scratch_, "date");
      return;
    case DatePrecision::kMonth:
      Typed(s, p, scratch_, "gYearMonth");
      return;
    default:
      Typed(s, p, scratch_, "gYear");
      return;
  }
}

void QuadOut::Number(const Resource& s, Term p, uint64_t value) {
  scratch_.clear();
  AppendUint(scratch_, value);
  Typed(s, p, scratch_, "nonNegativeInteger");
}

void QuadOut::Content(uint32_t statement, const Resource& s, Term p,
                      const Resource& o) {
  Start(s, p);
  Put(o);
  out_.push_back(' ');
  Put(ContentGraph(statement));
  End();
  if (!rdf12_) return;
  Start(Resource{"statement", statement}, Rdf("reifies"));
  out_.append("<<( ");
  Start(s, p);
  Put(o);
  out_.append(" )>>");
  End();
}

}  // namespace diplograph::internal
