# Image for the deploy jobs; published as ghcr.io/quillstack/ci-tools by .github/workflows/ci-tools.yml
FROM debian:bookworm-slim

ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      ca-certificates curl git jq openssh-client python3 python3-venv \
 && rm -rf /var/lib/apt/lists/*

RUN python3 -m venv /opt/awscli \
 && /opt/awscli/bin/pip install --no-cache-dir awscli==1.32.101 \
 && ln -s /opt/awscli/bin/aws /usr/local/bin/aws

RUN useradd --create-home --uid 1001 ci
USER ci
WORKDIR /home/ci
