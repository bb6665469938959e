from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.security import CurrentTenant, current_tenant

router = APIRouter(prefix="/orders", tags=["orders"])

ORDER_COLUMNS = "id, reference, status, total_cents, currency, created_at"


class OrderOut(BaseModel):
    id: int
    reference: str
    status: str
    total_cents: int
    currency: str
    created_at: datetime


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
