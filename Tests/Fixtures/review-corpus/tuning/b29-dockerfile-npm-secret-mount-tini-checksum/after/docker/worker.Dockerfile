# syntax=docker/dockerfile:1.7
# Background worker image (queues: emails, webhooks, exports).

ARG NODE_IMAGE=node:20.15-bookworm-slim

# @parcelwise/* packages come from the private GitHub registry. The .npmrc with
# the token is mounted per RUN as a BuildKit secret and never lands in a layer:
#   docker build --secret id=npmrc,src=$HOME/.npmrc -f docker/worker.Dockerfile .
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required=true \
    npm ci --omit=dev --ignore-scripts

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required=true \
    npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ARG GIT_SHA=unknown
LABEL org.opencontainers.image.source="https://github.com/parcelwise/worker" \
      org.opencontainers.image.revision="${GIT_SHA}"

ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*

# tini as PID 1 so SIGTERM reaches the worker and zombies get reaped.
ADD --chmod=0755 \
    --checksum=sha256:b6ccd95c6ebfdb5fc65a512d46b670a2d3d0ee4043b349c9b26ce2a2e91c2a5f \
    https://github.com/krallin/tini/releases/download/v0.19.0/tini-static-amd64 /usr/local/bin/tini

WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./

USER node

HEALTHCHECK --interval=30s --timeout=5s --start-period=15s \
  CMD ["node", "dist/healthcheck.js"]

ENTRYPOINT ["/usr/local/bin/tini", "--"]
CMD ["node", "dist/worker.js"]
