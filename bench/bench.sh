#!/usr/bin/env bash
# `make bench`: prints one table of cvpress's speed and memory against the targets of the speed issue (#7).
# Whole-process rows run bin/cvpress when it is there, else `java $JAVA_FLAGS -jar target/cvpress.jar`; in-JVM rows
# run under JMH. The work is done by src/test/java/cvpress/bench/BenchTable.java on the jar's class path.
# Knobs (environment): RUNS (whole-process runs after a warm-up run, default 7), RENDERS (default 1000),
# SAVES (--watch saves measured, default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_FLAGS=${JAVA_FLAGS:-}
if [ -x bin/cvpress ]; then
  LAUNCHER=bin/cvpress
else
  LAUNCHER="java $JAVA_FLAGS -jar target/cvpress.jar"
fi
# GNU time reports a process's peak RSS; install it when it is missing and we may.
if [ ! -x /usr/bin/time ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  { apt-get update -qq && apt-get install -y -qq time; } >/dev/null 2>&1 || true
fi
if ! built=$(mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt 2>&1); then
  echo "$built" >&2
  exit 1
fi
# Everything runs on the jar's class path, as users run cvpress (not the test class path with veraPDF, Saxon and
# Jazzer), plus the benchmark classes and JMH. The warm rows are JMH's: one fork per style with the JVM's default
# flags, 25 one-second warm-up iterations (700 to 1,000 renders of the longest seed; a plain render loop still
# got faster up to about 1,000, and JMH's usual ten, about 160 renders, read far above it), then 10 measured; each row
# shows the first and last measured iteration's mean, which stay level once the warm-up has reached steady state.
JMH=$(tr ':' '\n' < target/test-classpath.txt | grep -E '/(jmh-core|jopt-simple|commons-math3)-[^/]*\.jar$' | paste -sd:)
CP="target/cvpress.jar:target/test-classes:$JMH"
exec java -cp "$CP" -Dbench.launcher="$LAUNCHER" -Dbench.runs="${RUNS:-7}" -Dbench.renders="${RENDERS:-1000}" \
  -Dbench.saves="${SAVES:-10}" ${BENCH_OPTS:-} cvpress.bench.BenchTable
