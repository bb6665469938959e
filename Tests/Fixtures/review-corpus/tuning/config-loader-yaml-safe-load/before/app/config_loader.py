import json
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    listen_addr: str
    workers: int
    upstreams: list[str]


DEFAULTS = {"listen_addr": "0.0.0.0:8000", "workers": 4, "upstreams": []}


def load_settings(path: str | None = None) -> Settings:
    path = path or os.environ.get("APP_CONFIG", "config/app.json")
    raw = Path(path).read_text(encoding="utf-8")
    data = json.loads(raw)
    merged = {**DEFAULTS, **data}
    return Settings(**merged)
