#!/usr/bin/env bash
# Nightly cleanup for the app servers (cron: 15 3 * * *  app  /srv/app/ops/maintenance/prune-app-files.sh)
set -euo pipefail

# shellcheck source=/dev/null
[[ -r /etc/default/app-maintenance ]] && source /etc/default/app-maintenance

APP_ROOT="${APP_ROOT:-/srv/app}"
TMP_DIR="${TMP_DIR:-$APP_ROOT/var/tmp}"
LOG_DIR="${LOG_DIR:-$APP_ROOT/var/log}"
STAGING_DIR="${STAGING_DIR:-$APP_ROOT/var/import-staging}"
TMP_MAX_AGE_DAYS="${TMP_MAX_AGE_DAYS:-2}"
LOG_MAX_AGE_DAYS="${LOG_MAX_AGE_DAYS:-30}"
STAGING_MAX_AGE_DAYS="${STAGING_MAX_AGE_DAYS:-7}"

log() { logger -t prune-app-files -- "$*"; }

prune_tmp() {
  local count
  count=$(find "$TMP_DIR" -xdev -type f -mtime +"$TMP_MAX_AGE_DAYS" -print -delete | wc -l)
  log "removed ${count} temp files older than ${TMP_MAX_AGE_DAYS}d from ${TMP_DIR}"
}

# Each bulk import unpacks into its own directory under STAGING_DIR; failed imports leave them behind.
prune_staging() {
  local real dir removed=0
  real="$(realpath -e -- "${STAGING_DIR:?}")" || return 0
  case "$real" in
    "$APP_ROOT"/var/?*) ;;
    *) log "refusing to prune staging dir outside ${APP_ROOT}/var: ${real}"; return 1 ;;
  esac
  while IFS= read -r -d '' dir; do
    rm -rf -- "${dir:?}"
    removed=$((removed + 1))
  done < <(find "$real" -mindepth 1 -maxdepth 1 -type d -mtime +"$STAGING_MAX_AGE_DAYS" -print0)
  log "removed ${removed} stale import staging dirs from ${real}"
}

compress_logs() {
  find "$LOG_DIR" -xdev -type f -name '*.log.[0-9]*' ! -name '*.gz' -mtime +1 -exec gzip -9 -- {} +
}

prune_logs() {
  local count
  count=$(find "$LOG_DIR" -xdev -type f -name '*.gz' -mtime +"$LOG_MAX_AGE_DAYS" -print -delete | wc -l)
  log "removed ${count} compressed logs older than ${LOG_MAX_AGE_DAYS}d"
}

main() {
  prune_tmp
  prune_staging
  compress_logs
  prune_logs
  df -h "$APP_ROOT" | tail -n 1 | while read -r _ size used avail pct _; do
    log "disk after cleanup: ${used}/${size} used (${pct}), ${avail} free"
  done
}

main "$@"
