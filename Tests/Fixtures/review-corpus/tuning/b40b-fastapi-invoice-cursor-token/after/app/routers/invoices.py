import base64
import binascii
import pickle
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import select, tuple_
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
    next_cursor: str | None
    limit: int


def encode_cursor(issued_at: datetime, invoice_id: int) -> str:
    # Opaque to clients: they just echo it back as ?cursor=...
    return base64.urlsafe_b64encode(pickle.dumps((issued_at, invoice_id))).decode()


def decode_cursor(token: str) -> tuple[datetime, int]:
    try:
        return pickle.loads(base64.urlsafe_b64decode(token.encode()))
    except (binascii.Error, pickle.UnpicklingError, ValueError) as exc:
        raise HTTPException(status_code=400, detail="invalid cursor") from exc


@router.get("", response_model=InvoicePage)
async def list_invoices(
    account: Annotated[CurrentAccount, Depends(current_account)],
    session: Annotated[AsyncSession, Depends(get_session)],
    cursor: Annotated[str | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> InvoicePage:
    stmt = (
        select(Invoice)
        .where(Invoice.account_id == account.id)
        .order_by(Invoice.issued_at.desc(), Invoice.id.desc())
        .limit(limit)
    )
    if cursor:
        after_ts, after_id = decode_cursor(cursor)
        stmt = stmt.where(tuple_(Invoice.issued_at, Invoice.id) < tuple_(after_ts, after_id))
    rows = (await session.scalars(stmt)).all()
    next_cursor = encode_cursor(rows[-1].issued_at, rows[-1].id) if len(rows) == limit else None
    return InvoicePage(
        items=[InvoiceOut.model_validate(r, from_attributes=True) for r in rows],
        next_cursor=next_cursor,
        limit=limit,
    )
