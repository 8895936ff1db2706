#!/usr/bin/env bash
# JDK selection shared by ./wiretrace (sourced) and ./mvnw (run as `bash .mvn/jdk.sh --print`).
# Picks a JDK >= 21: $JAVA_HOME when it is one, then Temurin 25, then the newest /usr/lib/jvm/*.
# WIRETRACE_JVM_DIR replaces /usr/lib/jvm (for tests). Run with --print it prints the chosen JDK home, or names the JDKs it saw on stderr and exits 1.

readonly WIRETRACE_MIN_JAVA=21

# Prints the major version of the java binary in JDK home $1, or nothing when it is not a JDK.
java_major() {
  local home="$1" line version
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  line="$("$home/bin/java" -version 2>&1 | head -n 1)" || return 0
  version="$(sed -n 's/.*version "\([^"]*\)".*/\1/p' <<<"$line")"
  [[ -n "$version" ]] || return 0
  if [[ "$version" == 1.* ]]; then
    version="${version#1.}"
  fi
  printf '%s\n' "${version%%[.+-]*}"
}

# Prints the best JDK home >= WIRETRACE_MIN_JAVA; on none, prints the fix on stderr prefixed with
# the caller's name $1 and returns 1.
find_jdk() {
  local caller="$1" found=() candidate major best="" best_major=0
  local candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  local jvm_dir="${WIRETRACE_JVM_DIR:-/usr/lib/jvm}"
  candidates+=("$jvm_dir/temurin-25-jdk-amd64")
  for candidate in "$jvm_dir"/*; do
    [[ -d "$candidate" && ! -L "$candidate" ]] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    major="$(java_major "$candidate")"
    [[ -n "$major" ]] || continue
    found+=("$candidate (Java $major)")
    if [[ "$candidate" == "${JAVA_HOME:-}" && "$major" -ge "$WIRETRACE_MIN_JAVA" ]]; then
      best="$candidate"
      break
    fi
    if [[ "$major" -ge "$WIRETRACE_MIN_JAVA" && "$major" -gt "$best_major" ]]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [[ -z "$best" ]]; then
    local seen="none"
    [[ ${#found[@]} -gt 0 ]] && seen="$(printf '%s, ' "${found[@]}")" && seen="${seen%, }"
    printf '%s\n' "$caller: needs a JDK $WIRETRACE_MIN_JAVA or newer (Lucene 10); found: $seen." \
      "$caller: Install one (e.g. Temurin 25 from https://adoptium.net, or 'apt-get install openjdk-21-jdk')" \
      "$caller: and point JAVA_HOME at it." >&2
    return 1
  fi
  printf '%s\n' "$best"
}

if [[ "${1:-}" == "--print" ]]; then
  find_jdk "${2:-mvnw}"
fi
