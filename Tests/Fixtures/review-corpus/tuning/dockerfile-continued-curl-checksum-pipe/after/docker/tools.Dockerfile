FROM debian:12-slim
ARG HELM_VERSION=3.15.4
ARG HELM_SHA256=11400fecfc07fd6f034863e4e0c4c4445594673fd2a129e701fa41f31170cfa9
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/helm.tgz "https://get.helm.sh/helm-v${HELM_VERSION}-linux-amd64.tar.gz" \
    && echo "${HELM_SHA256}  /tmp/helm.tgz" | sha256sum -c - \
    && tar -xzf /tmp/helm.tgz -C /usr/local/bin --strip-components=1 linux-amd64/helm \
    && rm /tmp/helm.tgz
USER 65532
ENTRYPOINT ["helm"]