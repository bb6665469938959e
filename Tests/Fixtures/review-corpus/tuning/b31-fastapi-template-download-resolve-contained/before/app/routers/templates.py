from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.responses import FileResponse
from pydantic import BaseModel

from app.auth import User, get_current_user
from app.config import settings

router = APIRouter(prefix="/templates", tags=["templates"])


class TemplateInfo(BaseModel):
    name: str
    size: int
    modified: datetime


def _templates_root() -> Path:
    return Path(settings.TEMPLATE_DIR).resolve()


@router.get("", response_model=list[TemplateInfo])
async def list_templates(user: User = Depends(get_current_user)) -> list[TemplateInfo]:
    root = _templates_root()
    out: list[TemplateInfo] = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        stat = path.stat()
        out.append(
            TemplateInfo(
                name=path.relative_to(root).as_posix(),
                size=stat.st_size,
                modified=datetime.fromtimestamp(stat.st_mtime),
            )
        )
    return out


@router.get("/{template_id}/download")
async def download_template(template_id: int, user: User = Depends(get_current_user)) -> FileResponse:
    from app.db import templates_repo

    record = await templates_repo.get(template_id)
    if record is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such template")
    path = _templates_root() / record.stored_name
    return FileResponse(path, filename=record.display_name)


@router.delete("/{template_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_template(template_id: int, user: User = Depends(get_current_user)) -> None:
    from app.db import templates_repo

    if not user.is_admin:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admins only")
    record = await templates_repo.get(template_id)
    if record is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such template")
    (_templates_root() / record.stored_name).unlink(missing_ok=True)
    await templates_repo.delete(template_id)
