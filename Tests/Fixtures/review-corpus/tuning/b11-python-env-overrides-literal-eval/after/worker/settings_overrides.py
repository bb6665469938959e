"""Apply WORKER__* environment variables on top of the default settings.

WORKER__CONCURRENCY=8           -> settings["concurrency"] = 8
WORKER__QUEUES="['high', 'low']" -> settings["queues"] = ["high", "low"]
WORKER__DEBUG=True              -> settings["debug"] = True
Values that are not Python literals are kept as plain strings.
"""
import ast
import logging
import os
from typing import Any, Mapping

PREFIX = "WORKER__"
log = logging.getLogger(__name__)


def parse_value(raw: str) -> Any:
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return raw


def apply_overrides(defaults: Mapping[str, Any], environ: Mapping[str, str] = os.environ) -> dict:
    settings = dict(defaults)
    for name, raw in environ.items():
        if not name.startswith(PREFIX):
            continue
        key = name[len(PREFIX):].lower()
        if key not in settings:
            log.warning("ignoring unknown override %s", name)
            continue
        value = parse_value(raw)
        expected = type(settings[key])
        if settings[key] is not None and not isinstance(value, expected):
            raise TypeError(f"{name}: expected {expected.__name__}, got {type(value).__name__}")
        settings[key] = value
    return settings