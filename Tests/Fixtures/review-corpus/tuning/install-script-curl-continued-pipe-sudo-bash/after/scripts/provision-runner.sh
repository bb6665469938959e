#!/usr/bin/env bash
set -euo pipefail

RUNNER_USER=${RUNNER_USER:-ci}
apt-get update -qq
apt-get install -y -qq git jq unzip
curl -fsSL https://packages.cloud-tools.dev/install.sh \
  | sudo bash -s -- --channel stable --no-prompt
id "$RUNNER_USER" >/dev/null 2>&1 || useradd -m "$RUNNER_USER"
echo "runner ready"