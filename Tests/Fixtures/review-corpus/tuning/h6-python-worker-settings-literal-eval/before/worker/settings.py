import os
from dataclasses import dataclass


@dataclass(frozen=True)
class WorkerSettings:
    concurrency: int
    queues: tuple
    retry_backoff: list
    feature_flags: dict


def _env(name, default):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return eval(value)


def load_settings() -> WorkerSettings:
    return WorkerSettings(
        concurrency=int(os.environ.get("WORKER_CONCURRENCY", "4")),
        queues=tuple(_env("WORKER_QUEUES", ("default",))),
        retry_backoff=list(_env("WORKER_RETRY_BACKOFF", [1, 5, 30])),
        feature_flags=dict(_env("WORKER_FEATURE_FLAGS", {})),
    )
