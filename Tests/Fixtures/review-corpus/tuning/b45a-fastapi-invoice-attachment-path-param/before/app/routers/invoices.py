from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from app.auth import current_account
from app.config import settings
from app.models import Account

router = APIRouter(prefix="/invoices", tags=["invoices"])

INVOICE_ROOT = Path(settings.invoice_storage_dir)


@router.get("/{invoice_id}/pdf")
async def invoice_pdf(invoice_id: int, account: Account = Depends(current_account)):
    invoice = await account.get_invoice(invoice_id)
    if invoice is None:
        raise HTTPException(status_code=404)
    pdf_path = INVOICE_ROOT / str(account.id) / f"{invoice.number}.pdf"
    if not pdf_path.exists():
        raise HTTPException(status_code=404)
    return FileResponse(pdf_path, media_type="application/pdf")
