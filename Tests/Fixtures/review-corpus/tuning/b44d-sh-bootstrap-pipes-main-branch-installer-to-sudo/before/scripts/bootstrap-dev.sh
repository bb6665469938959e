#!/usr/bin/env bash
# Sets up a developer laptop for the payments-api repo.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GO_VERSION="1.22.4"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

if [[ "$(uname -s)" == "Darwin" ]]; then
  log "Installing Homebrew packages"
  brew bundle --file="$REPO_ROOT/Brewfile"
else
  log "Installing apt packages"
  sudo apt-get update -y
  sudo apt-get install -y build-essential jq postgresql-client make
fi

if ! command -v go >/dev/null 2>&1 || [[ "$(go env GOVERSION)" != "go${GO_VERSION}" ]]; then
  log "Go ${GO_VERSION} missing; install it with your version manager (see docs/setup.md)"
  exit 1
fi

log "Installing Go tools"
go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.59.1
go install github.com/pressly/goose/v3/cmd/goose@v3.21.1

log "Copying default env"
[[ -f "$REPO_ROOT/.env" ]] || cp "$REPO_ROOT/.env.example" "$REPO_ROOT/.env"

log "Done. Run 'make run' to start the API."
