import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_CONFIG_DIR = Path(os.environ.get("PIPELINE_CONFIG_DIR", "/etc/pipelines"))


@dataclass(frozen=True)
class PipelineConfig:
    name: str
    schedule: str
    source: dict[str, Any]
    sink: dict[str, Any]
    retries: int = 3


class ConfigError(ValueError):
    pass


def _read(path: Path) -> dict[str, Any]:
    with path.open("r", encoding="utf-8") as fh:
        return json.load(fh)


def load_pipeline(name: str, config_dir: Path = DEFAULT_CONFIG_DIR) -> PipelineConfig:
    path = config_dir / f"{name}.json"
    if not path.is_file():
        raise ConfigError(f"no config for pipeline {name!r} in {config_dir}")
    raw = _read(path)
    missing = {"schedule", "source", "sink"} - raw.keys()
    if missing:
        raise ConfigError(f"{path}: missing keys {sorted(missing)}")
    return PipelineConfig(
        name=name,
        schedule=raw["schedule"],
        source=raw["source"],
        sink=raw["sink"],
        retries=int(raw.get("retries", 3)),
    )
