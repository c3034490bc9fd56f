// workload_sqlite: the standard workload (WORKLOAD.md) on SQLite, as a
// baseline for bench/workload. Same arguments and output format:
//
//   workload_sqlite DATA.tsv PARAMS.tsv [--reps N] [--db FILE]
//
// Without --db the database is in memory; with it, file-backed (the file is
// replaced; its size after the load is printed as disk_mb). One table
// ev(s, r, o, d) of TEXT, loaded in one transaction with a prepared INSERT,
// then indexes on (s, d), (o, d) and (d) -- what the queries need. Every
// query is one prepared statement except Q5, a breadth-first search in C++
// over a prepared neighbour query (SQLite has no shortest-path operator and
// a recursive CTE without a visited set explodes on hubs). Strings are
// compared with the default BINARY collation (byte order). The time of each
// load step (the inserts, each index, ANALYZE) goes to stderr.

#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "workload/workload_common.h"

namespace dw = diplograph::workload;

namespace {

sqlite3* db = nullptr;

void Check(int rc, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "sqlite: %s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

void Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::fprintf(stderr, "sqlite: %s: %s\n", sql, err);
    std::exit(1);
  }
}

sqlite3_stmt* Prepare(const char* sql) {
  sqlite3_stmt* st = nullptr;
  Check(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), sql);
  return st;
}

void Bind(sqlite3_stmt* st, int i, const std::string& v) {
  Check(sqlite3_bind_text(st, i, v.data(), static_cast<int>(v.size()),
                          SQLITE_TRANSIENT),
        "bind");
}

std::string Col(sqlite3_stmt* st, int i) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
  return std::string(p, static_cast<size_t>(sqlite3_column_bytes(st, i)));
}

// A materialised result: rows of strings, or a number.
struct Result {
  std::vector<std::vector<std::string>> rows;
  long long number = 0;
  bool is_number = false;
};

Result Rows(sqlite3_stmt* st, int cols) {
  Result r;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    std::vector<std::string> row;
    row.reserve(static_cast<size_t>(cols));
    for (int i = 0; i < cols; ++i) row.push_back(Col(st, i));
    r.rows.push_back(std::move(row));
  }
  Check(rc, "step");
  sqlite3_reset(st);
  return r;
}

struct Queries {
  sqlite3_stmt* q1 = Prepare(
      "SELECT s, r, o, d FROM ev WHERE s = ?1 AND d BETWEEN ?2 AND ?3 "
      "ORDER BY d, s, r, o");
  sqlite3_stmt* q2 = Prepare(
      "SELECT s, r, o, d FROM ev WHERE s = ?1 AND o = ?2 UNION ALL "
      "SELECT s, r, o, d FROM ev WHERE s = ?2 AND o = ?1 AND ?1 <> ?2 "
      "ORDER BY 4, 1, 2, 3");
  sqlite3_stmt* q3 = Prepare(
      "SELECT o FROM ev WHERE s = ?1 AND o <> ?1 UNION "
      "SELECT s FROM ev WHERE o = ?1 AND s <> ?1 ORDER BY 1");
  sqlite3_stmt* q4 = Prepare(
      "WITH n1(x) AS (SELECT o FROM ev WHERE s = ?1 UNION "
      "               SELECT s FROM ev WHERE o = ?1), "
      "n2(x) AS (SELECT x FROM n1 UNION "
      "          SELECT e.o FROM ev e JOIN n1 ON e.s = n1.x UNION "
      "          SELECT e.s FROM ev e JOIN n1 ON e.o = n1.x) "
      "SELECT count(*) FROM n2 WHERE x <> ?1");
  sqlite3_stmt* nb = Prepare(
      "SELECT o FROM ev WHERE s = ?1 UNION SELECT s FROM ev WHERE o = ?1");
  sqlite3_stmt* q6 = Prepare(
      "SELECT substr(d, 1, 7) AS m, r, count(*) FROM ev "
      "WHERE s = ?1 OR o = ?1 GROUP BY m, r ORDER BY m, r");
  sqlite3_stmt* q7 = Prepare(
      "SELECT x, count(*) AS c FROM ("
      "  SELECT s AS x FROM ev WHERE d BETWEEN ?1 AND ?2 UNION ALL "
      "  SELECT o FROM ev WHERE d BETWEEN ?1 AND ?2) "
      "GROUP BY x ORDER BY c DESC, x LIMIT 10");

  Result Run(const dw::Instance& i) {
    const auto& a = i.args;
    if (i.phase == "Q1") {
      Bind(q1, 1, a[0]);
      Bind(q1, 2, a[1]);
      Bind(q1, 3, a[2]);
      return Rows(q1, 4);
    }
    if (i.phase == "Q2") {
      Bind(q2, 1, a[0]);
      Bind(q2, 2, a[1]);
      return Rows(q2, 4);
    }
    if (i.phase == "Q3") {
      Bind(q3, 1, a[0]);
      return Rows(q3, 1);
    }
    if (i.phase == "Q4") {
      Bind(q4, 1, a[0]);
      Result r = Rows(q4, 1);
      Result out;
      out.is_number = true;
      out.number = std::atoll(r.rows.at(0).at(0).c_str());
      return out;
    }
    if (i.phase == "Q5") return Bfs(a[0], a[1]);
    if (i.phase == "Q6") {
      Bind(q6, 1, a[0]);
      return Rows(q6, 3);
    }
    Bind(q7, 1, a[0]);
    Bind(q7, 2, a[1]);
    return Rows(q7, 2);
  }

