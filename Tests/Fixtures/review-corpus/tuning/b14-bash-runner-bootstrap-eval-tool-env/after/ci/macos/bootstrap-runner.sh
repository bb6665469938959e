#!/usr/bin/env bash
# Bootstrap a macOS self-hosted runner after a reimage. Run as the runner user.
set -euo pipefail

log() { printf '[bootstrap] %s\n' "$*"; }

# Homebrew prints the PATH/MANPATH exports for this machine; eval is the documented way to load them.
if [[ -x /opt/homebrew/bin/brew ]]; then
  eval "$(/opt/homebrew/bin/brew shellenv)"
fi

log "installing toolchain"
brew bundle --file="$(dirname "$0")/Brewfile" --no-lock

# Load the per-project toolchain versions pinned in .tool-versions
eval "$(mise activate bash --shims)"
mise install --yes

# Start an agent for this session and add the deploy key from the keychain
eval "$(ssh-agent -s)" >/dev/null
ssh-add --apple-use-keychain "$HOME/.ssh/id_ed25519_deploy"

runner_labels=(--labels "macos,arm64,xcode-$(xcodebuild -version | awk 'NR==1{print $2}')")
runner_args=(--unattended --replace --name "$(scutil --get LocalHostName)" "${runner_labels[@]}")

log "registering runner"
cd "$HOME/actions-runner"
./config.sh --url "https://github.com/acme-mobile" --token "$(cat "$HOME/.runner-registration-token")" "${runner_args[@]}"
rm -f "$HOME/.runner-registration-token"
./svc.sh install && ./svc.sh start
log "done"