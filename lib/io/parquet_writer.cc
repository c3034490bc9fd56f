// The Parquet writer (parquet_writer.h): values buffered per column, pages
// and the footer encoded with the Thrift compact protocol by hand (the
// handful of structs Parquet's footer needs; Thrift itself is not a
// dependency).

#include "io/parquet_writer.h"

#include <zstd.h>

#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "absl/base/internal/endian.h"
#include "absl/strings/str_cat.h"

namespace diplograph::internal {

namespace {

// Parquet's enums (parquet.thrift), the values this writer uses.
enum PhysicalType : int32_t {
  kBoolean = 0,
  kInt32 = 1,
  kInt64 = 2,
  kDoubleType = 5,
  kByteArray = 6,
};
enum Repetition : int32_t { kRequired = 0, kOptional = 1 };
enum EncodingId : int32_t { kPlain = 0, kRle = 3 };
enum Codec : int32_t { kUncompressed = 0, kZstd = 6 };
enum ConvertedType : int32_t { kUtf8 = 0, kDateConverted = 6 };
constexpr int32_t kDataPage = 0;

// Thrift compact protocol field types.
enum CompactType : uint8_t {
  kTrue = 1,
  kFalse = 2,
  kI32 = 5,
  kI64 = 6,
  kBinary = 8,
  kList = 9,
  kStruct = 12,
};

// Writes Thrift compact-protocol structs: fields in increasing id order,
// each with a header giving the id (as a delta from the previous field of
// the same struct when it fits in four bits) and the type.
class Compact {
 public:
  explicit Compact(std::string& out) : out_(out) {}

  void I32(int16_t id, int32_t v) {
    Header(id, kI32);
    Varint(Zigzag(v));
  }
  void I64(int16_t id, int64_t v) {
    Header(id, kI64);
    Varint(Zigzag(v));
  }
  void Binary(int16_t id, absl::string_view s) {
    Header(id, kBinary);
    RawBinary(s);
  }
  void Bool(int16_t id, bool v) { Header(id, v ? kTrue : kFalse); }
  void BeginStruct(int16_t id) {
    Header(id, kStruct);
    Push();
  }
  void EndStruct() {
    out_.push_back(0);  // stop
    Pop();
  }
  // A list field of `n` elements of type `element`; then the elements
  // (ListI32, ListBinary, or BeginElement ... EndStruct for structs).
  void BeginList(int16_t id, CompactType element, size_t n) {
    Header(id, kList);
    if (n < 15) {
      out_.push_back(static_cast<char>((n << 4) | element));
    } else {
      out_.push_back(static_cast<char>(0xF0 | element));
      Varint(n);
    }
  }
  void ListI32(int32_t v) { Varint(Zigzag(v)); }
  void ListBinary(absl::string_view s) { RawBinary(s); }
  void BeginElement() { Push(); }
  // Ends the outermost struct (the message).
  void EndMessage() { out_.push_back(0); }

 private:
  static uint64_t Zigzag(int64_t v) {
    return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63);
  }
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7F) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void RawBinary(absl::string_view s) {
    Varint(s.size());
    out_.append(s.data(), s.size());
  }
  void Header(int16_t id, uint8_t type) {
    const int delta = id - last_;
    if (delta > 0 && delta <= 15) {
      out_.push_back(static_cast<char>((delta << 4) | type));
    } else {
      out_.push_back(static_cast<char>(type));
      Varint(Zigzag(id));
    }
    last_ = id;
  }
  void Push() {
    stack_.push_back(last_);
    last_ = 0;
  }
  void Pop() {
    last_ = stack_.back();
    stack_.pop_back();
  }

  std::string& out_;
  int16_t last_ = 0;
  std::vector<int16_t> stack_;
};

int32_t PhysicalOf(ParquetType t) {
  switch (t) {
    case ParquetType::kBool:
      return kBoolean;
    case ParquetType::kInt32:
    case ParquetType::kDate:
      return kInt32;
    case ParquetType::kInt64:
      return kInt64;
    case ParquetType::kDouble:
      return kDoubleType;
    case ParquetType::kString:
      return kByteArray;
  }
  return kByteArray;
}

void AppendLe32(std::string& out, uint32_t v) {
  char b[4];
  absl::little_endian::Store32(b, v);
  out.append(b, 4);
}

void AppendLe64(std::string& out, uint64_t v) {
  char b[8];
  absl::little_endian::Store64(b, v);
  out.append(b, 8);
}

