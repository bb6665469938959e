# syntax=docker/dockerfile:1.6

ARG GO_VERSION=1.22.3

FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src

ENV CGO_ENABLED=0 GOFLAGS=-trimpath

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download

COPY cmd ./cmd
COPY internal ./internal
COPY migrations ./migrations

RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -ldflags="-s -w" -o /out/inventory-api ./cmd/inventory-api

# golang-migrate CLI, used by the init container to apply migrations.
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go install -tags 'postgres' github.com/golang-migrate/migrate/v4/cmd/migrate@v4.17.1 \
 && cp /go/bin/migrate /out/migrate

FROM gcr.io/distroless/static-debian12:nonroot
ARG VERSION=dev
LABEL org.opencontainers.image.title="inventory-api" \
      org.opencontainers.image.source="https://github.com/stockwise/inventory" \
      org.opencontainers.image.version="${VERSION}"
WORKDIR /app

COPY --from=build /out/inventory-api /app/inventory-api
COPY --from=build /out/migrate /app/migrate
COPY --from=build /src/migrations /app/migrations

USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/app/inventory-api"]
