#!/usr/bin/env bash
# Smoke-test the gateway image's TLS listener in CI.
#
# Builds nothing: expects IMAGE to be the freshly built gateway image. Starts it
# on 127.0.0.1 with a throwaway self-signed certificate and checks that the
# HTTPS listener answers and redirects plain HTTP. The certificate is generated
# here and trusted by nobody, hence --insecure against localhost only.
set -euo pipefail

IMAGE="${IMAGE:?set IMAGE to the gateway image under test}"
HTTPS_PORT="${HTTPS_PORT:-18443}"
HTTP_PORT="${HTTP_PORT:-18080}"
NAME="gateway-smoke-$$"

workdir="$(mktemp -d)"
cleanup() {
  docker rm -f "$NAME" >/dev/null 2>&1 || true
  rm -rf "$workdir"
}
trap cleanup EXIT

openssl req -x509 -newkey rsa:2048 -nodes -days 1 \
  -subj "/CN=localhost" \
  -keyout "$workdir/tls.key" -out "$workdir/tls.crt" >/dev/null 2>&1

docker run -d --name "$NAME" \
  -p "127.0.0.1:${HTTPS_PORT}:8443" \
  -p "127.0.0.1:${HTTP_PORT}:8080" \
  -v "$workdir:/etc/gateway/tls:ro" \
  -e GATEWAY_TLS_CERT=/etc/gateway/tls/tls.crt \
  -e GATEWAY_TLS_KEY=/etc/gateway/tls/tls.key \
  "$IMAGE" >/dev/null

for i in $(seq 1 30); do
  if curl --silent --insecure --max-time 2 -o /dev/null "https://127.0.0.1:${HTTPS_PORT}/healthz"; then
    break
  fi
  if [ "$i" -eq 30 ]; then
    echo "gateway did not become healthy" >&2
    docker logs "$NAME" >&2 || true
    exit 1
  fi
  sleep 1
done

status="$(curl --silent --insecure --max-time 5 -o /dev/null -w '%{http_code}' "https://127.0.0.1:${HTTPS_PORT}/healthz")"
[ "$status" = "200" ] || { echo "expected 200 from /healthz, got $status" >&2; exit 1; }

redirect="$(curl --silent --max-time 5 -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:${HTTP_PORT}/healthz")"
case "$redirect" in
  "301 https://"*|"308 https://"*) ;;
  *) echo "expected HTTP->HTTPS redirect, got: $redirect" >&2; exit 1 ;;
esac

proto="$(curl --silent --insecure --max-time 5 -o /dev/null -w '%{http_version}' --http2 "https://127.0.0.1:${HTTPS_PORT}/healthz")"
echo "gateway TLS smoke test passed (HTTP/${proto})"
