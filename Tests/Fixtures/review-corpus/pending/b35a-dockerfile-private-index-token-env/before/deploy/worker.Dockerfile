# syntax=docker/dockerfile:1.6
ARG PYTHON_VERSION=3.12

FROM python:${PYTHON_VERSION}-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential libpq-dev \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY requirements/base.txt requirements/worker.txt ./requirements/
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install -r requirements/worker.txt

COPY . .
RUN /opt/venv/bin/pip install --no-deps .


FROM python:${PYTHON_VERSION}-slim AS runtime

RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 tini \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home /app app

COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1

WORKDIR /app
USER app

ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["celery", "-A", "ledger.worker", "worker", "--loglevel=INFO", "--concurrency=4"]
