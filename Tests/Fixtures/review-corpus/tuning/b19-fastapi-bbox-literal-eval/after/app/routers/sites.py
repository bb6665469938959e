from __future__ import annotations

import ast
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.models import Site
from app.security import require_scope

router = APIRouter(prefix="/sites", tags=["sites"])


class SiteOut(BaseModel):
    id: int
    name: str
    latitude: float
    longitude: float
    status: str

    model_config = {"from_attributes": True}


def parse_ids(raw: str | None) -> list[int] | None:
    if not raw:
        return None
    try:
        return [int(part) for part in raw.split(",") if part.strip()]
    except ValueError as exc:
        raise HTTPException(422, "ids must be a comma separated list of integers") from exc


def parse_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    """Accept "(min_lon, min_lat, max_lon, max_lat)" as sent by the legacy QGIS plugin."""
    if not raw:
        return None
    if len(raw) > 120:
        raise HTTPException(422, "bbox is too long")
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError) as exc:
        raise HTTPException(422, "bbox must be a tuple of four numbers") from exc
    if (
        not isinstance(value, (tuple, list))
        or len(value) != 4
        or not all(isinstance(v, (int, float)) for v in value)
    ):
        raise HTTPException(422, "bbox must be a tuple of four numbers")
    min_lon, min_lat, max_lon, max_lat = (float(v) for v in value)
    return min_lon, min_lat, max_lon, max_lat


@router.get("", response_model=list[SiteOut], dependencies=[Depends(require_scope("sites:read"))])
async def list_sites(
    session: Annotated[AsyncSession, Depends(get_session)],
    ids: Annotated[str | None, Query(description="comma separated site ids")] = None,
    status: Annotated[str | None, Query(pattern="^(active|paused|retired)$")] = None,
    bbox: Annotated[str | None, Query(description="(min_lon, min_lat, max_lon, max_lat)")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[Site]:
    stmt = select(Site).order_by(Site.name).limit(limit)
    id_list = parse_ids(ids)
    if id_list:
        stmt = stmt.where(Site.id.in_(id_list))
    if status:
        stmt = stmt.where(Site.status == status)
    box = parse_bbox(bbox)
    if box:
        min_lon, min_lat, max_lon, max_lat = box
        stmt = stmt.where(
            Site.longitude.between(min_lon, max_lon),
            Site.latitude.between(min_lat, max_lat),
        )
    result = await session.execute(stmt)
    return list(result.scalars())