from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.security import CurrentTenant, current_tenant

router = APIRouter(prefix="/orders", tags=["orders"])

ORDER_COLUMNS = "id, reference, status, total_cents, currency, created_at"
MAX_BULK = 200


class OrderOut(BaseModel):
    id: int
    reference: str
    status: str
    total_cents: int
    currency: str
    created_at: datetime


@router.get("/", response_model=list[OrderOut])
async def get_orders(
    ids: list[str] = Query(..., alias="id"),
    tenant: CurrentTenant = Depends(current_tenant),
    session: AsyncSession = Depends(get_session),
):
    if len(ids) > MAX_BULK:
        raise HTTPException(422, f"at most {MAX_BULK} ids per request")
    params = {f"id_{n}": value for n, value in enumerate(ids)}
    in_list = ", ".join(f":{name}" for name in params)
    result = await session.execute(
        text(
            f"SELECT {ORDER_COLUMNS} FROM orders "
            f"WHERE tenant_id = :tenant AND CAST(id AS TEXT) IN ({in_list}) "
            "ORDER BY created_at DESC"
        ),
        {"tenant": tenant.id, **params},
    )
    return [OrderOut(**row) for row in result.mappings()]


@router.get("/{order_id}", response_model=OrderOut)
async def get_order(
    order_id: int,
    tenant: CurrentTenant = Depends(current_tenant),
    session: AsyncSession = Depends(get_session),
):
    result = await session.execute(
        text(f"SELECT {ORDER_COLUMNS} FROM orders WHERE tenant_id = :tenant AND id = :id"),
        {"tenant": tenant.id, "id": order_id},
    )
    row = result.mappings().first()
    if row is None:
        raise HTTPException(404, "order not found")
    return OrderOut(**row)
