#!/usr/bin/env bash
# JMH benchmarks of the pipeline stages (src/jmh/java), warm in one JVM:
#   bench/jmh.sh [JMH ARGS]      e.g. bench/jmh.sh -f 1 -wi 2 -i 3 parseArmTree
# Needs the corpus (../shared, or KCLINT_SHARED=DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${KCLINT_SHARED:-$(cd .. && pwd)/shared}
mvn -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Dkclint.shared="$SHARED" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main "$@"