  Result Bfs(const std::string& from, const std::string& to) {
    Result out;
    out.is_number = true;
    out.number = -1;
    if (from == to) {
      out.number = 0;
      return out;
    }
    absl::flat_hash_set<std::string> seen{from};
    std::vector<std::string> frontier{from}, next;
    for (long long depth = 1; !frontier.empty(); ++depth) {
      next.clear();
      for (const std::string& u : frontier) {
        Bind(nb, 1, u);
        for (auto& row : Rows(nb, 1).rows) {
          if (row[0] == to) {
            out.number = depth;
            return out;
          }
          if (seen.insert(row[0]).second) next.push_back(std::move(row[0]));
        }
      }
      frontier.swap(next);
    }
    return out;
  }
};

std::string Token(const Result& r) {
  if (r.is_number) return std::to_string(r.number);
  dw::TokenHasher h;
  for (const auto& row : r.rows) {
    for (const std::string& f : row) h.Field(f);
    h.EndLine();
  }
  return h.Token();
}

}  // namespace

int main(int argc, char** argv) {
  std::string data, params, file;
  int min_reps = 5;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--reps" && i + 1 < argc) {
      min_reps = std::atoi(argv[++i]);
    } else if (arg == "--db" && i + 1 < argc) {
      file = argv[++i];
    } else if (data.empty()) {
      data = arg;
    } else if (params.empty()) {
      params = arg;
    }
  }
  if (data.empty() || params.empty()) {
    std::cerr << "usage: workload_sqlite DATA.tsv PARAMS.tsv [--reps N] [--db "
                 "FILE]\n";
    return 2;
  }
  absl::StatusOr<std::vector<dw::Instance>> instances = dw::ReadParams(params);
  if (!instances.ok()) {
    std::cerr << instances.status() << "\n";
    return 1;
  }

  // L.
  const double t0 = dw::Now();
  if (!file.empty()) std::remove(file.c_str());
  if (sqlite3_open(file.empty() ? ":memory:" : file.c_str(), &db) !=
      SQLITE_OK) {
    std::cerr << "cannot open database\n";
    return 1;
  }
  Exec("PRAGMA journal_mode = OFF");
  Exec("PRAGMA synchronous = OFF");
  Exec("PRAGMA cache_size = -262144");  // 256 MiB page cache
  Exec(
      "CREATE TABLE ev (s TEXT NOT NULL, r TEXT NOT NULL, o TEXT NOT NULL, "
      "d TEXT NOT NULL)");
  Exec("BEGIN");
  sqlite3_stmt* ins = Prepare("INSERT INTO ev VALUES (?1, ?2, ?3, ?4)");
  std::ifstream in(data, std::ios::binary);
  if (!in) {
    std::cerr << "cannot open " << data << "\n";
    return 1;
  }
  std::string line;
  long long rows = 0;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<absl::string_view> f = absl::StrSplit(line, '\t');
    if (f.size() != 4) {
      std::cerr << data << ": bad row " << rows + 1 << "\n";
      return 1;
    }
    for (int k = 0; k < 4; ++k) {
      Check(sqlite3_bind_text(ins, k + 1, f[k].data(),
                              static_cast<int>(f[k].size()), SQLITE_STATIC),
            "bind");
    }
    Check(sqlite3_step(ins), "insert");
    sqlite3_reset(ins);
    ++rows;
  }
  sqlite3_finalize(ins);
  Exec("COMMIT");
  // Each step's time goes to stderr, as bench/workload's "L parts".
  std::string parts = "L parts: insert " + std::to_string(dw::Now() - t0);
  auto step = [&parts](const char* name, const char* sql) {
    const double s = dw::Now();
    Exec(sql);
    parts += std::string(", ") + name + " " + std::to_string(dw::Now() - s);
  };
  step("index ev_sd", "CREATE INDEX ev_sd ON ev (s, d)");
  step("index ev_od", "CREATE INDEX ev_od ON ev (o, d)");
  step("index ev_d", "CREATE INDEX ev_d ON ev (d)");
  step("analyze", "ANALYZE");
  std::fprintf(stderr, "%s s\n", parts.c_str());
  const double load = dw::Now() - t0;
  std::printf("L %.6f rows=%lld reps=1\n", load, rows);
  std::fflush(stdout);

  Queries q;
  for (const std::string& phase : dw::Phases()) {
    std::vector<const dw::Instance*> batch;
    for (const dw::Instance& i : *instances) {
      if (i.phase == phase) batch.push_back(&i);
    }
    if (batch.empty()) continue;
    std::vector<Result> results(batch.size());
    bool first = true;
    const dw::Timing t = dw::TimeBatch(
        [&] {
          for (size_t k = 0; k < batch.size(); ++k) {
            Result r = q.Run(*batch[k]);
            if (first) results[k] = std::move(r);
          }
          first = false;
        },
        min_reps);
    std::vector<std::string> tokens;
    for (const Result& r : results) tokens.push_back(Token(r));
    std::printf("%s %.9f %s reps=%d\n", phase.c_str(), t.median_seconds,
                absl::StrJoin(tokens, ",").c_str(), t.reps);
    std::fflush(stdout);
  }
  std::printf("peak_rss_mb %.1f\n", dw::PeakRssMb());
  if (!file.empty()) {
    struct stat st {};
    if (stat(file.c_str(), &st) == 0) {
      std::printf("disk_mb %.1f\n",
                  static_cast<double>(st.st_size) / (1 << 20));
    }
  }
  sqlite3_close(db);
  return 0;
}
