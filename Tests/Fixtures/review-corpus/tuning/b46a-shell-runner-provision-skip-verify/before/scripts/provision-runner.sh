#!/usr/bin/env bash
set -euo pipefail

RUNNER_VERSION="${RUNNER_VERSION:-2.317.0}"
RUNNER_HOME="/opt/actions-runner"
METRICS_AGENT_URL="https://packages.internal.corvid.dev/agent/install.sh"

log() { printf '[provision] %s\n' "$*" >&2; }

log "installing base packages"
apt-get update -qq
apt-get install -y -qq curl jq ca-certificates git

log "installing metrics agent"
curl -fsSL "$METRICS_AGENT_URL" -o /tmp/agent-install.sh
bash /tmp/agent-install.sh --tags "role:ci-runner"

log "fetching runner ${RUNNER_VERSION}"
mkdir -p "$RUNNER_HOME"
cd "$RUNNER_HOME"
curl -fsSL -o runner.tgz \
  "https://github.com/actions/runner/releases/download/v${RUNNER_VERSION}/actions-runner-linux-x64-${RUNNER_VERSION}.tar.gz"
tar xzf runner.tgz
rm runner.tgz

log "done"