// Definition levels of bit width 1 in the RLE / bit-packing hybrid, as RLE
// runs only, with the 4-byte length prefix of data page v1.
void AppendDefinitionLevels(std::string& out,
                            const std::vector<uint8_t>& levels) {
  const size_t at = out.size();
  AppendLe32(out, 0);  // length, patched below
  size_t i = 0;
  while (i < levels.size()) {
    size_t j = i + 1;
    while (j < levels.size() && levels[j] == levels[i]) ++j;
    uint64_t header = static_cast<uint64_t>(j - i) << 1;  // RLE run
    while (header >= 0x80) {
      out.push_back(static_cast<char>((header & 0x7F) | 0x80));
      header >>= 7;
    }
    out.push_back(static_cast<char>(header));
    out.push_back(static_cast<char>(levels[i]));
    i = j;
  }
  absl::little_endian::Store32(out.data() + at,
                               static_cast<uint32_t>(out.size() - at - 4));
}

constexpr uint64_t kMaxPage = std::numeric_limits<int32_t>::max();

}  // namespace

ParquetWriter::ParquetWriter(absl::Span<const ParquetColumn> columns,
                             ExportSink& sink,
                             const ParquetWriteOptions& options)
    : columns_(columns),
      sink_(sink),
      options_(options),
      state_(columns.size()) {
  Write("PAR1");
}

void ParquetWriter::Write(absl::string_view bytes) {
  sink_.Add(bytes);
  position_ += bytes.size();
  sink_.MaybeFlush();
}

void ParquetWriter::Defined(size_t c, bool is_set) {
  ColumnState& s = state_[c];
  if (columns_[c].optional) s.defined.push_back(is_set ? 1 : 0);
  ++s.count;
  ++group_bytes_;
}

void ParquetWriter::Null(size_t c) { Defined(c, false); }

void ParquetWriter::Bool(size_t c, bool v) {
  ColumnState& s = state_[c];
  // Bit-packed, least significant bit first; bool_bits counts the values.
  if (s.bool_bits % 8 == 0) s.values.push_back(0);
  if (v) s.values.back() |= static_cast<char>(1u << (s.bool_bits % 8));
  ++s.bool_bits;
  Defined(c, true);
}

void ParquetWriter::Int32(size_t c, int32_t v) {
  AppendLe32(state_[c].values, static_cast<uint32_t>(v));
  group_bytes_ += 4;
  Defined(c, true);
}

void ParquetWriter::Int64(size_t c, int64_t v) {
  AppendLe64(state_[c].values, static_cast<uint64_t>(v));
  group_bytes_ += 8;
  Defined(c, true);
}

void ParquetWriter::Double(size_t c, double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  AppendLe64(state_[c].values, bits);
  group_bytes_ += 8;
  Defined(c, true);
}

void ParquetWriter::String(size_t c, absl::string_view v) {
  std::string& out = state_[c].values;
  AppendLe32(out, static_cast<uint32_t>(v.size()));
  out.append(v.data(), v.size());
  group_bytes_ += 4 + v.size();
  Defined(c, true);
}

void ParquetWriter::EndRow() {
  ++rows_;
  ++group_rows_;
  if (group_rows_ >= options_.row_group_rows ||
      group_bytes_ >= options_.row_group_bytes) {
    FlushRowGroup();
  }
}

