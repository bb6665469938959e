#!/usr/bin/env bash
# Run a maintenance command for a service on every host in a pool.
#   ./pool-exec.sh <pool> <service> <command> [args...]
set -euo pipefail

pool="$1"; shift
service="$1"; shift

hosts_file="inventory/${pool}.txt"
[[ -f "$hosts_file" ]] || { echo "unknown pool: $pool" >&2; exit 1; }

while read -r host; do
  [[ -z "$host" || "$host" == \#* ]] && continue
  echo "==> $host"
  ssh -o BatchMode=yes "deploy@${host}" "cd /srv/${service} && $*"
done < "$hosts_file"