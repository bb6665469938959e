from datetime import datetime
from enum import Enum
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from ..auth import CurrentUser, get_current_user
from ..db import get_session

router = APIRouter(prefix="/orders", tags=["orders"])


class OrderStatus(str, Enum):
    pending = "pending"
    paid = "paid"
    shipped = "shipped"
    cancelled = "cancelled"


class OrderRow(BaseModel):
    id: int
    number: str
    status: OrderStatus
    customer_email: str
    total_cents: int
    created_at: datetime


LIST_SQL = """
    SELECT o.id, o.number, o.status, c.email AS customer_email, o.total_cents, o.created_at
    FROM orders o
    JOIN customers c ON c.id = o.customer_id
    WHERE o.tenant_id = :tenant_id
      AND (:status IS NULL OR o.status = :status)
      AND (:q IS NULL OR c.email ILIKE :q OR o.number = :number)
    ORDER BY o.created_at DESC
    LIMIT :limit OFFSET :offset
"""


@router.get("", response_model=list[OrderRow])
async def list_orders(
    user: Annotated[CurrentUser, Depends(get_current_user)],
    session: Annotated[AsyncSession, Depends(get_session)],
    status: OrderStatus | None = None,
    q: Annotated[str | None, Query(max_length=120)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
):
    params = {
        "tenant_id": user.tenant_id,
        "status": status.value if status else None,
        "q": f"%{q}%" if q else None,
        "number": q,
        "limit": limit,
        "offset": offset,
    }
    result = await session.execute(text(LIST_SQL), params)
    return [OrderRow(**row) for row in result.mappings()]
