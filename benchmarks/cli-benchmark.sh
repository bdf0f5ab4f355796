#!/usr/bin/env bash
# Benchmark 5 of the performance issue: 'ras allocate' end to end on generated CSVs, heap capped,
# against the I/O floor (a Jackson CSV read of the same file that does nothing else).
#
#   mvn -B -q -pl benchmarks -am package -DskipTests
#   benchmarks/cli-benchmark.sh [ROWS...]        # default: 100000 1000000 5000000
#
# For each size: generates target/cli-bench/assessments-ROWS.csv (once; never committed), then runs
# each of the two programs RUNS times (default 3) with -Xmx256m and prints, per run, the wall time,
# the peak resident set size (GNU time's %M) and the largest heap occupancy after a GC (from -Xlog:gc).
# Environment: RUNS (default 3), HEAP (default 256m), OUT (default /dev/null).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cli_jar="$(ls "$repo"/ras-examples/target/ras-examples-*-cli.jar 2>/dev/null | head -1 || true)"
bench_jar="$repo/benchmarks/target/benchmarks.jar"
if [[ -z "$cli_jar" || ! -f "$bench_jar" ]]; then
  echo "cli-benchmark: build first: mvn -B -q -pl benchmarks -am package -DskipTests" >&2
  exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "cli-benchmark: needs GNU time at /usr/bin/time (apt-get install time)" >&2
  exit 2
fi
runs="${RUNS:-3}"
heap="${HEAP:-256m}"
out="${OUT:-/dev/null}"
work="$repo/benchmarks/target/cli-bench"
mkdir -p "$work"
sizes=("$@")
if [[ ${#sizes[@]} -eq 0 ]]; then
  sizes=(100000 1000000 5000000)
fi

max_after_gc() {
  # The largest "after" figure of lines like 'Pause Young (Normal) (G1 Evacuation Pause) 120M->20M(256M)'.
  grep -o -- '->[0-9]*M' "$1" | tr -d -- '->M' | sort -n | tail -1 || true
}

echo "host: $(nproc) cpus, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
printf '%-10s %-14s %4s %9s %10s %14s %s\n' rows program run seconds peak_rss_MB max_heap_after_gc_MB load
for rows in "${sizes[@]}"; do
  csv="$work/assessments-$rows.csv"
  if [[ ! -s "$csv" ]]; then
    java -cp "$bench_jar" uk.ras.benchmarks.CsvFiles generate "$rows" "$csv"
  fi
  for ((run = 1; run <= runs; run++)); do
    for program in ras-allocate io-floor; do
      gclog="$work/gc-$program-$rows-$run.log"
      if [[ $program == ras-allocate ]]; then
        cmd=(java "-Xmx$heap" "-Xlog:gc:file=$gclog" -jar "$cli_jar" allocate --assessments "$csv" --out "$out")
      else
        cmd=(java "-Xmx$heap" "-Xlog:gc:file=$gclog" -cp "$bench_jar" uk.ras.benchmarks.CsvFiles read "$csv")
      fi
      /usr/bin/time -f '%e %M' -o "$work/time" "${cmd[@]}" >"$work/stdout-$program-$rows.txt" 2>"$work/stderr-$program-$rows.txt" || {
        rc=$?
        # 'ras allocate' exits 1 when rows were rejected; the generated rows are all valid.
        echo "cli-benchmark: $program on $rows rows exited $rc; see $work/stderr-$program-$rows.txt" >&2
        exit 1
      }
      read -r seconds rss_kb <"$work/time"
      printf '%-10s %-14s %4s %9s %10s %14s %s\n' "$rows" "$program" "$run" "$seconds" "$((rss_kb / 1024))" \
        "$(max_after_gc "$gclog")" "$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
  grep -h 'Allocated:' "$work/stdout-ras-allocate-$rows.txt" | sed "s/^ */  $rows rows: /"
  sed "s/^/  $rows rows (floor): /" "$work/stdout-io-floor-$rows.txt"
done
