from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import CurrentAccount, current_account
from app.db import get_session
from app.models import Invoice

router = APIRouter(prefix="/invoices", tags=["invoices"])


class InvoiceOut(BaseModel):
    id: int
    number: str
    issued_at: datetime
    total_cents: int
    currency: str


class InvoicePage(BaseModel):
    items: list[InvoiceOut]
    offset: int
    limit: int


@router.get("", response_model=InvoicePage)
async def list_invoices(
    account: Annotated[CurrentAccount, Depends(current_account)],
    session: Annotated[AsyncSession, Depends(get_session)],
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> InvoicePage:
    stmt = (
        select(Invoice)
        .where(Invoice.account_id == account.id)
        .order_by(Invoice.issued_at.desc(), Invoice.id.desc())
        .offset(offset)
        .limit(limit)
    )
    rows = (await session.scalars(stmt)).all()
    return InvoicePage(
        items=[InvoiceOut.model_validate(r, from_attributes=True) for r in rows],
        offset=offset,
        limit=limit,
    )
