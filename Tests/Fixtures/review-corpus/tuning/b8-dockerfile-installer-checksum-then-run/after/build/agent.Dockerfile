FROM ubuntu:24.04

ARG UV_VERSION=0.4.18
ARG UV_INSTALLER_SHA256=5e3d07cb1a1bb0c8b1d6ea1d0c4d8b0f3e6a2d9c5f1b7e4a0c3d6f9b2e8a1c47

RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /tmp/uv-install.sh "https://astral.sh/uv/${UV_VERSION}/install.sh" \
    && echo "${UV_INSTALLER_SHA256}  /tmp/uv-install.sh" | sha256sum -c - \
    && sh /tmp/uv-install.sh \
    && rm /tmp/uv-install.sh

WORKDIR /workspace
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev