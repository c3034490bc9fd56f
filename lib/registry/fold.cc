// Folding and tokenizing for name matching; see fold.h.

#include "registry/fold.h"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "unicode/translit.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"
#include "unicode/uscript.h"
#include "unicode/utypes.h"

namespace diplograph::internal {
namespace {

// The ICU transforms, created once. ICU does not promise that one
// Transliterator may be used by several threads at once, so uses are
// serialised; they only serve tokens with non-ASCII letters.
class IcuFolder {
 public:
  static IcuFolder& Get() {
    static IcuFolder* const kFolder = new IcuFolder();
    return *kFolder;
  }

  const std::string& missing() const { return missing_; }

  // The folded form of one token's UTF-8 text (may contain separators that
  // the caller splits on). Cyrillic goes through the Ukrainian BGN transform
  // when `ukrainian`, else the Russian one.
  std::string Fold(absl::string_view utf8, bool ukrainian) {
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    bool cyrillic = false;
    for (int32_t i = 0; i < s.length() && !cyrillic;) {
      const UChar32 c = s.char32At(i);
      UErrorCode status = U_ZERO_ERROR;
      if (uscript_getScript(c, &status) == USCRIPT_CYRILLIC) cyrillic = true;
      i += U16_LENGTH(c);
    }
    std::lock_guard<std::mutex> lock(mu_);
    if (cyrillic) {
      icu::Transliterator* t = ukrainian ? ukrainian_.get() : russian_.get();
      if (t != nullptr) t->transliterate(s);
    }
    // BGN writes the soft and hard signs as primes (U+02B9, U+02BA): drop
    // them, so that "Ilʹich" and "Ilich" meet.
    s.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x02B9)),
                     icu::UnicodeString());
    s.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x02BA)),
                     icu::UnicodeString());
    if (fold_ != nullptr) {
      fold_->transliterate(s);
    } else {
      s.foldCase();
    }
    std::string out;
    s.toUTF8String(out);
    return out;
  }

 private:
  IcuFolder() {
    UErrorCode status = U_ZERO_ERROR;
    russian_.reset(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Russian-Latin/BGN"), UTRANS_FORWARD,
        status));
    if (U_FAILURE(status)) {
      russian_.reset();
      missing_ = "Russian-Latin/BGN";
    }
    status = U_ZERO_ERROR;
    ukrainian_.reset(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Ukrainian-Latin/BGN"), UTRANS_FORWARD,
        status));
    if (U_FAILURE(status)) {
      ukrainian_.reset();
      missing_ = "Ukrainian-Latin/BGN";
    }
    status = U_ZERO_ERROR;
    fold_.reset(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8(
            "NFD; [:Nonspacing Mark:] Remove; Latin-ASCII; Any-Lower; NFC"),
        UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
      fold_.reset();
      missing_ = "the folding transform";
    }
  }

  std::string missing_;  // a transform ICU could not create, or empty
  std::mutex mu_;
  std::unique_ptr<icu::Transliterator> russian_;
  std::unique_ptr<icu::Transliterator> ukrainian_;
  std::unique_ptr<icu::Transliterator> fold_;
};

