from __future__ import annotations

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


@router.get("", response_model=list[SiteOut], dependencies=[Depends(require_scope("sites:read"))])
async def list_sites(
    session: Annotated[AsyncSession, Depends(get_session)],
    ids: Annotated[str | None, Query(description="comma separated site ids")] = None,
    status: Annotated[str | None, Query(pattern="^(active|paused|retired)$")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[Site]:
    stmt = select(Site).order_by(Site.name).limit(limit)
    id_list = parse_ids(ids)
    if id_list:
        stmt = stmt.where(Site.id.in_(id_list))
    if status:
        stmt = stmt.where(Site.status == status)
    result = await session.execute(stmt)
    return list(result.scalars())