void ParquetWriter::FlushRowGroup() {
  if (group_rows_ == 0 || !status_.ok()) return;
  RowGroupMeta group;
  group.rows = group_rows_;
  for (size_t c = 0; c < columns_.size(); ++c) {
    ColumnState& s = state_[c];
    page_.clear();
    if (columns_[c].optional) AppendDefinitionLevels(page_, s.defined);
    page_ += s.values;
    const uint64_t uncompressed = page_.size();
    absl::string_view body = page_;
    if (options_.zstd_level > 0) {
      packed_.resize(ZSTD_compressBound(page_.size()));
      const size_t n =
          ZSTD_compress(packed_.data(), packed_.size(), page_.data(),
                        page_.size(), options_.zstd_level);
      if (ZSTD_isError(n)) {
        status_ = absl::InternalError(
            absl::StrCat("parquet: zstd failed on column ", columns_[c].name,
                         ": ", ZSTD_getErrorName(n)));
        return;
      }
      body = absl::string_view(packed_.data(), n);
    }
    if (uncompressed > kMaxPage) {
      status_ = absl::InvalidArgumentError(absl::StrCat(
          "parquet: a page of column ", columns_[c].name, " would hold ",
          uncompressed, " bytes, over Parquet's 2 GiB limit"));
      return;
    }
    header_.clear();
    Compact h(header_);
    h.I32(1, kDataPage);
    h.I32(2, static_cast<int32_t>(uncompressed));
    h.I32(3, static_cast<int32_t>(body.size()));
    h.BeginStruct(5);  // DataPageHeader
    h.I32(1, static_cast<int32_t>(s.count));
    h.I32(2, kPlain);
    h.I32(3, kRle);
    h.I32(4, kRle);
    h.EndStruct();
    h.EndMessage();

    ChunkMeta chunk;
    chunk.data_page_offset = position_;
    chunk.values = s.count;
    chunk.uncompressed = header_.size() + uncompressed;
    chunk.compressed = header_.size() + body.size();
    Write(header_);
    Write(body);
    group.bytes += chunk.uncompressed;
    group.chunks.push_back(chunk);

    s.values.clear();
    s.defined.clear();
    s.bool_bits = 0;
    s.count = 0;
  }
  groups_.push_back(std::move(group));
  group_rows_ = 0;
  group_bytes_ = 0;
}

absl::Status ParquetWriter::Finish() {
  FlushRowGroup();
  if (!status_.ok()) return status_;

  std::string footer;
  Compact m(footer);
  m.I32(1, 1);  // version
  m.BeginList(2, kStruct, columns_.size() + 1);
  m.BeginElement();  // the root of the schema
  m.Binary(4, "schema");
  m.I32(5, static_cast<int32_t>(columns_.size()));
  m.EndStruct();
  for (const ParquetColumn& col : columns_) {
    m.BeginElement();
    m.I32(1, PhysicalOf(col.type));
    m.I32(3, col.optional ? kOptional : kRequired);
    m.Binary(4, col.name);
    if (col.type == ParquetType::kString) {
      m.I32(6, kUtf8);
      m.BeginStruct(10);  // LogicalType
      m.BeginStruct(1);   // STRING
      m.EndStruct();
      m.EndStruct();
    } else if (col.type == ParquetType::kDate) {
      m.I32(6, kDateConverted);
      m.BeginStruct(10);  // LogicalType
      m.BeginStruct(6);   // DATE
      m.EndStruct();
      m.EndStruct();
    }
    m.EndStruct();
  }
  m.I64(3, static_cast<int64_t>(rows_));
  m.BeginList(4, kStruct, groups_.size());
  for (const RowGroupMeta& g : groups_) {
    m.BeginElement();
    m.BeginList(1, kStruct, g.chunks.size());
    for (size_t c = 0; c < g.chunks.size(); ++c) {
      const ChunkMeta& k = g.chunks[c];
      m.BeginElement();  // ColumnChunk
      m.I64(2, static_cast<int64_t>(k.data_page_offset));
      m.BeginStruct(3);  // ColumnMetaData
      m.I32(1, PhysicalOf(columns_[c].type));
      if (columns_[c].optional) {
        m.BeginList(2, kI32, 2);
        m.ListI32(kPlain);
        m.ListI32(kRle);
      } else {
        m.BeginList(2, kI32, 1);
        m.ListI32(kPlain);
      }
      m.BeginList(3, kBinary, 1);
      m.ListBinary(columns_[c].name);
      m.I32(4, options_.zstd_level > 0 ? kZstd : kUncompressed);
      m.I64(5, static_cast<int64_t>(k.values));
      m.I64(6, static_cast<int64_t>(k.uncompressed));
      m.I64(7, static_cast<int64_t>(k.compressed));
      m.I64(9, static_cast<int64_t>(k.data_page_offset));
      m.EndStruct();
      m.EndStruct();
    }
    m.I64(2, static_cast<int64_t>(g.bytes));
    m.I64(3, static_cast<int64_t>(g.rows));
    m.EndStruct();
  }
  m.Binary(6, options_.created_by);
  m.EndMessage();

  if (footer.size() > kMaxPage) {
    return absl::InvalidArgumentError(
        "parquet: the file's metadata would pass 2 GiB");
  }
  Write(footer);
  std::string tail;
  AppendLe32(tail, static_cast<uint32_t>(footer.size()));
  tail += "PAR1";
  Write(tail);
  return absl::OkStatus();
}

}  // namespace diplograph::internal
