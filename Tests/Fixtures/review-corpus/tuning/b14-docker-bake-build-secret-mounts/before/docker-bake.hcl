variable "REGISTRY" {
  default = "ghcr.io/acme"
}

variable "TAG" {
  default = "dev"
}

group "default" {
  targets = ["api", "worker"]
}

target "_common" {
  platforms = ["linux/amd64", "linux/arm64"]
  labels = {
    "org.opencontainers.image.source" = "https://github.com/acme/fulfilment"
  }
  cache-from = ["type=registry,ref=${REGISTRY}/fulfilment-cache"]
  cache-to   = ["type=registry,ref=${REGISTRY}/fulfilment-cache,mode=max"]
}

target "api" {
  inherits   = ["_common"]
  context    = "."
  dockerfile = "services/api/Dockerfile"
  tags       = ["${REGISTRY}/fulfilment-api:${TAG}"]
}

target "worker" {
  inherits   = ["_common"]
  context    = "."
  dockerfile = "services/worker/Dockerfile"
  tags       = ["${REGISTRY}/fulfilment-worker:${TAG}"]
}