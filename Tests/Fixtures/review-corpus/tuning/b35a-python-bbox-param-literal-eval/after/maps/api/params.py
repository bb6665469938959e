"""Query-string parsing helpers shared by the tile and feature endpoints.

Older mobile clients send the bounding box as a Python/JSON-ish tuple
(``bbox=(5.95, 45.81, 10.49, 47.80)``) while the web app sends
``bbox=5.95,45.81,10.49,47.80``. Both forms are accepted here.
"""
import ast
import math
from typing import NamedTuple

MAX_PARAM_LEN = 128


class BBox(NamedTuple):
    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float


class ParamError(ValueError):
    pass


def _as_float(value) -> float:
    # bool is a subclass of int; reject it explicitly
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ParamError("bbox values must be numbers")
    f = float(value)
    if not math.isfinite(f):
        raise ParamError("bbox values must be finite")
    return f


def parse_bbox(raw: str | None) -> BBox | None:
    if raw is None or raw.strip() == "":
        return None
    raw = raw.strip()
    if len(raw) > MAX_PARAM_LEN:
        raise ParamError("bbox is too long")

    if raw[0] in "([":
        # literal_eval only accepts Python literals (numbers, tuples, lists, ...);
        # names, calls and attribute access raise ValueError.
        try:
            value = ast.literal_eval(raw)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            raise ParamError("bbox is not a valid tuple") from None
        if not isinstance(value, (tuple, list)):
            raise ParamError("bbox must be a tuple of four numbers")
        parts = list(value)
    else:
        try:
            parts = [float(p) for p in raw.split(",")]
        except ValueError:
            raise ParamError("bbox must be four comma-separated numbers") from None

    if len(parts) != 4:
        raise ParamError("bbox must have exactly four values")
    bbox = BBox(*(_as_float(p) for p in parts))

    if not (-180 <= bbox.min_lon <= 180 and -180 <= bbox.max_lon <= 180):
        raise ParamError("longitude out of range")
    if not (-90 <= bbox.min_lat <= 90 and -90 <= bbox.max_lat <= 90):
        raise ParamError("latitude out of range")
    if bbox.min_lon >= bbox.max_lon or bbox.min_lat >= bbox.max_lat:
        raise ParamError("bbox min must be below max")
    return bbox
