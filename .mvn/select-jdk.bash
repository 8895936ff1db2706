#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer, chosen as the launcher ./wiretrace and ./mvnw both choose it:
# $JAVA_HOME when it is a JDK 21+, else Temurin 25 under /usr/lib/jvm, else the newest JDK 21+ there.
# When none is found it names the JDKs it saw and exits 1. Used by ./wiretrace and ./mvnw, so the
# README's commands work on a machine whose default java is older (e.g. Debian's 17).
set -euo pipefail

readonly MIN_JAVA=21

die() {
  printf 'wiretrace: %s\n' "$*" >&2
  exit 1
}

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

# Prints a JDK >= MIN_JAVA: JAVA_HOME, then Temurin 25, then the newest /usr/lib/jvm/*.
select_jdk() {
  local found=() candidate major best="" best_major=0
  local candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64)
  for candidate in /usr/lib/jvm/*; do
    [[ -d "$candidate" && ! -L "$candidate" ]] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    major="$(java_major "$candidate")"
    [[ -n "$major" ]] || continue
    found+=("$candidate (Java $major)")
    if [[ "$candidate" == "${JAVA_HOME:-}" && "$major" -ge "$MIN_JAVA" ]]; then
      best="$candidate"
      break
    fi
    if [[ "$major" -ge "$MIN_JAVA" && "$major" -gt "$best_major" ]]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [[ -z "$best" ]]; then
    local seen="none"
    [[ ${#found[@]} -gt 0 ]] && seen="$(printf '%s, ' "${found[@]}")" && seen="${seen%, }"
    die "needs a JDK $MIN_JAVA or newer (Lucene 10); found: $seen." \
      "Install one (e.g. Temurin 25 from https://adoptium.net, or 'apt-get install openjdk-21-jdk')" \
      "and point JAVA_HOME at it."
  fi
  printf '%s\n' "$best"
}

select_jdk
