from pathlib import Path

from fastapi import APIRouter, Depends

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