// Decodes one UTF-8 character at `p` (of `n` bytes left); invalid bytes
// decode as U+FFFD of length 1.
UChar32 Decode(const unsigned char* p, size_t n, size_t* len) {
  const unsigned char c = p[0];
  int need = 0;
  UChar32 cp = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    cp = c & 0x07;
  } else {
    *len = 1;
    return 0xFFFD;
  }
  if (n < static_cast<size_t>(need) + 1) {
    *len = 1;
    return 0xFFFD;
  }
  for (int k = 1; k <= need; ++k) {
    if ((p[k] & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (p[k] & 0x3F);
  }
  *len = static_cast<size_t>(need) + 1;
  return cp;
}

bool IsWordCodePoint(UChar32 c) {
  if (c == 0x02BC) return false;                // modifier letter apostrophe
  if (c == 0x02B9 || c == 0x02BA) return true;  // primes inside words
  if (u_isalnum(c)) return true;
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         type == U_ENCLOSING_MARK;
}

// What a separator does between the tokens around it.
struct SeparatorEffect {
  bool breaks = false;
  bool starts_sentence = false;
};

SeparatorEffect AsciiSeparator(unsigned char c) {
  switch (c) {
    case '.':
    case '!':
    case '?':
    case ':':
    case '\n':
    case '"':
      return {true, true};
    case ',':
    case ';':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '\r':
    case '|':
      return {true, false};
    default:
      return {false, false};  // space, tab, hyphen, apostrophe, '_', ...
  }
}

SeparatorEffect UnicodeSeparator(UChar32 c) {
  switch (c) {
    case 0x201C:  // “
    case 0x201E:  // „
    case 0x00AB:  // «
    case 0x2039:  // ‹
    case 0x2029:  // paragraph separator
    case 0x2028:  // line separator
    case 0x3002:  // ideographic full stop
      return {true, true};
    case 0x201D:  // ”
    case 0x00BB:  // »
    case 0x203A:  // ›
    case 0x2014:  // em dash
    case 0x2026:  // …
    case 0xFF0C:  // fullwidth comma
      return {true, false};
    default:
      return {false, false};  // ’ ‘ ʼ – no-break space, other spaces
  }
}

class Tokenizer {
 public:
  Tokenizer(absl::string_view text, TokenList& out, ScriptContext* context)
      : text_(text), out_(out.tokens), folded_(out.folded), context_(context) {}

  void Run() {
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    const size_t n = text_.size();
    size_t i = 0;
    while (i < n) {
      const unsigned char c = p[i];
      if (c < 0x80) {
        if (absl::ascii_isalnum(c)) {
          // The whole run of ASCII letters and digits at once: appended,
          // then lower-cased and counted in place.
          size_t j = i + 1;
          while (j < n && p[j] < 0x80 && absl::ascii_isalnum(p[j])) ++j;
          if (!in_token_ && (j == n || p[j] < 0x80)) {
            // A token of ASCII only (the common case): Start and End in
            // one step.
            AsciiToken(i, j);
            i = j;
            continue;
          }
          Start(i);
          const size_t from = folded_.size();
          folded_.append(text_.data() + i, j - i);
          char* const q = folded_.data() + from;
          int letters = letters_, lower = lower_;
          bool capitalized = cur_.capitalized;
          for (size_t k = 0; k < j - i; ++k) {
            const unsigned char b = static_cast<unsigned char>(q[k]);
            if (b >= 'A' && b <= 'Z') {  // Letter(true, false)
              q[k] = static_cast<char>(b + ('a' - 'A'));
              if (letters == 0) capitalized = true;
              ++letters;
            } else if (b >= 'a') {  // Letter(false, true)
              if (letters == 0) capitalized = false;
              ++letters;
              ++lower;
            }
          }
          letters_ = letters;
          lower_ = lower;
          cur_.capitalized = capitalized;
          i = j;
          continue;
        }
        End(i);
        const SeparatorEffect e = AsciiSeparator(c);
        pending_break_ |= e.breaks;
        pending_sentence_ |= e.starts_sentence;
        ++i;
        continue;
      }
      size_t len = 1;
      const UChar32 cp = Decode(p + i, n - i, &len);
      if (IsWordCodePoint(cp)) {
        Start(i);
        needs_icu_ = true;
        if (u_isalpha(cp)) Letter(u_isupper(cp), u_islower(cp));
      } else {
        End(i);
        const SeparatorEffect e = UnicodeSeparator(cp);
        pending_break_ |= e.breaks;
        pending_sentence_ |= e.starts_sentence;
      }
      i += len;
    }
    End(n);
    MergeInitialisms();
  }

 private:
  // The token text_[b, e) of ASCII letters and digits, not inside another
  // and ending before an ASCII byte or the end: what Start(b), its letters
  // and End(e) would add.
  void AsciiToken(size_t b, size_t e) {
    Token t;
    t.folded_begin = static_cast<uint32_t>(folded_.size());
    t.folded_size = static_cast<uint32_t>(e - b);
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.break_before = pending_break_;
    t.sentence_start = pending_sentence_;
    pending_break_ = false;
    pending_sentence_ = false;
    folded_.append(text_.data() + b, e - b);
    char* const q = folded_.data() + t.folded_begin;
    int letters = 0, lower = 0;
    for (size_t k = 0; k < e - b; ++k) {
      const unsigned char c = static_cast<unsigned char>(q[k]);
      if (c >= 'A' && c <= 'Z') {
        q[k] = static_cast<char>(c + ('a' - 'A'));
        if (letters == 0) t.capitalized = true;
        ++letters;
      } else if (c >= 'a') {
        ++letters;
        ++lower;
      }
    }
    t.all_caps = letters >= 2 && lower == 0;
    out_.push_back(t);
  }

  void Start(size_t at) {
    if (in_token_) return;
    in_token_ = true;
    needs_icu_ = false;
    letters_ = 0;
    lower_ = 0;
    cur_ = Token();
    cur_.folded_begin = static_cast<uint32_t>(folded_.size());
    cur_.begin = static_cast<uint32_t>(at);
    cur_.break_before = pending_break_;
    cur_.sentence_start = pending_sentence_;
    pending_break_ = false;
    pending_sentence_ = false;
  }

  void Letter(bool upper, bool lower) {
    if (letters_ == 0) cur_.capitalized = upper;
    ++letters_;
    if (lower) ++lower_;
  }

  void End(size_t at) {
    if (!in_token_) return;
    in_token_ = false;
    cur_.end = static_cast<uint32_t>(at);
    cur_.all_caps = letters_ >= 2 && lower_ == 0;
    if (!needs_icu_) {
      cur_.folded_size =
          static_cast<uint32_t>(folded_.size()) - cur_.folded_begin;
      out_.push_back(cur_);
      return;
    }
    folded_.resize(cur_.folded_begin);  // the ASCII letters seen so far
    const std::string folded = IcuFolder::Get().Fold(
        text_.substr(cur_.begin, cur_.end - cur_.begin), Ukrainian());
    // The transforms may write separators (a space, an apostrophe): split
    // there; the pieces share the source span.
    bool first = true;
    size_t k = 0;
    while (k < folded.size()) {
      while (k < folded.size() &&
             static_cast<unsigned char>(folded[k]) < 0x80 &&
             !absl::ascii_isalnum(folded[k])) {
        ++k;
      }
      size_t e = k;
      while (e < folded.size() &&
             (static_cast<unsigned char>(folded[e]) >= 0x80 ||
              absl::ascii_isalnum(folded[e]))) {
        ++e;
      }
      if (e > k) {
        Token t = cur_;
        t.folded_begin = static_cast<uint32_t>(folded_.size());
        t.folded_size = static_cast<uint32_t>(e - k);
        folded_.append(folded, k, e - k);
        if (!first) {
          t.break_before = false;
          t.sentence_start = false;
        }
        first = false;
        out_.push_back(t);
      }
      k = e;
    }
  }

  bool Ukrainian() { return context_->Ukrainian(); }

  // "U.S." and "D.C.": single letters each followed by a period, next to
  // each other, become one token.
  void MergeInitialisms() {
    auto single = [&](const Token& t) {
      return t.end == t.begin + 1 && t.folded_size == 1 &&
             absl::ascii_isalpha(folded_[t.folded_begin]) &&
             t.end < text_.size() && text_[t.end] == '.';
    };
    size_t w = 0;
    for (size_t r = 0; r < out_.size();) {
      size_t e = r;
      while (e < out_.size() && single(out_[e]) &&
             (e == r || out_[e].begin == out_[e - 1].end + 1)) {
        ++e;
      }
      if (e - r >= 2) {
        // The letters' folded forms are next to each other in the buffer.
        Token merged = out_[r];
        merged.folded_size = static_cast<uint32_t>(e - r);
        bool upper = true;
        for (size_t k = r; k < e; ++k) {
          upper = upper && absl::ascii_isupper(text_[out_[k].begin]);
        }
        merged.end = out_[e - 1].end + 1;  // with the last period
        merged.all_caps = upper;
        out_[w++] = merged;
        if (e < out_.size()) {
          // The last period closes the initialism, not a sentence.
          out_[e].break_before = false;
          out_[e].sentence_start = false;
        }
        r = e;
      } else {
        if (w != r) out_[w] = out_[r];
        ++w;
        ++r;
      }
    }
    out_.resize(w);
  }

  absl::string_view text_;
  std::vector<Token>& out_;
  std::string& folded_;
  Token cur_;
  bool in_token_ = false;
  bool needs_icu_ = false;
  int letters_ = 0;
  int lower_ = 0;
  ScriptContext* context_;
  bool pending_break_ = false;
  bool pending_sentence_ = true;
};

}  // namespace

