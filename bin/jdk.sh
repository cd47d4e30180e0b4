# Sourced by ./mvnw and ./platform: makes JAVA_HOME point at a JDK 21 or newer.
# Keeps a JAVA_HOME that is already new enough; otherwise takes the newest JDK under /usr/lib/jvm
# (or ~/.sdkman, /opt), because the default `java` on our machines is 17.
prongsai_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
prongsai_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(prongsai_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  best="" best_major=0
  for home in /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/* /opt/*jdk* /opt/java/*; do
    [ -x "$home/bin/javac" ] || continue
    major=$(prongsai_java_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$home" best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "Prongsai needs a JDK 21 or newer; none found (set JAVA_HOME)." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}
