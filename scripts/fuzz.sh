#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz, ASan + UBSan, clang 14) into build-fuzz/ and runs each
# for SECONDS from a seed corpus made here from the sample report and the CLI's own exports.
#
#   bash scripts/fuzz.sh SECONDS [harness …]     harnesses: text docx json review_copy (default: all)
#
# fuzz_review_copy takes the received file, or SQL that edits a real copy into one.
# Every harness gets SECONDS of its own (4 × SECONDS in all), one after the other (one core each).
# Per harness it prints the runs, the coverage (libFuzzer's cov: edges and ft: features), the corpus
# size and the crashes found. It exits 1 when any harness crashed, timed out (> FUZZ_TIMEOUT s, 60 by
# default, for one input), ran out of memory (> FUZZ_RSS_MB, 2048) or leaked; the inputs that did are
# kept in build-fuzz/fuzz/crashes/<harness>/ (reproduce: build-fuzz/bin/fuzz_<harness> FILE).
# The corpus grows across runs in build-fuzz/fuzz/corpus/<harness>/; seeds are remade every run.
# Not part of scripts/test.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: bash scripts/fuzz.sh SECONDS [text|docx|json|review_copy …]" >&2
  exit 2
fi
shift
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(text docx json review_copy)

build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
timeout_s="${FUZZ_TIMEOUT:-60}"
rss_mb="${FUZZ_RSS_MB:-2048}"

# --- tools: the project's packages, then clang 14 and libFuzzer (Debian 12) ---------------------------
bash "$root/scripts/setup-debian.sh"
missing=()
for p in clang-14 libfuzzer-14-dev libclang-rt-14-dev libsqlite3-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing: ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- build (nice: the machine is shared; the CLI too, to make the seeds) -----------------------------
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 -DFAZHI_FUZZ=ON -DFAZHI_BUILD_TESTS=OFF >/dev/null
targets=(fazhi-cli)
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
nice -n 10 cmake --build "$build" -j"${FUZZ_BUILD_JOBS:-2}" --target "${targets[@]}"

# --- seeds --------------------------------------------------------------------------------------------
fuzzdir="$build/fuzz"
seeds="$fuzzdir/seeds"
rm -rf "$seeds" "$fuzzdir/seeds.log"
mkdir -p "$seeds"/{text,docx,json,review_copy}
# A tmpfs for the harnesses' temporary workspaces: SQLite's syncs cost nothing there.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  export TMPDIR="$(mktemp -d /dev/shm/fazhi-fuzz.XXXXXX)"
else
  export TMPDIR="$(mktemp -d)"
fi
trap 'rm -rf "$TMPDIR"' EXIT
# The seed-making CLI is this build's (sanitized too); its messages (import notes …) go to seeds.log.
cli() {
  FAZHI_LANGUAGE=en "$build/bin/fazhi-cli" --workspace "$ws" "$@" \
    2>>"$fuzzdir/seeds.log" || { echo "fazhi-cli $* failed:" >&2; tail -5 "$fuzzdir/seeds.log" >&2; return 1; }
}

