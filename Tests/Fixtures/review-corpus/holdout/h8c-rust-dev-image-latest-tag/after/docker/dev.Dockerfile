# Dev image for `docker compose up`: rebuilds and restarts the API on save.
# Not used for release builds (see docker/release.Dockerfile).
# Track stable so this matches what rustup gives everyone locally.
FROM rust:latest

RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq-dev pkg-config \
 && rm -rf /var/lib/apt/lists/*

RUN cargo install cargo-watch --locked --version 8.5.2
RUN cargo install sqlx-cli --locked --no-default-features --features rustls,postgres

WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs && cargo fetch

ENV RUST_LOG=debug
EXPOSE 3000
CMD ["cargo", "watch", "-x", "run"]
