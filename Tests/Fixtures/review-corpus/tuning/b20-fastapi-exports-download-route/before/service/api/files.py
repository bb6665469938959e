from __future__ import annotations

import logging
import mimetypes
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path as PathParam, status
from fastapi.responses import FileResponse

from service.auth import Principal, require_principal
from service.settings import Settings, get_settings

router = APIRouter(prefix="/files", tags=["files"])
log = logging.getLogger(__name__)

NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"


def _safe_child(root: Path, *parts: str) -> Path:
    """Resolve ``parts`` under ``root`` and refuse anything that escapes it."""
    base = root.resolve()
    candidate = base.joinpath(*parts).resolve()
    if not candidate.is_relative_to(base):
        log.warning("blocked path escape attempt: %r", parts)
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid file name")
    return candidate


def _file_response(path: Path, download_name: str) -> FileResponse:
    if not path.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "file not found")
    media_type, _ = mimetypes.guess_type(download_name)
    return FileResponse(
        path,
        media_type=media_type or "application/octet-stream",
        filename=download_name,
        headers={"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"},
    )


@router.get("/reports/{name}")
def download_report(
    name: Annotated[str, PathParam(pattern=NAME_PATTERN)],
    principal: Annotated[Principal, Depends(require_principal)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> FileResponse:
    path = _safe_child(settings.reports_dir, str(principal.workspace_id), name)
    log.info("report %s downloaded by %s", name, principal.user_id)
    return _file_response(path, name)


@router.delete("/reports/{name}", status_code=status.HTTP_204_NO_CONTENT)
def delete_report(
    name: Annotated[str, PathParam(pattern=NAME_PATTERN)],
    principal: Annotated[Principal, Depends(require_principal)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> None:
    if not principal.can("reports:delete"):
        raise HTTPException(status.HTTP_403_FORBIDDEN)
    path = _safe_child(settings.reports_dir, str(principal.workspace_id), name)
    try:
        path.unlink()
    except FileNotFoundError:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "file not found") from None
