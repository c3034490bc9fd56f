// Private: the writers of each export format, called by export.cc once the
// selection is made. Each appends its whole output to the sink (which
// flushes as it goes) and returns OK; write errors are reported by the
// sink's Finish().

#ifndef DIPLOGRAPH_LIB_IO_EXPORT_FORMATS_H_
#define DIPLOGRAPH_LIB_IO_EXPORT_FORMATS_H_

#include <string>

#include "absl/status/status.h"
#include "io/export_attributes.h"
#include "io/export_sink.h"

namespace diplograph::internal {

absl::Status WriteGraphML(const NetworkContext& ctx, ExportSink& sink);
absl::Status WriteGexf(const NetworkContext& ctx, ExportSink& sink);
absl::Status WriteDot(const NetworkContext& ctx, ExportSink& sink);
absl::Status WriteNQuads(const NetworkContext& ctx, ExportSink& sink);
// Writes the CSV files into `dir`.
absl::Status WriteNeo4j(const NetworkContext& ctx, AtomicDirectory& dir);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_EXPORT_FORMATS_H_
