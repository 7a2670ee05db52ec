#!/usr/bin/env bash
# Side-by-side speed benchmark (a benchmark, not a test): jbenchstat against Go's benchstat on the same input pair,
# runs alternated so that both see the same machine load, medians of wall and CPU (user+sys) time and their ratios.
# On a shared, loaded machine read the CPU ratio and the per-round wall ratio; absolute wall times wander.
#
#   benchstat/bench/sidebyside.sh --go /path/to/benchstat [--runs N] [--dir DIR] [--jar JAR] [--java-opts "..."]
#
# DIR holds old.txt and new.txt (default: the big generated pair, made by GenerateBigPair.java if missing).
# JAR defaults to benchstat/target/jbenchstat.jar, run with the launcher's JVM flags (see ./jbenchstat).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
runs=7 go="" dir="" jar="$root/benchstat/target/jbenchstat.jar" opts=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --go) go="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;
    --java-opts) opts="$2"; shift 2 ;;
    *) echo "usage: $0 --go /path/to/benchstat [--runs N] [--dir DIR] [--jar JAR] [--java-opts \"...\"]" >&2; exit 2 ;;
  esac
done
[[ -x "$go" ]] || { echo "$0: --go: need the path of Go's benchstat binary" >&2; exit 2; }
if [[ -z "$dir" ]]; then
  dir="$root/benchstat/target/bench/big"
  [[ -s "$dir/new.txt" ]] || java "$root/benchstat/bench/GenerateBigPair.java" "$dir"
fi
[[ -f "$jar" ]] || (cd "$root" && mvn -q -o -B -pl benchstat -am package -DskipTests)

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# shellcheck disable=SC2086
java_cmd=(java -Xshare:auto -Xlog:disable -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData $opts -jar "$jar")
cmp -s <(cd "$dir" && "$go" old.txt new.txt 2>&1) <(cd "$dir" && "${java_cmd[@]}" old.txt new.txt 2>&1) \
  || echo "warning: outputs differ" >&2
for ((i = 0; i < runs; i++)); do
  (cd "$dir" && /usr/bin/time -a -o "$log" -f "go %U %S %e" "$go" old.txt new.txt >/dev/null 2>&1)
  (cd "$dir" && /usr/bin/time -a -o "$log" -f "java %U %S %e" "${java_cmd[@]}" old.txt new.txt >/dev/null 2>&1)
done
python3 - "$log" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
go = [(float(u) + float(s), float(e)) for n, u, s, e in rows if n == "go"]
jv = [(float(u) + float(s), float(e)) for n, u, s, e in rows if n == "java"]
med = lambda xs: statistics.median(xs)
for name, xs in (("go benchstat", go), ("jbenchstat", jv)):
    print("%-13s wall median %6.2f s  cpu median %6.2f s  (wall runs: %s)" % (
        name, med([e for _, e in xs]), med([c for c, _ in xs]), " ".join("%.2f" % e for _, e in xs)))
print("ratio jbenchstat/go: wall of medians %.2f, median of per-round wall ratios %.2f, cpu %.2f" % (
    med([e for _, e in jv]) / med([e for _, e in go]),
    med([j[1] / g[1] for j, g in zip(jv, go)]),
    med([c for c, _ in jv]) / med([c for c, _ in go])))
PY
