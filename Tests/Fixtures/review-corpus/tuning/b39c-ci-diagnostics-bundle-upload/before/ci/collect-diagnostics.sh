#!/usr/bin/env bash
# Collects logs and system state when an integration-test job fails.
# Called from the `after_script` of the integration stage; output is kept as a job artifact.
set -euo pipefail

OUT="${CI_PROJECT_DIR:-.}/diagnostics"
mkdir -p "$OUT"

log() { printf '[diag] %s\n' "$*" >&2; }

capture_system() {
  uname -a            > "$OUT/uname.txt"
  df -h               > "$OUT/disk.txt"
  free -m             > "$OUT/memory.txt" 2>/dev/null || true
  docker version      > "$OUT/docker-version.txt" 2>&1 || true
  docker ps -a        > "$OUT/containers.txt" 2>&1 || true
}

capture_logs() {
  for c in $(docker ps -aq --filter "label=com.acme.itest=1"); do
    name=$(docker inspect -f '{{.Name}}' "$c" | tr -d /)
    docker logs --tail 2000 "$c" > "$OUT/container-$name.log" 2>&1 || true
  done
  cp -r build/test-results "$OUT/" 2>/dev/null || true
}

log "collecting diagnostics into $OUT"
capture_system
capture_logs
tar -C "$OUT" -czf "${CI_PROJECT_DIR:-.}/diagnostics.tgz" .
log "done: diagnostics.tgz ($(du -h "${CI_PROJECT_DIR:-.}/diagnostics.tgz" | cut -f1))"
