#!/usr/bin/env bash
# Benchmark 5 of the performance issue: 'ras allocate' end to end on generated CSVs, heap capped,
# against the I/O floor (a Jackson CSV read of the same file that does nothing else).
#
#   mvn -B -q -pl benchmarks -am package -DskipTests
#   benchmarks/cli-benchmark.sh [ROWS...]        # default: 100000 1000000 5000000
#
# For each size: generates target/cli-bench/assessments-ROWS.csv (once; never committed), then runs
# each program RUNS times (default 3) with the heap capped and prints, per run, the wall time, the CPU
# time (user and system), the peak resident set size (GNU time's %M) and the largest heap occupancy after
# a GC (from -Xlog:gc); then, per size, each program's median time and the ratios of the command to the
# floors, run by run (the median, the lowest and the highest), as the results in docs/performance.md
# give them. On a shared machine one run's times can move by a tenth or more: use RUNS=5 or more to
# compare builds.
# The programs, in each run:
#   ras-allocate   ./ras allocate, as a user runs it (the launcher's JVM options: the parallel collector)
#   io-floor       the floor, on the same JVM options as the launcher's
#   jar-defaults   java -jar of the same jar on the JVM's default options (G1 here), as an embedding
#                  program or a bare 'java -jar' would run it
#   floor-defaults the floor on the JVM's default options
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
# The launcher's own JVM options (the line 'java_options=(...)' of ./ras), for the floor to share.
read -r -a launcher_options <<<"$(sed -n 's/^java_options=(\(.*\))$/\1/p' "$repo/ras")"
if [[ ${#launcher_options[@]} -eq 0 ]]; then
  echo "cli-benchmark: cannot find the line 'java_options=(...)' in $repo/ras" >&2
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
printf '%-10s %-14s %4s %9s %7s %10s %14s %s\n' rows program run seconds cpu_s peak_rss_MB max_heap_after_gc_MB load

# The median of the numbers given.
median() {
  printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# "median (lowest to highest)" of the ratios a[i] / b[i], one per run: each run's programs ran one after
# another, so a run's ratio compares them under the same load.
ratios() {
  local -a a=($1) b=($2) r=()
  for i in "${!a[@]}"; do
    r+=("$(awk -v x="${a[$i]}" -v y="${b[$i]}" 'BEGIN {printf "%.2f", x / y}')")
  done
  printf '%sx (%sx to %sx)' "$(median "${r[@]}")" "$(printf '%s\n' "${r[@]}" | sort -n | head -1)" \
    "$(printf '%s\n' "${r[@]}" | sort -n | tail -1)"
}

for rows in "${sizes[@]}"; do
  declare -A times=()
  csv="$work/assessments-$rows.csv"
  if [[ ! -s "$csv" ]]; then
    java -cp "$bench_jar" uk.ras.benchmarks.CsvFiles generate "$rows" "$csv"
  fi
  for ((run = 1; run <= runs; run++)); do
    for program in ras-allocate io-floor jar-defaults floor-defaults; do
      gclog="$work/gc-$program-$rows-$run.log"
      case $program in
        ras-allocate)
          cmd=(env "RAS_JAVA_OPTS=-Xmx$heap -Xlog:gc:file=$gclog" "$repo/ras" allocate --assessments "$csv" --out "$out") ;;
        io-floor)
          cmd=(java "${launcher_options[@]}" "-Xmx$heap" "-Xlog:gc:file=$gclog" -cp "$bench_jar" uk.ras.benchmarks.CsvFiles read "$csv") ;;
        jar-defaults)
          cmd=(java "-Xmx$heap" "-Xlog:gc:file=$gclog" -jar "$cli_jar" allocate --assessments "$csv" --out "$out") ;;
        floor-defaults)
          cmd=(java "-Xmx$heap" "-Xlog:gc:file=$gclog" -cp "$bench_jar" uk.ras.benchmarks.CsvFiles read "$csv") ;;
      esac
      /usr/bin/time -f '%e %M %U %S' -o "$work/time" "${cmd[@]}" >"$work/stdout-$program-$rows.txt" 2>"$work/stderr-$program-$rows.txt" || {
        rc=$?
        # 'ras allocate' exits 1 when rows were rejected; the generated rows are all valid.
        echo "cli-benchmark: $program on $rows rows exited $rc; see $work/stderr-$program-$rows.txt" >&2
        exit 1
      }
      read -r seconds rss_kb user sys <"$work/time"
      times[$program]+="$seconds "
      printf '%-10s %-14s %4s %9s %7s %10s %14s %s\n' "$rows" "$program" "$run" "$seconds" \
        "$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')" "$((rss_kb / 1024))" \
        "$(max_after_gc "$gclog")" "$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
  echo "  $rows rows, medians: ras-allocate $(median ${times[ras-allocate]}) s, io-floor $(median ${times[io-floor]}) s," \
    "jar-defaults $(median ${times[jar-defaults]}) s, floor-defaults $(median ${times[floor-defaults]}) s"
  echo "  $rows rows, ratio per run: ras-allocate / io-floor $(ratios "${times[ras-allocate]}" "${times[io-floor]}");" \
    "ras-allocate / floor-defaults $(ratios "${times[ras-allocate]}" "${times[floor-defaults]}");" \
    "jar-defaults / floor-defaults $(ratios "${times[jar-defaults]}" "${times[floor-defaults]}")"
  grep -h 'Allocated:' "$work/stdout-ras-allocate-$rows.txt" | sed "s/^ */  $rows rows: /"
  grep -h 'Allocated:' "$work/stdout-jar-defaults-$rows.txt" | sed "s/^ */  $rows rows (jar, JVM defaults): /"
  sed "s/^/  $rows rows (floor): /" "$work/stdout-io-floor-$rows.txt"
done