sample="$root/../shared/samples/taozhuang-2023.txt"
texts=("$root"/tests/data/*.txt)
[ -f "$sample" ] && texts=("$sample" "${texts[@]}")
cp "${texts[@]}" "$seeds/text/"
cp "$root"/tests/fuzz/seeds/text/* "$seeds/text/" 2>/dev/null || true
cp "$root"/resources/examples/*.json "$seeds/json/"
cp "$root"/tests/fuzz/seeds/json/* "$seeds/json/" 2>/dev/null || true

work="$TMPDIR/seeds"
mkdir -p "$work"
ws="$work/clerk.fazhi"
first=""
for t in "${texts[@]}"; do
  id="$(cli import "$t")"
  [ -n "$first" ] || first="$id"
  cli show "$id" --json > "$seeds/json/show-$(basename "$t" .txt).json"
  cli export "$id" --format docx --output "$seeds/docx/$(basename "$t" .txt).docx"
done
# Hand-made packages and the XML form of the exports (see tests/fuzz/fuzz_docx.cpp).
python3 "$root/tests/fuzz/make_docx_seeds.py" "$seeds/docx"

# Review copies both ways: the clerk's copy sent for review, and the reviewer's copy sent back.
node_of() {  # the id of the first paragraph or point of a report's JSON
  python3 -c '
import json, sys
def walk(n):
    if isinstance(n, dict):
        if n.get("kind") in ("paragraph", "point") and n.get("id"): print(n["id"]); sys.exit(0)
        for v in n.values(): walk(v)
    elif isinstance(n, list):
        for v in n: walk(v)
walk(json.load(sys.stdin))'
}
node="$(cli show "$first" --json | node_of)"
cli review submit "$first" --by 拟稿人 --note 送审 >/dev/null
cli review comment "$first" --node "$node" --text 请核实数字。 --by 拟稿人 >/dev/null
cli review export "$first" --output "$seeds/review_copy/clerk-copy.fazhi" >/dev/null
clerk_ws="$ws"
ws="$work/reviewer.fazhi"
cli review import "$seeds/review_copy/clerk-copy.fazhi" >/dev/null
comment="$(cli review list "$first" | awk 'NR==1 {print $1}')"
cli review comment "$first" --node "$node" --text 表述不够准确。 --by 审核人 >/dev/null
cli review suggest "$first" --node "$node" --text 修改后的段落。 --by 审核人 >/dev/null
[ -z "$comment" ] || cli review reply "$first" --comment "$comment" --text 已核实。 --by 审核人 >/dev/null || true
cli review decide "$first" --return --opinion 请修改后再报。 --by 审核人 >/dev/null
cli review export "$first" --output "$seeds/review_copy/reviewer-copy.fazhi" >/dev/null
# The clerk's workspace is the one the copies are merged into, and SQL inputs edit the reviewer's
# copy (fuzz_review_copy.cpp); hand-written SQL seeds make the hostile copies of issue 20.
export FAZHI_FUZZ_BASE_WORKSPACE="$work/base.fazhi"
cp "$clerk_ws" "$FAZHI_FUZZ_BASE_WORKSPACE"
export FAZHI_FUZZ_REVIEW_COPY="$work/reviewer-copy.fazhi"
cp "$seeds/review_copy/reviewer-copy.fazhi" "$FAZHI_FUZZ_REVIEW_COPY"
cp "$root"/tests/fuzz/seeds/review_copy/*.sql "$seeds/review_copy/"
echo "Seeds: $(for h in "${harnesses[@]}"; do printf '%s %s  ' "$h" "$(ls "$seeds/$h" | wc -l)"; done)"

# --- fuzzing ------------------------------------------------------------------------------------------
# Debian's Qt is built without frame pointers, so ASan's fast unwinder records garbage past the first Qt
# frame of an allocation's stack: nearly every allocation then has a stack of its own, and ASan's stack
# depot grows without bound (1 GB in 2.5 minutes, and half the speed). Two frames suffice while fuzzing;
# each crash is run again with full stacks (slow unwinder) for its report, kept beside it as .txt.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=2}"
failed=0
summary=()
for h in "${harnesses[@]}"; do
  corpus="$fuzzdir/corpus/$h"
  crashes="$fuzzdir/crashes/$h"
  mkdir -p "$corpus" "$crashes"
  log="$fuzzdir/$h.log"
  dict=()
  [ -f "$root/tests/fuzz/$h.dict" ] && dict=(-dict="$root/tests/fuzz/$h.dict")
  before="$(ls "$crashes" | grep -vc '\.txt$' || true)"
  echo "== fuzz_$h: $seconds s (log: $log)"
  rc=0
  nice -n 10 "$build/bin/fuzz_$h" "$corpus" "$seeds/$h" "${dict[@]}" \
    -max_total_time="$seconds" -timeout="$timeout_s" -rss_limit_mb="$rss_mb" \
    -print_final_stats=1 -artifact_prefix="$crashes/" > "$log" 2>&1 || rc=$?
  final_stat() { awk -v k="stat::$1:" '$1 == k {v = $2} END {print v}' "$log"; }
  runs="$(final_stat number_of_executed_units)"
  speed="$(final_stat average_exec_per_sec)"
  rss="$(final_stat peak_rss_mb)"
  cov="$(grep -o 'cov: [0-9]*' "$log" | awk '{print $2}' | tail -1)"
  ft="$(grep -o 'ft: [0-9]*' "$log" | awk '{print $2}' | tail -1)"
  found=$(( $(ls "$crashes" | grep -vc '\.txt$' || true) - before ))
  if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
    failed=1
    [ "$found" -gt 0 ] || found="?"  # stopped without an artifact: see the log
    grep -m3 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|qFatal' "$log" || true
    for f in $(ls -t "$crashes" | grep -v '\.txt$' | head -n "${found/\?/0}"); do
      ASAN_OPTIONS=fast_unwind_on_malloc=0 "$build/bin/fuzz_$h" -timeout="$timeout_s" \
        -rss_limit_mb="$rss_mb" "$crashes/$f" > "$crashes/$f.txt" 2>&1 || true
      echo "  $crashes/$f (report: $f.txt)"
    done
  fi
  line="$(printf 'fuzz_%-12s runs %-9s exec/s %-6s cov %-6s ft %-7s corpus %-5s peak %s MB  crashes %s' \
    "$h" "${runs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$(ls "$corpus" | wc -l)" "${rss:-?}" "$found")"
  echo "$line"
  summary+=("$line")
done
echo
echo "Fuzzing summary ($seconds s per harness):"
printf '  %s\n' "${summary[@]}"
if [ "$failed" -ne 0 ]; then
  echo "Crashes kept in $fuzzdir/crashes/" >&2
  exit 1
fi
