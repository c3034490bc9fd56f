// A small Apache Parquet file writer for the Parquet export (export.h):
// flat schemas of required or optional columns of a few types, PLAIN
// encoding, one data page (v1) per column chunk, row groups of a bounded
// size, pages optionally compressed with zstd. It writes what every Parquet
// reader reads (DuckDB, Spark, Trino, pyarrow) and nothing more: no
// dictionary encoding, no nested types, no statistics, no bloom filters.
//
//   const ParquetColumn columns[] = {{"id", ParquetType::kInt64, false},
//                                    {"name", ParquetType::kString, true}};
//   ParquetWriter w(columns, sink, {});
//   w.Int64(0, 7);
//   w.String(1, "China");
//   w.EndRow();
//   absl::Status s = w.Finish();  // the last row group and the footer
//
// The layout (Parquet format 2.x, https://github.com/apache/parquet-format):
// "PAR1", then for each row group and column a page header (Thrift compact
// protocol) and its page (definition levels, RLE, for optional columns;
// then the values, PLAIN), then the FileMetaData (Thrift compact), its
// length as 4 bytes little-endian, and "PAR1". Strings are BYTE_ARRAY with
// the STRING logical type (and the UTF8 converted type for older
// readers); dates are INT32 days since 1970-01-01 with the DATE logical
// type.
//
// Memory: the values of the current row group (at most
// ParquetWriteOptions::row_group_bytes, plus one row), then one page at a
// time while writing.
//
// Thread safety: a writer belongs to one thread.

#ifndef DIPLOGRAPH_LIB_IO_PARQUET_WRITER_H_
#define DIPLOGRAPH_LIB_IO_PARQUET_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "io/export_sink.h"

namespace diplograph::internal {

enum class ParquetType : uint8_t {
  kBool,    // BOOLEAN
  kInt32,   // INT32
  kInt64,   // INT64
  kDouble,  // DOUBLE
  kString,  // BYTE_ARRAY, logical type STRING
  kDate,    // INT32 days since 1970-01-01, logical type DATE
};

struct ParquetColumn {
  absl::string_view name;
  ParquetType type;
  bool optional;  // may hold nulls
};

struct ParquetWriteOptions {
  // Compress pages with zstd at this level (1 ... 19); 0 writes them
  // uncompressed.
  int zstd_level = 0;
  // A row group ends once its values take this many bytes, or hold this
  // many rows, whichever comes first.
  size_t row_group_bytes = size_t{64} << 20;
  size_t row_group_rows = size_t{1} << 20;
  // The "created_by" of the footer.
  absl::string_view created_by = "diplograph";
};

class ParquetWriter {
 public:
  // `columns` must outlive the writer. Writes the leading magic to `sink`.
  ParquetWriter(absl::Span<const ParquetColumn> columns, ExportSink& sink,
                const ParquetWriteOptions& options);
  ParquetWriter(const ParquetWriter&) = delete;
  ParquetWriter& operator=(const ParquetWriter&) = delete;

  // One value for column `c` of the current row, of the column's type.
  // Each column gets exactly one value (or Null) per row, in any order.
  void Null(size_t c);
  void Bool(size_t c, bool v);
  void Int32(size_t c, int32_t v);
  void Int64(size_t c, int64_t v);
  void Double(size_t c, double v);
  void String(size_t c, absl::string_view v);
  void Date(size_t c, int32_t days_since_1970) { Int32(c, days_since_1970); }

  // Ends the row; ends the row group when it is full.
  void EndRow();

  // Writes the last row group and the footer. Errors: InvalidArgument when
  // a page or the file would pass Parquet's 32-bit size fields, Internal
  // when zstd fails; the sink's own errors are the caller's to collect
  // with ExportSink::Finish().
  absl::Status Finish();

  uint64_t rows() const { return rows_; }

 private:
  struct ColumnState {
    std::string values;            // PLAIN-encoded values of the group
    std::vector<uint8_t> defined;  // optional columns: 1 per row with a value
    uint32_t bool_bits = 0;        // booleans: bits of the current byte
    uint64_t count = 0;            // values (rows) in the group
  };
  struct ChunkMeta {
    uint64_t data_page_offset = 0;
    uint64_t uncompressed = 0;  // header + page, as written before zstd
    uint64_t compressed = 0;    // header + page, as written
    uint64_t values = 0;
  };
  struct RowGroupMeta {
    std::vector<ChunkMeta> chunks;
    uint64_t rows = 0;
    uint64_t bytes = 0;
  };

  void Defined(size_t c, bool is_set);
  void FlushRowGroup();
  void Write(absl::string_view bytes);

  absl::Span<const ParquetColumn> columns_;
  ExportSink& sink_;
  ParquetWriteOptions options_;
  std::vector<ColumnState> state_;
  std::vector<RowGroupMeta> groups_;
  uint64_t position_ = 0;  // bytes written to the sink
  uint64_t rows_ = 0;
  uint64_t group_rows_ = 0;
  size_t group_bytes_ = 0;
  absl::Status status_;
  std::string page_;    // scratch: the page being written
  std::string packed_;  // scratch: the zstd output
  std::string header_;  // scratch: the page header
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_PARQUET_WRITER_H_
