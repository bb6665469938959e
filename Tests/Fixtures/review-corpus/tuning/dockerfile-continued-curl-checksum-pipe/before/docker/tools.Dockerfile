FROM debian:12-slim
ARG HELM_VERSION=3.15.4
ARG HELM_SHA256=11400fecfc07fd6f034863e4e0c4c4445594673fd2a129e701fa41f31170cfa9
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*
USER 65532
ENTRYPOINT ["helm"]