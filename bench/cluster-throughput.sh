#!/usr/bin/env bash
# Cluster throughput: `parley ingest --cluster` with 1, 2 and 3 silos on this machine, and in
# the same run the single-process baselines over the same corpus (SQLite store, PostgreSQL store).
# Each run gets a fresh database. Needs a Release build of the CLI and PostgreSQL reachable
# through the usual libpq variables (PGHOST, PGPORT, PGUSER) for psql.
# Usage: bench/cluster-throughput.sh CORPUS.jsonl [SILO_COUNTS...]   (default counts: 1 2 3)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$1; shift
counts=("${@:-1 2 3}"); [ $# -eq 0 ] && counts=(1 2 3)
cli=(dotnet src/Parley.Cli/bin/Release/net10.0/Parley.Cli.dll)
export PARLEY_HOME="$PWD"
work=$(mktemp -d)
pids=()
stop_silos() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=(); }
trap 'stop_silos; rm -rf "$work"' EXIT

fresh_db() { psql -q -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
             echo "Host=${PGHOST:-127.0.0.1};Port=${PGPORT:-5432};Username=${PGUSER:-postgres};Database=$1"; }
rate() { python3 -c "import json,sys; s=json.load(sys.stdin); print('%d articles in %.1f s = %.1f articles/s' % (s['new'], s['seconds'], s['new'] / s['seconds']))"; }

echo "baseline, one process, SQLite store:     $("${cli[@]}" ingest "$corpus" --db "$work/one.db" --format json 2>/dev/null | rate)"
conn=$(fresh_db parley_bench_single)
echo "baseline, one process, PostgreSQL store: $("${cli[@]}" ingest "$corpus" --db "$conn" --format json 2>/dev/null | rate)"

for n in "${counts[@]}"; do
  conn=$(fresh_db "parley_bench_$n")
  for i in $(seq 1 "$n"); do
    "${cli[@]}" cluster silo --postgres "$conn" --name "s$i" --port $((21110 + i)) --gateway-port $((32000 + i)) > "$work/silo$i.log" 2>&1 &
    pids+=($!)
  done
  for _ in $(seq 1 120); do
    [ "$(grep -l ' ready on port ' "$work"/silo*.log 2>/dev/null | wc -l)" -ge "$n" ] && break; sleep 1
  done
  echo "cluster, $n silo(s):                      $("${cli[@]}" ingest "$corpus" --cluster "$conn" --format json 2>/dev/null | rate)"
  stop_silos; rm -f "$work"/silo*.log
done
