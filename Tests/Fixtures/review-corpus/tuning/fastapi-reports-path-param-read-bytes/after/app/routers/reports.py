from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response

from app.auth import CurrentUser, get_current_user
from app.settings import settings

router = APIRouter(prefix="/reports", tags=["reports"])

REPORTS_DIR = Path(settings.reports_dir)


@router.get("/")
def list_reports(user: CurrentUser = Depends(get_current_user)):
    tenant_dir = REPORTS_DIR / str(user.tenant_id)
    if not tenant_dir.is_dir():
        return {"reports": []}
    return {"reports": sorted(p.name for p in tenant_dir.glob("*.pdf"))}


@router.get("/{name:path}")
def get_report(name: str, user: CurrentUser = Depends(get_current_user)):
    path = REPORTS_DIR / str(user.tenant_id) / name
    if not path.is_file():
        raise HTTPException(status_code=404, detail="report not found")
    return Response(
        path.read_bytes(),
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="{path.name}"'},
    )
