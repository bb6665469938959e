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

ARG KUBECTL_VERSION=1.29.4
ARG KUBECTL_SHA256=a09191cf64fd5e09172dba9d0683a8d05aa2fadd18363bcf0b2444052ae4e745
ARG HELM_VERSION=3.14.4
ARG HELM_SHA256=8fae9da9ad59cb6f3defa43db9ec60d25f45eaca5518a6f4f5179b68ac4a6018

RUN curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/linux/amd64/kubectl" \
 && echo "${KUBECTL_SHA256}  /usr/local/bin/kubectl" | sha256sum -c - \
 && chmod 0755 /usr/local/bin/kubectl

RUN curl -fsSLo /tmp/helm.tgz "https://get.helm.sh/helm-v${HELM_VERSION}-linux-amd64.tar.gz" \
 && echo "${HELM_SHA256}  /tmp/helm.tgz" | sha256sum -c - \
 && tar -xzf /tmp/helm.tgz -C /usr/local/bin --strip-components=1 linux-amd64/helm \
 && rm /tmp/helm.tgz

RUN useradd --create-home --uid 1001 ci
USER ci
WORKDIR /home/ci
