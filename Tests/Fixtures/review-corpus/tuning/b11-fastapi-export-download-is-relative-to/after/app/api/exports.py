from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from app.auth import User, require_user
from app.config import settings

router = APIRouter(prefix="/exports", tags=["exports"])


def _export_dir(user: User) -> Path:
    return (Path(settings.export_root) / str(user.tenant_id)).resolve()


@router.get("/{name}")
async def download_export(name: str, user: User = Depends(require_user)) -> FileResponse:
    base = _export_dir(user)
    target = (base / name).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        raise HTTPException(status_code=404, detail="export not found")
    return FileResponse(
        target,
        media_type="text/csv",
        filename=target.name,
    )


@router.get("")
async def list_exports(user: User = Depends(require_user)) -> dict:
    base = _export_dir(user)
    if not base.is_dir():
        return {"exports": []}
    files = sorted(p for p in base.iterdir() if p.is_file() and p.suffix == ".csv")
    return {
        "exports": [
            {"name": p.name, "size": p.stat().st_size} for p in files
        ]
    }