from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from app.auth import current_account

router = APIRouter(prefix="/invoices")
INVOICE_DIR = Path("/var/lib/billing/invoices").resolve()


@router.get("/{filename}")
def download_invoice(filename: str, account=Depends(current_account)):
    raise HTTPException(status_code=501)