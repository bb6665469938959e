from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session

from app.deps import get_current_user, get_db
from app.models import Export, User
from app.settings import settings

router = APIRouter(prefix="/exports", tags=["exports"])

EXPORT_ROOT = Path(settings.export_dir)


@router.get("/{export_id}/download")
def download_export(
    export_id: int,
    user: User = Depends(get_current_user),
    db: Session = Depends(get_db),
):
    export = (
        db.query(Export)
        .filter(Export.id == export_id, Export.org_id == user.org_id)
        .one_or_none()
    )
    if export is None or export.status != "ready":
        raise HTTPException(status_code=404, detail="export not found")

    path = EXPORT_ROOT / str(user.org_id) / export.file_name
    return FileResponse(path, filename=export.file_name, media_type="text/csv")
