import ast
from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException

from app.deps import get_db, require_analyst
from app.segments import Segment, count_matching

router = APIRouter(prefix="/segments", tags=["segments"])


def parse_values(raw: str) -> list[Any]:
    """Accepts '["DE", "FR"]' or '(1, 2, 3)' as typed in the segment builder."""
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        raise HTTPException(status_code=422, detail="values must be a literal list")
    if not isinstance(value, (list, tuple)) or len(value) > 500:
        raise HTTPException(status_code=422, detail="values must be a list of at most 500 items")
    return list(value)


@router.post("/{segment_id}/preview")
def preview(segment_id: int, db=Depends(get_db), user=Depends(require_analyst)):
    segment = db.get(Segment, segment_id)
    if segment is None:
        raise HTTPException(status_code=404)
    return {"matching": count_matching(db, segment.field, parse_values(segment.values_raw))}


@router.get("/fields")
def fields(user=Depends(require_analyst)):
    return {"fields": sorted(Segment.FILTERABLE_FIELDS)}