from __future__ import annotations

import os
import uuid
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, status
from fastapi.responses import FileResponse
from pydantic import BaseModel

from app.auth import User, get_current_user
from app.exports.builder import build_export
from app.settings import settings

router = APIRouter(prefix="/exports", tags=["exports"])

EXPORT_ROOT = Path(settings.export_dir).resolve()


class ExportRequest(BaseModel):
    dataset: str
    format: str = "csv"


class ExportJob(BaseModel):
    id: str
    dataset: str
    format: str
    created_at: datetime


def _resolve_in_exports(*parts: str) -> Path:
    candidate = EXPORT_ROOT.joinpath(*parts).resolve()
    if not candidate.is_relative_to(EXPORT_ROOT):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid export path")
    return candidate


@router.post("", response_model=ExportJob, status_code=status.HTTP_202_ACCEPTED)
async def create_export(
    body: ExportRequest,
    background: BackgroundTasks,
    user: User = Depends(get_current_user),
) -> ExportJob:
    if body.format not in {"csv", "xlsx", "parquet"}:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "unsupported format")
    job = ExportJob(
        id=uuid.uuid4().hex,
        dataset=body.dataset,
        format=body.format,
        created_at=datetime.now(timezone.utc),
    )
    out_dir = EXPORT_ROOT / user.org_id / job.id
    out_dir.mkdir(parents=True, exist_ok=True)
    background.add_task(build_export, user.org_id, body.dataset, body.format, out_dir)
    return job


@router.get("/{name}")
async def download_export(name: str, user: User = Depends(get_current_user)) -> FileResponse:
    path = _resolve_in_exports(user.org_id, name)
    if not path.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "export not ready")
    return FileResponse(path, filename=path.name)


@router.get("/{job_id}/files/{filename:path}")
async def download_export_file(
    job_id: str,
    filename: str,
    user: User = Depends(get_current_user),
) -> FileResponse:
    """Multi-file exports (one file per table) are laid out as <org>/<job>/<table>.<ext>."""
    path = os.path.join(EXPORT_ROOT, user.org_id, job_id, filename)
    if not os.path.isfile(path):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "file not found")
    return FileResponse(path, filename=os.path.basename(path))