#!/usr/bin/env bash
# Called by adnanh/webhook for GitHub pull_request events (see deploy/hooks/hooks.json).
# Arguments are pass-arguments-to-command values from the payload:
#   $1 action   $2 pull_request.number   $3 pull_request.head.ref   $4 pull_request.head.sha
set -euo pipefail

ACTION="${1:?action}"
PR="${2:?pr number}"
HEAD_REF="${3:?head ref}"
HEAD_SHA="${4:?head sha}"

PREVIEW_HOST="${PREVIEW_HOST:-preview-01.int.example.net}"
PREVIEW_ROOT="/srv/previews"
LOG_FILE="/var/log/pr-preview/hook.log"
SSH=(ssh -o BatchMode=yes -o ConnectTimeout=10 "deploy@${PREVIEW_HOST}")

log() {
  printf '%s [pr-%s] %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$PR" "$*" >>"$LOG_FILE"
}

[[ "$PR" =~ ^[0-9]+$ ]] || { log "bad pr number"; exit 64; }
[[ "$HEAD_SHA" =~ ^[0-9a-f]{40}$ ]] || { log "bad sha"; exit 64; }
# Branch names may contain anything git allows (QA uses non-ASCII names), so only
# guard against absurd lengths here.
if (( ${#HEAD_REF} > 200 )); then
  log "ref too long, skipping preview"
  exit 0
fi

TARGET="${PREVIEW_ROOT}/pr-${PR}"
PROJECT="pr${PR}"

deploy() {
  log "deploying ${HEAD_REF} @ ${HEAD_SHA}"
  "${SSH[@]}" bash -s -- "$TARGET" "$HEAD_SHA" "$PROJECT" <<'REMOTE'
set -euo pipefail
target="$1"; sha="$2"; project="$3"
mkdir -p "$target"
cd "$target"
[ -d .git ] || git clone -q --no-checkout git@github.com:example-org/storefront.git .
git fetch -q origin "$sha"
git checkout -q --force "$sha"
docker compose -p "$project" -f deploy/preview/compose.yml up -d --build --remove-orphans
REMOTE
  # Banner in the preview header so QA can see which branch they are looking at.
  "${SSH[@]}" "printf 'PREVIEW_BRANCH=%s\nPREVIEW_SHA=%s\n' \"${HEAD_REF}\" ${HEAD_SHA} > ${TARGET}/.preview.env \
    && docker compose -p ${PROJECT} -f ${TARGET}/deploy/preview/compose.yml restart web"
}

teardown() {
  log "tearing down"
  "${SSH[@]}" bash -s -- "$TARGET" "$PROJECT" <<'REMOTE'
set -euo pipefail
target="$1"; project="$2"
if [ -d "$target" ]; then
  docker compose -p "$project" -f "$target/deploy/preview/compose.yml" down -v --remove-orphans || true
  rm -rf -- "$target"
fi
REMOTE
}

case "$ACTION" in
  opened|reopened|synchronize) deploy ;;
  closed) teardown ;;
  *) log "ignoring action ${ACTION}" ;;
esac
