from pathlib import Path
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session

from app.deps import get_current_user, get_db
from app.models import Export, User
from app.settings import settings

router = APIRouter(prefix="/exports", tags=["exports"])

EXPORT_ROOT = Path(settings.export_dir)

MEDIA_TYPES = {
    ".csv": "text/csv",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@router.get("/{export_id}/download")
def download_export(
    export_id: int,
    file: Optional[str] = Query(None, description="variant file name, e.g. report.xlsx"),
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

    file_name = (file or export.file_name).strip()
    if file_name.startswith("/"):
        raise HTTPException(status_code=400, detail="invalid file name")

    path = EXPORT_ROOT / str(user.org_id) / file_name
    if not path.is_file():
        raise HTTPException(status_code=404, detail="variant not generated yet")
    media_type = MEDIA_TYPES.get(path.suffix, "application/octet-stream")
    return FileResponse(path, filename=path.name, media_type=media_type)
