#!/usr/bin/env bash
# Benchmarks for `make bench`: whole-process render time, warm in-JVM render times per style,
# import of all seeds, and `make pdf` over all seeds. Timings are medians over repeated runs.
set -euo pipefail
cd "$(dirname "$0")/.."
CV=${CV:-seeds/john-doe-rendercv.yaml}
LONGEST=${LONGEST:-seeds/rochester-phd-ml-engineer.yaml}
RUNS=${RUNS:-7}
JAR=target/cvpress.jar
JAVA_FLAGS=${JAVA_FLAGS:-}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.0f ms (min %.0f, max %.0f, n=%d)", m, a[1], a[NR], NR}'; }
wall_ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
pages=$(java -jar $JAR render --style academic "$CV" --format png -o "$TMP/png" >/dev/null 2>&1; ls "$TMP/png" | wc -l)
echo "2-page CV: $CV ($pages pages in academic); longest CV: $LONGEST ($(wc -w < "${LONGEST%.yaml}.txt" 2>/dev/null || echo '?') words of source text)"

java -jar $JAR render --style academic "$CV" -o "$TMP" >/dev/null 2>&1
for _ in $(seq "$RUNS"); do wall_ms java $JAVA_FLAGS -jar $JAR render --style academic "$CV" -o "$TMP"; done | median | sed "s/^/cold render of the 2-page CV, whole process ($JAVA_FLAGS): /"; echo

mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
CP="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
java -cp "$CP" cvpress.bench.WarmRender "$CV" academic
for style in academic industry one-page; do
  java -cp "$CP" cvpress.bench.WarmRender "$LONGEST" "$style"
done
java -cp "$CP" cvpress.importer.ImportBench

n=$(ls seeds/*.yaml | wc -l)
for _ in $(seq 5); do wall_ms java $JAVA_FLAGS -jar $JAR render --style academic -o "$TMP" seeds/*.yaml; done | median | sed "s/^/make pdf, all $n seeds in one JVM ($JAVA_FLAGS): /"; echo
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "peak RSS of that batch: %M KB" java $JAVA_FLAGS -jar $JAR render --style academic -o "$TMP" seeds/*.yaml 2>&1 >/dev/null | tail -1
fi
