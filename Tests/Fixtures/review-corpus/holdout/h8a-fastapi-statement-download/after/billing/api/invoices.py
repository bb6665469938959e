from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session

from billing.db import get_session
from billing.deps import require_customer
from billing.models import Invoice

INVOICE_DIR = Path("/srv/billing/invoices")
STATEMENT_DIR = Path("/srv/billing/statements")

router = APIRouter()


@router.get("/invoices/{invoice_id}/pdf")
def download_invoice(
    invoice_id: int,
    customer=Depends(require_customer),
    db: Session = Depends(get_session),
):
    invoice = db.get(Invoice, invoice_id)
    if invoice is None or invoice.customer_id != customer.id:
        raise HTTPException(status_code=404)
    return FileResponse(
        INVOICE_DIR / invoice.pdf_name,
        media_type="application/pdf",
        filename=f"invoice-{invoice.number}.pdf",
    )


@router.get("/statements/{name:path}")
def download_statement(name: str, customer=Depends(require_customer)):
    # statements are written as <customer_id>/<yyyy-mm>.pdf by the nightly job
    path = STATEMENT_DIR / name
    if not path.exists():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="application/pdf")
