from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml



@dataclass
class QueueConfig:
    name: str
    concurrency: int = 4
    retry_delays: list[int] = field(default_factory=lambda: [10, 60, 300])


@dataclass
class WorkerConfig:
    broker_url: str
    queues: list[QueueConfig]


def load(path: str | os.PathLike | None = None) -> WorkerConfig:
    path = Path(path or os.environ.get("WORKER_CONFIG", "/etc/worker/config.yaml"))
    with path.open("rb") as fh:
        raw = yaml.safe_load(fh) or {}

    broker = os.environ.get("BROKER_URL") or raw.get("broker_url")
    if not broker:
        raise RuntimeError("broker_url is not configured")

    queues = [QueueConfig(**q) for q in raw.get("queues", [])]
    return WorkerConfig(broker_url=broker, queues=queues)