absl::Status FoldingStatus() {
  const std::string& missing = IcuFolder::Get().missing();
  if (missing.empty()) return absl::OkStatus();
  return absl::InternalError(
      absl::StrCat("ICU cannot create the transform ", missing));
}

bool ScriptContext::Ukrainian() {
  if (ukrainian_ >= 0) return ukrainian_ == 1;
  ukrainian_ = 0;
  // і ї є ґ and their capitals, as UTF-8 byte pairs.
  const auto* p = reinterpret_cast<const unsigned char*>(whole_.data());
  for (size_t i = 0; i + 1 < whole_.size(); ++i) {
    const unsigned char a = p[i], b = p[i + 1];
    if ((a == 0xD1 && (b == 0x96 || b == 0x97 || b == 0x94)) ||
        (a == 0xD0 && (b == 0x86 || b == 0x87 || b == 0x84)) ||
        (a == 0xD2 && (b == 0x91 || b == 0x90))) {
      ukrainian_ = 1;
      break;
    }
  }
  return ukrainian_ == 1;
}

void Tokenize(absl::string_view text, TokenList& out, ScriptContext* context) {
  out.tokens.clear();
  out.folded.clear();
  // About one token per six bytes of English text.
  out.tokens.reserve(text.size() / 6 + 1);
  out.folded.reserve(text.size());
  ScriptContext own(text);
  Tokenizer(text, out, context != nullptr ? context : &own).Run();
}

std::string FoldPhrase(absl::string_view text, bool drop_article) {
  TokenList tokens;
  Tokenize(text, tokens);
  std::string out;
  size_t first = 0;
  if (drop_article && tokens.size() > 1 && tokens.Folded(0) == "the") {
    first = 1;
  }
  for (size_t i = first; i < tokens.size(); ++i) {
    if (i > first) out.push_back(' ');
    absl::StrAppend(&out, tokens.Folded(i));
  }
  return out;
}

}  // namespace diplograph::internal
