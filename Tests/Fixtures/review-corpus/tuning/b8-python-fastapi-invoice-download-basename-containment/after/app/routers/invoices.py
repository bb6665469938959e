from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from app.auth import current_account

router = APIRouter(prefix="/invoices")
INVOICE_DIR = Path("/var/lib/billing/invoices").resolve()


@router.get("/{filename}")
def download_invoice(filename: str, account=Depends(current_account)):
    candidate = (INVOICE_DIR / str(account.id) / Path(filename).name).resolve()
    if not candidate.is_relative_to(INVOICE_DIR / str(account.id)) or candidate.suffix != ".pdf":
        raise HTTPException(status_code=404)
    if not candidate.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(candidate, media_type="application/pdf", filename=candidate.name)