import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DEFAULT_CONFIG_DIR = Path(os.environ.get("PIPELINE_CONFIG_DIR", "/etc/pipelines"))
SUFFIXES = (".yaml", ".yml", ".json")


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
        if path.suffix in (".yaml", ".yml"):
            # SafeLoader: plain scalars, lists and mappings only; no !!python/object tags.
            data = yaml.load(fh, Loader=yaml.SafeLoader)
        else:
            data = json.load(fh)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: top level must be a mapping")
    return data


def _find(name: str, config_dir: Path) -> Path:
    for suffix in SUFFIXES:
        candidate = config_dir / f"{name}{suffix}"
        if candidate.is_file():
            return candidate
    raise ConfigError(f"no config for pipeline {name!r} in {config_dir}")


def load_pipeline(name: str, config_dir: Path = DEFAULT_CONFIG_DIR) -> PipelineConfig:
    path = _find(name, config_dir)
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
