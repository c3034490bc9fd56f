// libFuzzer target for journal recovery (durable.h).
//
// The input is one option byte and then a journal file. With bit 0 of the
// option byte set, the fuzzer first rewrites the header checksum and the
// checksum of every whole record, so that mutations reach the record
// decoder (GraphBatch::Decode) and the graph's adds instead of stopping at
// the checksums. The journal is put in an in-memory directory
// (NewMemoryFileSystem) and opened. Beyond "no crash, no sanitizer report",
// it checks that a failed open leaves the file as it was and fails with
// DataLoss or Unimplemented, that a successful one keeps a prefix of the
// file (a torn tail cut), and that opening again gives the same graph.
//
// Seeds: fuzz/corpus/journal, written by durable_test
// (DIPLOGRAPH_JOURNAL_SEED_DIR=fuzz/corpus/journal
//  build/tests/durable_test --gtest_filter=*FuzzSeeds*).
// Build and run: scripts/fuzz.sh journal_fuzzer SECONDS.

#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "absl/strings/str_format.h"
#include "diplograph/durable.h"
#include "diplograph/snapshot.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

uint64_t Get(const std::string& b, size_t at, int bytes) {
  uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) {
    v = (v << 8) | static_cast<uint8_t>(b[at + i]);
  }
  return v;
}
void Put64(std::string& b, size_t at, uint64_t v) {
  for (int i = 0; i < 8; ++i) b[at + i] = static_cast<char>(v >> (8 * i));
}

// Recomputes the checksums of the layout in docs/durable.md.
void FixChecksums(std::string& b) {
  if (b.size() < 32) return;
  Put64(b, 24, XXH64(b.data(), 24, 0));
  size_t at = 32;
  while (b.size() - at >= 24) {
    const uint64_t length = Get(b, at, 4);
    if (length > b.size() - at - 24) break;
    const uint64_t seed = XXH64(b.data() + at, 16, 0);
    Put64(b, at + 16, XXH64(b.data() + at + 24, length, seed));
    at += 24 + length;
  }
}

std::string GraphBytes(const diplograph::DurableGraph& g) {
  diplograph::SharedGraph::Reader view = g.Read();
  return diplograph::SnapshotBytes(view.graph());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace diplograph;
  if (size == 0) return 0;
  std::string journal(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] & 1) FixChecksums(journal);
  // The file name gives the first sequence number, as the header should.
  uint64_t first = journal.size() >= 24 ? Get(journal, 16, 8) : 1;
  if (first == 0) first = 1;
  const std::string path = absl::StrFormat("d/journal-%020u.log", first);

  std::unique_ptr<FileSystem> fs = NewMemoryFileSystem();
  Check(fs->CreateDir("d").ok());
  {
    auto f = fs->OpenForAppend(path, true);
    Check(f.ok() && (*f)->Append(journal).ok() && (*f)->Close().ok());
  }
  DurableOptions options;
  options.file_system = fs.get();
  options.create_if_missing = false;
  auto g = DurableGraph::Open("d", options);
  if (!g.ok()) {
    Check(g.status().code() == absl::StatusCode::kDataLoss ||
          g.status().code() == absl::StatusCode::kUnimplemented);
    auto after = fs->ReadFile(path);
    Check(after.ok() && *after == journal);
    return 0;
  }
  const std::string bytes = GraphBytes(**g);
  const uint64_t last = (*g)->last_sequence();
  Check((*g)->Close().ok());
  g->reset();
  auto after = fs->ReadFile(path);
  Check(after.ok() && journal.compare(0, after->size(), *after) == 0);
  auto again = DurableGraph::Open("d", options);
  Check(again.ok());
  Check((*again)->last_sequence() == last);
  Check((*again)->recovery().truncated_bytes == 0);
  Check(GraphBytes(**again) == bytes);
  return 0;
}
