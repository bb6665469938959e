FROM node:20-bookworm-slim AS build

ARG SOPS_VERSION=3.8.1
ARG SOPS_SHA256=d6bf07fb61972127c9e0d622523124c2d81caf9f7971fb123228961021811697

WORKDIR /app

RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*

COPY package.json package-lock.json ./
RUN npm ci

COPY tsconfig.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim

ENV NODE_ENV=production
WORKDIR /app

COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./

USER node
EXPOSE 8080
CMD ["node", "dist/server.js"]