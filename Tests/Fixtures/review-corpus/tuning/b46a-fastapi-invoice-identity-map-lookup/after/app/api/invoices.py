from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import CurrentUser, get_current_user
from app.db import get_session
from app.models import Invoice
from app.schemas import InvoiceOut

router = APIRouter(prefix="/invoices", tags=["invoices"])


@router.get("", response_model=list[InvoiceOut])
async def list_invoices(
    user: CurrentUser = Depends(get_current_user),
    db: AsyncSession = Depends(get_session),
):
    result = await db.scalars(
        select(Invoice).where(Invoice.org_id == user.org_id).order_by(Invoice.issued_at.desc())
    )
    return result.all()


@router.get("/{invoice_id}", response_model=InvoiceOut)
async def get_invoice(
    invoice_id: int,
    user: CurrentUser = Depends(get_current_user),
    db: AsyncSession = Depends(get_session),
):
    # session.get hits the identity map first, so opening an invoice from the list is free
    invoice = await db.get(Invoice, invoice_id)
    if invoice is None:
        raise HTTPException(status_code=404)
    return invoice
