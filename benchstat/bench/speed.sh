#!/usr/bin/env bash
# Speed benchmark of jbenchstat (a benchmark, not a test): median wall time of
#   ./jbenchstat old.txt new.txt
# on the big generated pair (200,000 lines per file, see GenerateBigPair.java) and on a small pair, optionally side by
# side with Go's benchstat.
#
#   benchstat/bench/speed.sh [--runs N] [--go /path/to/benchstat] [--java-opts "..."]
#
# Inputs are generated once into benchstat/target/bench/. Uses hyperfine when installed, else a shell loop.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
runs=7
go=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --go) go="$2"; shift 2 ;;
    --java-opts) export JBENCHSTAT_JAVA_OPTS="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--go /path/to/benchstat] [--java-opts \"...\"]" >&2; exit 2 ;;
  esac
done

dir="$root/benchstat/target/bench"
mkdir -p "$dir/big" "$dir/small"
[[ -s "$dir/big/new.txt" ]] || java "$root/benchstat/bench/GenerateBigPair.java" "$dir/big"
[[ -s "$dir/small/new.txt" ]] || java "$root/benchstat/bench/GenerateBigPair.java" "$dir/small" 8

"$root/jbenchstat" "$dir/small/old.txt" "$dir/small/new.txt" >/dev/null # build the jar and the CDS archive first

# median NAME DIR COMMAND...: prints the median wall time of COMMAND old.txt new.txt run inside DIR.
median() {
  local name="$1" d="$2"; shift 2
  if command -v hyperfine >/dev/null; then
    (cd "$d" && hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$dir/$name.json" \
        "$* old.txt new.txt" >/dev/null 2>&1)
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%-28s median %.3f s  (min %.3f, max %.3f, n=%d)" % (sys.argv[2], r["median"], r["min"], r["max"], len(r["times"])))' "$dir/$name.json" "$name"
  else
    local times=() i s
    for ((i = 0; i < runs; i++)); do
      s=$(date +%s%N)
      (cd "$d" && "$@" old.txt new.txt >/dev/null)
      times+=($(( ($(date +%s%N) - s) / 1000000 )))
    done
    printf '%-28s median %s ms  (runs: %s)\n' "$name" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")" "${times[*]}"
  fi
}

# The floor: a JVM that starts and exits with the launcher's flags (no class of ours). On a quiet machine ~0.14 s;
# read the small-pair figure against it when the machine is loaded.
if command -v hyperfine >/dev/null; then
  hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$dir/jvm.json" \
      "java -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -version" >/dev/null 2>&1
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%-28s median %.3f s  (min %.3f, max %.3f, n=%d)" % ("JVM start (java -version)", r["median"], r["min"], r["max"], len(r["times"])))' "$dir/jvm.json"
fi
median "jbenchstat small" "$dir/small" "$root/jbenchstat"
[[ -n "$go" ]] && median "go benchstat small" "$dir/small" "$go"
median "jbenchstat big" "$dir/big" "$root/jbenchstat"
[[ -n "$go" ]] && median "go benchstat big" "$dir/big" "$go"
exit 0
