"""Typed settings loaded from the process environment."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field


class SettingsError(ValueError):
    pass


def _env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise SettingsError(f"{name} is required")
    return value


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _env_json(name: str, default, expected_type):
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SettingsError(f"{name} is not valid JSON: {exc}") from None
    if not isinstance(value, expected_type):
        raise SettingsError(f"{name} must be a {expected_type.__name__}")
    return value


@dataclass(frozen=True)
class Settings:
    database_url: str
    debug: bool = False
    allowed_origins: tuple[str, ...] = ()
    worker_queues: tuple[str, ...] = ("default",)
    rate_limits: dict = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            database_url=_env("DATABASE_URL"),
            debug=_env_bool("APP_DEBUG"),
            allowed_origins=tuple(_env_json("ALLOWED_ORIGINS", [], list)),
            worker_queues=tuple(_env_json("WORKER_QUEUES", ["default"], list)),
            rate_limits=_env_json("RATE_LIMITS", {}, dict),
        )


settings = Settings.from_env()