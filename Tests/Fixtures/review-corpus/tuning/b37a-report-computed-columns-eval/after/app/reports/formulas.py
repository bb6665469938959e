"""Computed columns for saved reports.

Users can add columns to a report definition such as

    {"name": "margin_pct", "formula": "round((revenue - cost) / revenue * 100, 1)"}

The definition is stored with the report (POST /reports, PATCH /reports/{id}) and evaluated for
each row when the report is rendered or exported.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable, Mapping

from fastapi import HTTPException, status

# Identifiers, numbers, arithmetic, comparisons and calls to the helpers below.
_FORMULA_RE = re.compile(r"^[\w\s\.\+\-\*/%\(\),<>=!]+$")
_MAX_FORMULA_LEN = 300

SAFE_FUNCTIONS: dict[str, Any] = {
    "abs": abs,
    "round": round,
    "min": min,
    "max": max,
    "sqrt": math.sqrt,
    "log": math.log,
    "Decimal": Decimal,
}


@dataclass(frozen=True)
class ComputedColumn:
    name: str
    formula: str

    @classmethod
    def from_definition(cls, raw: Mapping[str, Any]) -> "ComputedColumn":
        name = str(raw.get("name", "")).strip()
        formula = str(raw.get("formula", "")).strip()
        if not name.isidentifier():
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, f"invalid column name {name!r}")
        validate_formula(formula)
        return cls(name=name, formula=formula)


def validate_formula(formula: str) -> None:
    if not formula or len(formula) > _MAX_FORMULA_LEN:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "formula must be 1-300 characters")
    if not _FORMULA_RE.match(formula):
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "formula contains unsupported characters")
    if "import" in formula or "lambda" in formula:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "formula contains unsupported keywords")


def _evaluate(column: ComputedColumn, row: Mapping[str, Any]) -> Any:
    code = compile(column.formula, f"<formula:{column.name}>", "eval")
    namespace = {**SAFE_FUNCTIONS, **row}
    try:
        return eval(code, {"__builtins__": {}}, namespace)
    except ZeroDivisionError:
        return None
    except (TypeError, ValueError, NameError) as exc:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_ENTITY,
            f"column {column.name!r}: {exc}",
        ) from exc


def apply_computed_columns(
    rows: Iterable[dict[str, Any]],
    columns: list[ComputedColumn],
) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        enriched = dict(row)
        for column in columns:
            enriched[column.name] = _evaluate(column, enriched)
        out.append(enriched)
    return out
