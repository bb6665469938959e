#!/usr/bin/env bash
# Run a maintenance command for a service on every host in a pool.
#   ./pool-exec.sh <pool> <service> <command> [args...]
set -euo pipefail

pool="$1"; shift
service="$1"; shift

[[ "$service" =~ ^[a-z0-9-]+$ ]] || { echo "bad service name: $service" >&2; exit 1; }

hosts_file="inventory/${pool}.txt"
[[ -f "$hosts_file" ]] || { echo "unknown pool: $pool" >&2; exit 1; }

# ssh joins its arguments into one string for the remote shell, so quote
# every word with printf %q before sending it.
remote_cmd="cd $(printf '%q' "/srv/${service}") &&"
for word in "$@"; do
  remote_cmd+=" $(printf '%q' "$word")"
done

while read -r host; do
  [[ -z "$host" || "$host" == \#* ]] && continue
  echo "==> $host"
  ssh -o BatchMode=yes -n "deploy@${host}" "$remote_cmd"
done < "$hosts_file"