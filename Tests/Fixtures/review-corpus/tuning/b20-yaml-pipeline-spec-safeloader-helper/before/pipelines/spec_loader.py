"""Parses user-submitted pipeline specs (uploaded through the web UI or the CLI)."""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import yaml

MAX_SPEC_BYTES = 256 * 1024
KNOWN_STEP_TYPES = {"shell", "docker", "approval", "notify"}


class SpecError(ValueError):
    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message if line is None else f"line {line}: {message}")
        self.line = line


@dataclass
class Step:
    name: str
    type: str
    with_: dict[str, Any] = field(default_factory=dict)
    needs: list[str] = field(default_factory=list)


@dataclass
class PipelineSpec:
    name: str
    steps: list[Step]
    env: dict[str, str] = field(default_factory=dict)


def parse_spec(raw: bytes) -> PipelineSpec:
    if len(raw) > MAX_SPEC_BYTES:
        raise SpecError("spec is larger than 256 KiB")
    try:
        doc = yaml.safe_load(io.BytesIO(raw))
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise SpecError(exc.problem or "invalid YAML", line=line) from None
    except yaml.YAMLError as exc:
        raise SpecError(str(exc)) from None
    return _build(doc)


def _build(doc: Any) -> PipelineSpec:
    if not isinstance(doc, dict):
        raise SpecError("top level must be a mapping")
    name = doc.get("name")
    if not isinstance(name, str) or not name:
        raise SpecError("'name' is required")
    raw_steps = doc.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise SpecError("'steps' must be a non-empty list")

    steps: list[Step] = []
    seen: set[str] = set()
    for i, item in enumerate(raw_steps):
        if not isinstance(item, dict):
            raise SpecError(f"step {i} must be a mapping")
        step_type = item.get("type", "shell")
        if step_type not in KNOWN_STEP_TYPES:
            raise SpecError(f"step {i}: unknown type {step_type!r}")
        step_name = str(item.get("name") or f"step-{i}")
        if step_name in seen:
            raise SpecError(f"duplicate step name {step_name!r}")
        seen.add(step_name)
        needs = [str(n) for n in item.get("needs", [])]
        unknown = [n for n in needs if n not in seen]
        if unknown:
            raise SpecError(f"step {step_name!r} needs unknown steps {unknown}")
        steps.append(Step(name=step_name, type=step_type, with_=dict(item.get("with") or {}), needs=needs))

    env = {str(k): str(v) for k, v in (doc.get("env") or {}).items()}
    return PipelineSpec(name=name, steps=steps, env=env)
