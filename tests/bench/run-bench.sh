#!/usr/bin/env bash
# Start-up benchmark of the console against an empty Qt Widgets window built in the same tree.
#   tests/bench/run-bench.sh BUILD_DIR [RUNS]
# Runs `operator-console --smoke --sandbox --sandbox-db :memory:` and `empty-window --smoke`
# RUNS times each (default 9), alternating so that both see the same machine state, and prints
# the median wall time to a painted window and the median peak RSS of each. Fails only when a
# program fails; the ratio is reported, not enforced.
# Then merge-bench (MergeBench.cpp), RUNS times after a warm-up: a whole KIDS merge through the
# real wizard against a crm-sandbox process on loopback, its wall time beside as many bare round
# trips, and the longest GUI event-loop stall during it beside an idle period of the same length
# (target ≤ 50 ms, printed PASS/FAIL, not enforced either).
# Then lead-bench (LeadBench.cpp), once: the duplicate check's median latency with 1 000 and with
# 1 000 000 deals, measured alternately on two crm-sandbox processes (target ratio ≤ 3, printed
# PASS/FAIL, not enforced), and lead intake throughput in leads per second.
# Then partner-lines-bench and audit-bench (AuditBench.cpp: the audit log with 1 000 000 events).
set -euo pipefail

build_dir="${1:?usage: run-bench.sh BUILD_DIR [RUNS]}"
runs="${2:-9}"
bin="$build_dir/bin"
console="$bin/operator-console"
baseline="$bin/empty-window"
merge_bench="$bin/merge-bench"
lead_bench="$bin/lead-bench"
partner_bench="$bin/partner-lines-bench"
audit_bench="$bin/audit-bench"
gnu_time=/usr/bin/time

for program in "$console" "$baseline" "$merge_bench" "$lead_bench" "$partner_bench" "$audit_bench"; do
    [ -x "$program" ] || { echo "run-bench: $program is not built" >&2; exit 1; }
done
[ -x "$gnu_time" ] || { echo "run-bench: $gnu_time (Debian package time) is missing" >&2; exit 1; }

# Windows are painted off screen: no display needed, and no compositor noise in the figures.
export QT_QPA_PLATFORM=offscreen
# A throw-away HOME: the bench never reads or writes a user's settings, keychain or sandbox.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/.config" XDG_DATA_HOME="$scratch/.local/share" \
    XDG_CACHE_HOME="$scratch/.cache"

# run_once NAME PROGRAM ARGS...: appends "milliseconds kilobytes" to $scratch/NAME.
run_once() {
    local name="$1"
    shift
    local start end
    start=$(date +%s%N)
    if ! "$gnu_time" -f '%M' -o "$scratch/rss" "$@" >"$scratch/out" 2>&1; then
        echo "run-bench: '$*' failed:" >&2
        cat "$scratch/out" >&2
        exit 1
    fi
    end=$(date +%s%N)
    echo "$(((end - start) / 1000000)) $(tail -n 1 "$scratch/rss")" >>"$scratch/$name"
}

median() { # column of file
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# One warm-up run of each loads the shared libraries into the page cache, as on a machine where
# Qt has been used before; it is not counted.
run_once warmup "$console" --smoke --sandbox --sandbox-db :memory:
run_once warmup "$baseline" --smoke
for _ in $(seq "$runs"); do
    run_once console "$console" --smoke --sandbox --sandbox-db :memory:
    run_once baseline "$baseline" --smoke
    run_once text_baseline "$baseline" --smoke --with-text
done
# A working session: the in-process sandbox loaded with the demo data, signed in, audit event
# journalled. Its peak memory is what an agent's laptop pays.
for _ in $(seq "$runs"); do
    run_once signed_in "$console" --smoke-signed-in --sandbox --sandbox-db :memory:
done

console_ms=$(cut -d' ' -f1 "$scratch/console" | median)
baseline_ms=$(cut -d' ' -f1 "$scratch/baseline" | median)
console_mb=$(cut -d' ' -f2 "$scratch/console" | median | awk '{ printf "%.0f", $1 / 1024 }')
baseline_mb=$(cut -d' ' -f2 "$scratch/baseline" | median | awk '{ printf "%.0f", $1 / 1024 }')
signed_in_ms=$(cut -d' ' -f1 "$scratch/signed_in" | median)
signed_in_mb=$(cut -d' ' -f2 "$scratch/signed_in" | median | awk '{ printf "%.0f", $1 / 1024 }')
text_ms=$(cut -d' ' -f1 "$scratch/text_baseline" | median)
ratio=$(awk -v c="$console_ms" -v b="$baseline_ms" 'BEGIN { printf "%.2f", (b > 0 ? c / b : 0) }')
text_ratio=$(awk -v c="$console_ms" -v b="$text_ms" 'BEGIN { printf "%.2f", (b > 0 ? c / b : 0) }')

echo "cold start to painted window: console $console_ms ms, empty Qt window $baseline_ms ms, ratio $ratio (target ≤ 1.5)"
echo "  for reference, a Qt window with one line of text: $text_ms ms, ratio $text_ratio (it pays for the font database, as the console does)"
echo "peak memory (RSS) at first paint: console $console_mb MB, empty Qt window $baseline_mb MB"
echo "signed in on the sandbox (demo data loaded): $signed_in_ms ms, peak memory (RSS) $signed_in_mb MB"
echo "(median of $runs runs each, alternating, QT_QPA_PLATFORM=offscreen)"

# The KIDS merge: merge-bench prints its own lines, in the same form; its chatter (Qt's warnings)
# is shown only when it fails.
if ! "$merge_bench" --runs "$runs" >"$scratch/merge" 2>"$scratch/merge.err"; then
    echo "run-bench: '$merge_bench --runs $runs' failed:" >&2
    cat "$scratch/merge" "$scratch/merge.err" >&2
    exit 1
fi
cat "$scratch/merge"

# Lead handling: lead-bench prints its own lines; its chatter is shown only when it fails.
if ! "$lead_bench" >"$scratch/leads" 2>"$scratch/leads.err"; then
    echo "run-bench: '$lead_bench' failed:" >&2
    cat "$scratch/leads" "$scratch/leads.err" >&2
    exit 1
fi
cat "$scratch/leads"

# The partner lines page: partner-lines-bench prints its own lines (filter changes and sorts over
# 50 000 lines beside 5 000, target ≤ 50 ms each); its chatter is shown only when it fails.
if ! QT_QPA_PLATFORM=offscreen "$partner_bench" >"$scratch/partner" 2>"$scratch/partner.err"; then
    echo "run-bench: '$partner_bench' failed:" >&2
    cat "$scratch/partner" "$scratch/partner.err" >&2
    exit 1
fi
cat "$scratch/partner"

# The audit log: audit-bench prints its own lines (1 000 000 events beside 10 000: first page,
# a filtered query, export throughput, the viewer's peak memory). Its logs are generated once
# into the build tree's bench-cache/ and reused; its chatter is shown only when it fails.
if ! QT_QPA_PLATFORM=offscreen "$audit_bench" --cache "$build_dir/bench-cache" \
    >"$scratch/audit" 2>"$scratch/audit.err"; then
    echo "run-bench: '$audit_bench' failed:" >&2
    cat "$scratch/audit" "$scratch/audit.err" >&2
    exit 1
fi
cat "$scratch/audit"
