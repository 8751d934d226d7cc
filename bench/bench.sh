#!/usr/bin/env bash
# `make bench`: prints one table of cvpress's speed and memory against the targets of the speed issue (#7).
# Whole-process rows run bin/cvpress when it is there, else `java $JAVA_FLAGS -jar target/cvpress.jar`; in-JVM rows
# run under JMH. The work is done by src/test/java/cvpress/bench/BenchTable.java on the test classpath.
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
CP="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
# In-JVM renders serialise XMP with the JDK's transformer, as the jar does: the test classpath also holds veraPDF's
# Saxon, which JAXP would otherwise find by scanning every jar on each render (a sixth of a warm render) and use.
XSLT=-Djavax.xml.transform.TransformerFactory=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl
exec java -cp "$CP" "$XSLT" -Dbench.launcher="$LAUNCHER" -Dbench.runs="${RUNS:-7}" -Dbench.renders="${RENDERS:-1000}" \
  -Dbench.saves="${SAVES:-10}" ${BENCH_OPTS:-} cvpress.bench.BenchTable
